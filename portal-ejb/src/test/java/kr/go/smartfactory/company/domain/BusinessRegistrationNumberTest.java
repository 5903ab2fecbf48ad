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

    /** The 4th and 5th digits tell who holds the number; a sole proprietor's CEO name is masked in public. */
    @ParameterizedTest(name = "middle {0}: individual={1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "01, true", "45, true", "79, true", "80, false", "81, false", "82, false", "85, false", "86, false",
            "87, false", "88, false", "89, false", "90, true", "99, true",
    })
    void theMiddleDigitsTellASoleProprietorFromACorporation(String middle, boolean individual) {
        String nine = "123" + middle + "4567";
        BusinessRegistrationNumber number = BusinessRegistrationNumber.of(nine + BusinessRegistrationNumber.checkDigit(nine));
        assertEquals(individual, number.isIndividual());
        Company company = new Company(number, "한빛", "김한빛", "창원시", Region.GYEONGNAM,
                new IndustryCode("30", "자동차", "Motor vehicles", 30), CompanyKind.SUPPLIER, java.time.Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(individual ? "김*빛" : "김한빛", company.getPublicCeoName());
        assertEquals("김한빛", company.getCeoName(), "staff and the company itself see the whole name");
    }
}
