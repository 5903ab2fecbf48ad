package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.account.application.PasswordService;
import kr.go.smartfactory.account.application.SignUpForm;
import kr.go.smartfactory.account.application.SignUpService;
import kr.go.smartfactory.account.domain.AccountStatus;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.shared.domain.DomainException;

/** Sign-up against the real server and database: what is stored, what is mailed, what is refused. */
@ExtendWith(ArquillianExtension.class)
class SignUpIT extends MailingTest {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport();
    }

    @Inject
    private SignUpService signUp;

    @Inject
    private PasswordService passwords;

    @PersistenceContext
    private EntityManager em;

    @Test
    void supplierSignUpStoresCompanyProfileAndPendingAccountAndMailsAWorkingLink() throws Exception {
        SignUpForm form = TestData.signUp(CompanyKind.SUPPLIER);
        long id = signUp.signUp(form);

        UserAccount account = em.find(UserAccount.class, id);
        assertEquals(AccountStatus.PENDING_CONFIRMATION, account.getStatus());
        assertEquals(java.util.Set.of(Role.SUPPLIER), account.getRoles());
        assertTrue(account.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:210000:"), account.getPasswordHash());
        assertEquals(1L, em.createQuery("select count(p) from SupplierProfile p where p.company.id = :c", Long.class)
                .setParameter("c", account.getCompany().getId()).getSingleResult());

        Message mail = mailbox.latestTo(form.getEmail());
        assertTrue(mail.getSubject().contains("이메일"), mail.getSubject());
        String token = Mailbox.token(mail);
        passwords.confirmEmail(token);
        em.clear();
        assertEquals(AccountStatus.ACTIVE, em.find(UserAccount.class, id).getStatus());

        DomainException reused = assertThrows(DomainException.class, () -> passwords.confirmEmail(token));
        assertEquals(List.of("token.invalid"), reused.getMessageKeys());
    }

    @Test
    void smeSignUpCreatesNoSupplierProfile() {
        SignUpForm form = TestData.signUp(CompanyKind.SME);
        long id = signUp.signUp(form);
        UserAccount account = em.find(UserAccount.class, id);
        assertEquals(java.util.Set.of(Role.SME), account.getRoles());
        assertEquals(0L, em.createQuery("select count(p) from SupplierProfile p where p.company.id = :c", Long.class)
                .setParameter("c", account.getCompany().getId()).getSingleResult());
    }

    @Test
    void eachRejectedInputGetsItsMessageAndStoresNothing() {
        SignUpForm taken = TestData.signUp(CompanyKind.SME);
        signUp.signUp(taken);

        assertRefused(f -> f.setRegistrationNumber("220-81-62518"), "company.brn.invalid");
        assertRefused(f -> f.setRegistrationNumber("12345"), "company.brn.invalid");
        assertRefused(f -> f.setRegistrationNumber(""), "signup.brn.required");
        assertRefused(f -> f.setEmail("not-an-address"), "signup.email.invalid");
        assertRefused(f -> f.setCompanyName(" "), "signup.companyName.required");
        assertRefused(f -> f.setCeoName(null), "signup.ceoName.required");
        assertRefused(f -> f.setAddress(""), "signup.address.required");
        assertRefused(f -> f.setRegion(null), "signup.region.required");
        assertRefused(f -> f.setIndustryCode("99"), "company.industry.unknown");
        assertRefused(f -> f.setKind(null), "signup.kind.required");
        assertRefused(f -> f.setPhone("12-34"), "signup.phone.invalid");
        assertRefused(f -> {
            f.setPassword("short1!");
            f.setPasswordConfirmation("short1!");
        }, "password.tooShort");
        assertRefused(f -> {
            f.setPassword("factoryportal");
            f.setPasswordConfirmation("factoryportal");
        }, "password.kinds");
        assertRefused(f -> f.setPasswordConfirmation("Factory!2026y"), "password.mismatch");
        assertRefused(f -> f.setPrivacyConsent(false), "signup.privacyConsent.required");
    }

    @Test
    void everyProblemOfTheFormComesBackAtOnceOnItsOwnField() {
        SignUpForm form = TestData.signUp(CompanyKind.SME);
        form.setRegistrationNumber("220-81-62518");
        form.setPassword("short");
        form.setPasswordConfirmation("different");
        form.setIndustryCode("99");
        DomainException refused = assertThrows(DomainException.class, () -> signUp.signUp(form));
        java.util.Set<String> fields = refused.getProblems().stream().map(DomainException.Problem::field)
                .collect(java.util.stream.Collectors.toSet());
        assertEquals(java.util.Set.of("registrationNumber", "password", "passwordConfirmation", "industryCode"), fields,
                refused.getProblems().toString());
        assertTrue(refused.getMessageKeys().containsAll(List.of("company.brn.invalid", "password.tooShort", "password.mismatch",
                "company.industry.unknown")), refused.getMessageKeys().toString());
    }

    @Test
    void aTakenAddressIsAnsweredLikeANewOneAndOnlyTheOwnerIsTold() throws Exception {
        SignUpForm first = TestData.signUp(CompanyKind.SME);
        signUp.signUp(first);
        long accounts = count("UserAccount");
        long mails = mailbox.countTo(first.getEmail());

        SignUpForm again = TestData.signUp(CompanyKind.SUPPLIER);
        again.setEmail(first.getEmail().toUpperCase());
        assertEquals(0, signUp.signUp(again), "no account, and no refusal that would tell the address is registered");
        assertEquals(accounts, count("UserAccount"));
        assertEquals(mails + 1, mailbox.waitForCount(first.getEmail(), mails + 1), "a pending owner gets a fresh confirmation link");

        passwords.confirmEmail(Mailbox.token(mailbox.latestTo(first.getEmail())));
        signUp.signUp(again);
        assertEquals(accounts, count("UserAccount"));
        jakarta.mail.Message told = mailbox.latestTo(first.getEmail(), "이미 가입된");
        assertTrue(told.getSubject().contains("이미 가입된"), told.getSubject());
    }

    private void assertRefused(Consumer<SignUpForm> breakIt, String expectedKey) {
        long accounts = count("UserAccount");
        long companies = count("Company");
        long tokens = count("AccountToken");
        long audit = count("AuditEntry");
        SignUpForm form = TestData.signUp(CompanyKind.SME);
        breakIt.accept(form);
        long mails = form.getEmail() == null ? 0 : mailbox.countTo(form.getEmail());
        DomainException refused = assertThrows(DomainException.class, () -> signUp.signUp(form), expectedKey);
        assertTrue(refused.getMessageKeys().contains(expectedKey), expectedKey + " not in " + refused.getMessageKeys());
        assertEquals(accounts, count("UserAccount"), "no account stored for " + expectedKey);
        assertEquals(companies, count("Company"), "no company stored for " + expectedKey);
        assertEquals(tokens, count("AccountToken"), "no token stored for " + expectedKey);
        assertEquals(audit, count("AuditEntry"), "no audit entry for " + expectedKey);
        assertEquals(mails, form.getEmail() == null ? 0 : mailbox.countTo(form.getEmail()), "no mail for " + expectedKey);
    }

    private long count(String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
    }
}
