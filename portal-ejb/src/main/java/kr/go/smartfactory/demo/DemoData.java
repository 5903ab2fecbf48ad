package kr.go.smartfactory.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.account.domain.Company;
import kr.go.smartfactory.account.domain.CompanyKind;
import kr.go.smartfactory.account.domain.Region;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.account.infrastructure.PasswordHasher;
import kr.go.smartfactory.audit.infrastructure.AuditActor;
import kr.go.smartfactory.supplier.domain.SupplierProfile;

/**
 * Demo accounts for every role, loaded on first start only when the server runs with
 * {@code -Dportal.demo=true} (the README's start command); never in production. The accounts are listed in
 * the README with their shared password.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class DemoData {

    public static final String PASSWORD = "Demo!2026portal";
    public static final String DOMAIN = "@demo.smartfactory.kr";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("portal.demo") || accounts.emailTaken("admin" + DOMAIN)) {
            return;
        }
        AuditActor.runAs("system:demo-data", () -> {
            Instant now = clock.instant();
            String hash = hasher.hash(PASSWORD);
            Company sme = new Company(number("130812345"), "(주)한빛정밀", "김한빛", "경상남도 창원시 성산구 공단로 100",
                    Region.GYEONGNAM, accounts.industry("30").orElseThrow(), CompanyKind.SME, now);
            Company supplier = new Company(number("220881234"), "스마트솔루션(주)", "이솔루", "서울특별시 구로구 디지털로 300",
                    Region.SEOUL, accounts.industry("62").orElseThrow(), CompanyKind.SUPPLIER, now);
            accounts.add(sme);
            accounts.add(supplier);
            accounts.add(new SupplierProfile(supplier, now));
            member(sme, "sme", "박제조", hash, now);
            member(supplier, "supplier", "최공급", hash, now);
            staff("staff", "정추진", EnumSet.of(Role.STAFF), hash, now);
            staff("evaluator", "한평가", EnumSet.of(Role.EVALUATOR), hash, now);
            staff("coordinator", "오코디", EnumSet.of(Role.COORDINATOR), hash, now);
            staff("asexpert", "윤지원", EnumSet.of(Role.AS_EXPERT), hash, now);
            staff("auditor", "서감사", EnumSet.of(Role.AUDITOR), hash, now);
            staff("admin", "관리자", EnumSet.of(Role.ADMIN), hash, now);
            return null;
        });
        LOG.info("Demo accounts loaded (see README.md)");
    }

    private void member(Company company, String name, String contact, String hash, Instant now) {
        UserAccount account = UserAccount.signUp(company, name + DOMAIN, hash, contact, "010-1234-5678", Locale.KOREAN, now);
        account.confirm(now);
        accounts.add(account);
    }

    private void staff(String name, String contact, EnumSet<Role> roles, String hash, Instant now) {
        accounts.add(UserAccount.staff(name + DOMAIN, hash, contact, "044-204-7000", roles, now));
    }

    private static BusinessRegistrationNumber number(String firstNine) {
        return BusinessRegistrationNumber.of(firstNine + BusinessRegistrationNumber.checkDigit(firstNine));
    }
}
