package kr.go.smartfactory.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.company.domain.Region;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final SignInPolicy POLICY = SignInPolicy.DEFAULT;

    private static Company company(CompanyKind kind) {
        return new Company(BusinessRegistrationNumber.of("2208162517"), "(주)한빛정밀", "김한빛", "창원시 성산구",
                Region.GYEONGNAM, new IndustryCode("30", "자동차", "Motor vehicles", 30), kind, NOW);
    }

    private static UserAccount activeSme() {
        UserAccount account = UserAccount.signUp(company(CompanyKind.SME), " Kim@Example.KR ", "hash", "김담당", "",
                Locale.KOREAN, NOW);
        account.confirm(NOW);
        return account;
    }

    @Test
    void signUpWaitsForConfirmationWithTheCompanysRole() {
        UserAccount account = UserAccount.signUp(company(CompanyKind.SUPPLIER), "a@b.kr", "h", "이름", null,
                Locale.ENGLISH, NOW);
        assertEquals(AccountStatus.PENDING_CONFIRMATION, account.getStatus());
        assertEquals(Set.of(Role.SUPPLIER), account.getRoles());
        assertEquals(SignInOutcome.NOT_CONFIRMED, account.recordSignIn(true, NOW, POLICY));
        account.confirm(NOW);
        assertEquals(SignInOutcome.SUCCESS, account.recordSignIn(true, NOW, POLICY));
    }

    @Test
    void emailIsNormalised() {
        assertEquals("kim@example.kr", activeSme().getEmail());
    }

    @Test
    void fifthFailureLocksForFifteenMinutes() {
        UserAccount account = activeSme();
        for (int i = 1; i <= 4; i++) {
            assertEquals(SignInOutcome.INVALID_CREDENTIALS, account.recordSignIn(false, NOW, POLICY));
        }
        assertEquals(SignInOutcome.LOCKED, account.recordSignIn(false, NOW, POLICY));
        assertTrue(account.isLocked(NOW.plus(Duration.ofMinutes(14))));
        assertEquals(SignInOutcome.LOCKED, account.recordSignIn(true, NOW.plus(Duration.ofMinutes(14)), POLICY));
        assertFalse(account.isLocked(NOW.plus(Duration.ofMinutes(15))));
        assertEquals(SignInOutcome.SUCCESS, account.recordSignIn(true, NOW.plus(Duration.ofMinutes(15)), POLICY));
    }

    @Test
    void successResetsTheFailureCount() {
        UserAccount account = activeSme();
        for (int i = 0; i < 4; i++) {
            account.recordSignIn(false, NOW, POLICY);
        }
        assertEquals(SignInOutcome.SUCCESS, account.recordSignIn(true, NOW, POLICY));
        assertEquals(0, account.getFailedSignIns());
        assertEquals(SignInOutcome.INVALID_CREDENTIALS, account.recordSignIn(false, NOW, POLICY));
    }

    @Test
    void passwordChangeLiftsTheLock() {
        UserAccount account = activeSme();
        for (int i = 0; i < 5; i++) {
            account.recordSignIn(false, NOW, POLICY);
        }
        account.changePassword("new-hash");
        assertFalse(account.isLocked(NOW));
        assertNull(account.getLockedUntil());
    }

    @Test
    void disabledAccountCannotSignIn() {
        UserAccount account = activeSme();
        account.disable();
        assertEquals(SignInOutcome.DISABLED, account.recordSignIn(true, NOW, POLICY));
        account.enable();
        assertEquals(SignInOutcome.SUCCESS, account.recordSignIn(true, NOW, POLICY));
    }

    @Test
    void staffAccountsHoldStaffRolesOnly() {
        assertThrows(kr.go.smartfactory.shared.domain.DomainException.class,
                () -> UserAccount.staff("s@b.kr", "h", "정추진", null, EnumSet.of(Role.SME), NOW));
        UserAccount staff = UserAccount.staff("s@b.kr", "h", "정추진", null, EnumSet.of(Role.STAFF), NOW);
        assertEquals(AccountStatus.ACTIVE, staff.getStatus());
        staff.assignStaffRoles(EnumSet.of(Role.AUDITOR, Role.ADMIN));
        assertEquals(EnumSet.of(Role.AUDITOR, Role.ADMIN), staff.getRoles());
    }

    @Test
    void companyMemberKeepsItsCompanyRoleWhenStaffRolesChange() {
        UserAccount account = activeSme();
        account.assignStaffRoles(EnumSet.of(Role.EVALUATOR));
        assertEquals(EnumSet.of(Role.SME, Role.EVALUATOR), account.getRoles());
        account.assignStaffRoles(EnumSet.noneOf(Role.class));
        assertEquals(EnumSet.of(Role.SME), account.getRoles());
        assertThrows(kr.go.smartfactory.shared.domain.DomainException.class, () -> account.assignStaffRoles(EnumSet.of(Role.SUPPLIER)));
    }

    @Test
    void rolesRoundTripThroughOneColumn() {
        RoleSetConverter converter = new RoleSetConverter();
        assertEquals("ADMIN,STAFF", converter.convertToDatabaseColumn(EnumSet.of(Role.STAFF, Role.ADMIN)));
        assertEquals(EnumSet.of(Role.STAFF, Role.ADMIN), converter.convertToEntityAttribute("ADMIN,STAFF"));
        assertTrue(converter.convertToEntityAttribute("").isEmpty());
    }

    @Test
    void tokensAreOneTimeAndExpire() {
        UserAccount account = activeSme();
        AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.PASSWORD_RESET, NOW);
        assertEquals(64, AccountToken.hash(issued.secret()).length());
        assertTrue(issued.token().isUsable(NOW.plus(Duration.ofMinutes(59))));
        assertFalse(issued.token().isUsable(NOW.plus(Duration.ofHours(1))));
        issued.token().use(NOW);
        assertFalse(issued.token().isUsable(NOW));
        assertThrows(IllegalStateException.class, () -> issued.token().use(NOW));
    }
}
