package kr.go.smartfactory.account.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.AccountStatus;
import kr.go.smartfactory.account.domain.AccountToken;
import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyRepository;
import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.account.domain.PasswordPolicy;
import kr.go.smartfactory.account.domain.CompanyClaimed;
import kr.go.smartfactory.account.domain.CompanySignedUp;
import kr.go.smartfactory.account.domain.TokenPurpose;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.account.infrastructure.PasswordHasher;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Violations;

/**
 * Sign-up of an SME or a supplier: the company (unique by business registration number), its first member
 * account waiting for e-mail confirmation, and the confirmation mail — all in one transaction, so bad input
 * stores nothing. What other contexts keep per company (a supplier's profile) they create on
 * {@link CompanySignedUp}, fired in the same transaction.
 */
@Stateless
public class SignUpService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private CompanyRepository companies;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Event<CompanySignedUp> signedUp;

    @Inject
    private Event<CompanyClaimed> claimed;

    @Inject
    private Validator validator;

    @Inject
    private Notifications notifications;

    @Inject
    private Clock clock;

    /** @return the new account's id */
    public long signUp(SignUpForm form) {
        // every problem of the form at once, each on its field, so the applicant corrects everything in one go;
        // a rule runs only on a value that passed its presence and format checks
        DomainException.Collector problems = new DomainException.Collector();
        java.util.Set<String> refused = Violations.collect(validator, form, problems);
        if (!refused.contains("password") && form.getPassword() != null) {
            PasswordPolicy.violations(form.getPassword(), form.getEmail()).forEach(key -> problems.add("password", key));
            if (!form.getPassword().equals(form.getPasswordConfirmation())) {
                problems.add("passwordConfirmation", "password.mismatch");
            }
        }
        BusinessRegistrationNumber number = refused.contains("registrationNumber") ? null
                : problems.check("registrationNumber", () -> BusinessRegistrationNumber.of(form.getRegistrationNumber()));
        IndustryCode industry = refused.contains("industryCode") ? null : companies.industry(form.getIndustryCode()).orElse(null);
        if (industry == null && !refused.contains("industryCode")) {
            problems.add("industryCode", "company.industry.unknown");
        }
        problems.throwIfAny();
        Company registered = companies.companyByRegistrationNumber(number).orElse(null);

        Instant now = clock.instant();
        Locale locale = "en".equals(form.getLocale()) ? Locale.ENGLISH : Locale.KOREAN;
        Optional<UserAccount> existing = accounts.accountByEmail(form.getEmail());
        if (existing.isPresent()) {
            return alreadyRegistered(existing.get(), form);
        }
        if (registered != null) {
            return claim(form, registered, locale, now);
        }
        Company company = new Company(number, form.getCompanyName(), form.getCeoName(), form.getAddress(),
                form.getRegion(), industry, form.getKind(), now);
        companies.add(company);
        UserAccount account = UserAccount.signUp(company, form.getEmail(), hasher.hash(form.getPassword()),
                form.getContactName(), form.getPhone(), locale, now);
        accounts.add(account);
        sendConfirmation(account, now);
        signedUp.fire(new CompanySignedUp(company.getId(), company.getKind(), account.getId()));
        return account.getId();
    }

    /**
     * The number is registered already: the newcomer's account is created without a company and staff decide the
     * dispute ({@link CompanyClaimed}) — a colleague joins the company, an impostor's registration is taken over, or
     * the claim is rejected. Nobody is left at a dead end.
     */
    private long claim(SignUpForm form, Company registered, Locale locale, Instant now) {
        Company.checkName(form.getCompanyName());
        Company.checkCeoName(form.getCeoName());
        Company.checkAddress(form.getAddress());
        UserAccount account = UserAccount.claiming(form.getKind(), form.getEmail(), hasher.hash(form.getPassword()),
                form.getContactName(), form.getPhone(), locale, now);
        accounts.add(account);
        sendConfirmation(account, now);
        claimed.fire(new CompanyClaimed(account.getId(), registered.getId(), form.getKind(), form.getCompanyName().strip(),
                form.getCeoName().strip(), form.getAddress().strip(), form.getRegion(), form.getIndustryCode()));
        return account.getId();
    }

    /**
     * The address belongs to an account already. The visitor is answered exactly as for a new address (same page,
     * same work: the password is hashed all the same), so the form does not tell who has an account; the owner is
     * told by mail, and a pending owner gets a fresh confirmation link instead.
     *
     * @return 0: no account was created
     */
    private long alreadyRegistered(UserAccount owner, SignUpForm form) {
        hasher.hash(form.getPassword());
        if (owner.getStatus() == AccountStatus.PENDING_CONFIRMATION) {
            sendConfirmation(owner, clock.instant());
        } else if (owner.getStatus() == AccountStatus.ACTIVE) {
            notifications.mail(owner.getEmail(), owner.getLocale(), "signupExisting", "/password/forgot.xhtml", owner.getContactName());
        }
        return 0;
    }

    /** Sends a fresh confirmation link to a pending account; silent for any other address. */
    public void resendConfirmation(String email) {
        accounts.accountByEmail(email)
                .filter(a -> a.getStatus() == AccountStatus.PENDING_CONFIRMATION)
                .ifPresent(a -> sendConfirmation(a, clock.instant()));
    }

    private void sendConfirmation(UserAccount account, Instant now) {
        AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.CONFIRM_EMAIL, now);
        accounts.add(issued.token());
        notifications.mail(account.getEmail(), account.getLocale(), "confirm",
                "/confirm.xhtml?token=" + issued.secret(), account.getContactName());
    }
}
