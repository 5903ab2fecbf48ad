package kr.go.smartfactory.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Factory!27", "smartfab2026x", "Ab3!xyzq", "공장스마트화2026!"})
    void acceptsStrongPasswords(String password) {
        assertEquals(List.of(), PasswordPolicy.violations(password, "kim@example.kr"));
    }

    @Test
    void tooShort() {
        assertEquals(List.of("password.tooShort"), PasswordPolicy.violations("Ab1!", "a@b.kr"));
        assertEquals(List.of("password.tooShort"), PasswordPolicy.violations(null, "a@b.kr"));
    }

    @Test
    void tooLong() {
        assertTrue(PasswordPolicy.violations("Ab1!".repeat(17), "a@b.kr").contains("password.tooLong"));
    }

    @Test
    void eightOrNineCharactersNeedThreeKinds() {
        assertTrue(PasswordPolicy.violations("factory27", "a@b.kr").contains("password.kinds"));
        assertEquals(List.of(), PasswordPolicy.violations("factor!27", "a@b.kr"));
    }

    @Test
    void oneKindIsNeverEnough() {
        assertTrue(PasswordPolicy.violations("smartfactoryportal", "a@b.kr").contains("password.kinds"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xaaaa!2026z", "Xy!1234factory", "abcd!Factory9", "Fact!9876ory", "Q!zyxw2026A"})
    void rejectsRepeatedOrConsecutiveRuns(String password) {
        assertTrue(PasswordPolicy.violations(password, "a@b.kr").contains("password.sequence"), password);
    }

    @Test
    void rejectsEmailLocalPart() {
        assertTrue(PasswordPolicy.violations("hanbit!2026", "Hanbit@example.kr").contains("password.containsEmail"));
        assertEquals(List.of(), PasswordPolicy.violations("hanbit!2026", "kim@example.kr"));
    }
}
