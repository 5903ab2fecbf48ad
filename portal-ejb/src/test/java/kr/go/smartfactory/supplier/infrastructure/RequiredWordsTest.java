package kr.go.smartfactory.supplier.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many of a query's words a supplier must cover when not all are required. */
class RequiredWordsTest {

    @ParameterizedTest(name = "{0} words → {1}")
    @CsvSource({"1, 1", "2, 2", "3, 2", "4, 3", "5, 3", "6, 4", "7, 5", "10, 6"})
    void mostWordsButNeverFewerThanTwoOfThree(int words, int required) {
        assertEquals(required, HibernateSearchSupplierIndex.required(words));
    }
}
