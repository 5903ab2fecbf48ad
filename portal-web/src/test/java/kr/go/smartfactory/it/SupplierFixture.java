package kr.go.smartfactory.it;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.PasswordService;
import kr.go.smartfactory.account.application.SignUpForm;
import kr.go.smartfactory.account.application.SignUpService;
import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.supplier.domain.SupplierProfile;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/** The tests' own supplier ({@link AsTestSupplier#EMAIL}): signed up once, unlisted and without a certificate before each test. */
@Stateless
@PermitAll
public class SupplierFixture {

    @Inject
    private AccountRepository accounts;

    @Inject
    private SignUpService signUp;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private Clock clock;

    /** The fixture supplier's profile id, its registration back to DRAFT. */
    public long freshSupplier() {
        UserAccount account = accounts.accountByEmail(AsTestSupplier.EMAIL).orElseGet(() -> {
            SignUpForm form = TestData.signUp(CompanyKind.SUPPLIER);
            form.setEmail(AsTestSupplier.EMAIL);
            form.setCompanyName("등록심사테스트(주)");
            long id = signUp.signUp(form);
            UserAccount created = accounts.account(id).orElseThrow();
            created.confirm(clock.instant());
            return created;
        });
        SupplierProfile profile = suppliers.profileOfCompany(account.getCompany().getId()).orElseThrow();
        if (profile.getRegistration().getStatus() != kr.go.smartfactory.supplier.domain.RegistrationStatus.DRAFT) {
            profile.withdrawRegistration("system:test", "테스트 초기화", clock.instant());
        }
        return profile.getId();
    }
}
