package kr.go.smartfactory.company.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BusinessRegistrationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"220-81-62517", "2208162517", "124-81-00998", "104-81-43125", " 120-81-47521 "})
    void acceptsRealNumbersWithOrWithoutDashes(String number) {
        assertTrue(BusinessRegistrationNumber.isValid(number), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"220-81-62518", "1234567890", "124-81-00990", "12345", "12345678901", "abcdefghij", "", "220 81 6251X"})
    void rejectsWrongCheckDigitOrShape(String number) {
        assertFalse(BusinessRegistrationNumber.isValid(number), number);
    }

    @Test
    void nullIsNotValid() {
        assertFalse(BusinessRegistrationNumber.isValid(null));
        assertThrows(kr.go.smartfactory.shared.domain.DomainException.class, () -> BusinessRegistrationNumber.of(null));
    }

    @Test
    void storesDigitsAndFormatsWithDashes() {
        BusinessRegistrationNumber number = BusinessRegistrationNumber.of("2208162517");
        assertEquals("2208162517", number.digits());
        assertEquals("220-81-62517", number.formatted());
        assertEquals(BusinessRegistrationNumber.of("220-81-62517"), number);
    }

    @Test
    void checkDigitMakesValidNumbers() {
        for (String nine : new String[] {"130812345", "220881234", "000000000", "999999999"}) {
            String full = nine + BusinessRegistrationNumber.checkDigit(nine);
            assertTrue(BusinessRegistrationNumber.isValid(full), full);
        }
    }

    @Test
    void ofRejectsInvalidNumber() {
        assertThrows(kr.go.smartfactory.shared.domain.DomainException.class, () -> BusinessRegistrationNumber.of("220-81-62518"));
    }
}
