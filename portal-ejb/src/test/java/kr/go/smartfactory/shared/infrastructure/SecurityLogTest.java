package kr.go.smartfactory.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecurityLogTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "admin@demo.smartfactory.kr | ad***@demo.smartfactory.kr",
            "a@b.kr                     | a***@b.kr",
            "not-an-address             | ***",
            "'@b.kr'                    | ***",
            "''                         | -",
    })
    void neverAWholeAddress(String email, String logged) {
        assertEquals(logged, SecurityLog.mask(email));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'/api/v1/me'                  | /api/v1/me",
            "'/x\r\nFAKE sign-in ok'         | /x??FAKE sign-in ok",
    })
    void noForgedLines(String raw, String logged) {
        assertEquals(logged, SecurityLog.clean(raw));
    }
}
