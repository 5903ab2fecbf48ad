package kr.go.smartfactory.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertEquals(SignInOutcome.NOT_CONFIRMED, account.outcomeOfCorrectPassword());
        account.confirm(NOW);
        assertEquals(SignInOutcome.SUCCESS, account.outcomeOfCorrectPassword());
    }

    @Test
    void emailIsNormalised() {
        assertEquals("kim@example.kr", activeSme().getEmail());
    }

    @Test
    void aPasswordChangeEndsEverySessionSignedInBeforeIt() {
        UserAccount account = activeSme();
        Instant morning = NOW.minus(Duration.ofHours(2));
        assertTrue(account.acceptsSessionFrom(morning));
        account.changePassword("new-hash", NOW);
        assertEquals("new-hash", account.getPasswordHash());
        assertFalse(account.acceptsSessionFrom(morning));
        assertFalse(account.acceptsSessionFrom(NOW.minusMillis(1)));
        assertTrue(account.acceptsSessionFrom(NOW), "the session that changed it goes on");
        account.disable();
        assertFalse(account.acceptsSessionFrom(NOW.plusSeconds(1)));
    }

    @Test
    void disabledAccountCannotSignIn() {
        UserAccount account = activeSme();
        account.disable();
        assertEquals(SignInOutcome.DISABLED, account.outcomeOfCorrectPassword());
        account.enable();
        assertEquals(SignInOutcome.SUCCESS, account.outcomeOfCorrectPassword());
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
    void aCompanyMemberNeverHoldsAStaffRole() {
        UserAccount account = activeSme();
        for (Role staffRole : Role.STAFF_ROLES) {
            kr.go.smartfactory.shared.domain.DomainException refused = assertThrows(kr.go.smartfactory.shared.domain.DomainException.class,
                    () -> account.assignStaffRoles(EnumSet.of(staffRole)), staffRole.name());
            assertEquals(java.util.List.of("staff.roles.companyMember"), refused.getMessageKeys());
        }
        account.assignStaffRoles(EnumSet.noneOf(Role.class));
        assertEquals(EnumSet.of(Role.SME), account.getRoles());
        assertThrows(kr.go.smartfactory.shared.domain.DomainException.class, () -> account.assignStaffRoles(EnumSet.of(Role.SUPPLIER)));

        UserAccount claimant = UserAccount.claiming(CompanyKind.SUPPLIER, "c@b.kr", "h", "이름", null, Locale.KOREAN, NOW);
        assertThrows(kr.go.smartfactory.shared.domain.DomainException.class, () -> claimant.assignStaffRoles(EnumSet.of(Role.STAFF)),
                "an account claiming a company is a company member too");
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
