package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.account.application.AuthenticationService;
import kr.go.smartfactory.account.application.PasswordService;
import kr.go.smartfactory.account.application.SignInResult;
import kr.go.smartfactory.account.application.SignUpForm;
import kr.go.smartfactory.account.application.SignUpService;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.account.domain.SignInOutcome;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.shared.domain.DomainException;

/** Sign-in, lock-out after five failures, and the one-time password reset mail. */
@ExtendWith(ArquillianExtension.class)
class SignInIT extends MailingTest {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport();
    }

    @Inject
    private SignUpService signUp;

    @Inject
    private PasswordService passwords;

    @Inject
    private AuthenticationService authentication;

    @PersistenceContext
    private EntityManager em;

    private SignUpForm confirmedMember() throws Exception {
        SignUpForm form = TestData.signUp(CompanyKind.SME);
        signUp.signUp(form);
        passwords.confirmEmail(Mailbox.token(mailbox.latestTo(form.getEmail())));
        return form;
    }

    @Test
    void unconfirmedAccountCannotSignInYet() {
        SignUpForm form = TestData.signUp(CompanyKind.SUPPLIER);
        signUp.signUp(form);
        assertEquals(SignInOutcome.NOT_CONFIRMED, authentication.signIn(form.getEmail(), form.getPassword()).outcome());
    }

    @Test
    void confirmedMemberSignsInWithRoles() throws Exception {
        SignUpForm form = confirmedMember();
        SignInResult result = authentication.signIn(form.getEmail().toUpperCase(), form.getPassword());
        assertEquals(SignInOutcome.SUCCESS, result.outcome());
        assertEquals(form.getEmail(), result.email());
        assertEquals(Set.of("SME"), result.roles());
        assertEquals(SignInOutcome.INVALID_CREDENTIALS, authentication.signIn("nobody@test.smartfactory.kr", "x").outcome());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        SignUpForm form = confirmedMember();
        for (int i = 1; i <= 4; i++) {
            assertEquals(SignInOutcome.INVALID_CREDENTIALS, authentication.signIn(form.getEmail(), "Wrong!pass" + i).outcome());
        }
        assertEquals(SignInOutcome.LOCKED, authentication.signIn(form.getEmail(), "Wrong!pass5").outcome());
        assertEquals(SignInOutcome.LOCKED, authentication.signIn(form.getEmail(), form.getPassword()).outcome());
        UserAccount account = em.createQuery("select a from UserAccount a where a.email = :e", UserAccount.class)
                .setParameter("e", form.getEmail()).getSingleResult();
        assertNotNull(account.getLockedUntil());
        long minutes = java.time.Duration.between(java.time.Instant.now(), account.getLockedUntil()).toMinutes();
        assertTrue(minutes >= 14 && minutes <= 15, "locked for " + minutes + " min");
    }

    @Test
    void passwordResetMailWorksOnceAndLiftsTheLock() throws Exception {
        SignUpForm form = confirmedMember();
        for (int i = 0; i < 5; i++) {
            authentication.signIn(form.getEmail(), "Wrong!pass" + i);
        }
        passwords.requestReset(form.getEmail());
        Message mail = mailbox.latestTo(form.getEmail(), "비밀번호");
        assertTrue(mail.getSubject().contains("비밀번호"), mail.getSubject());
        String token = Mailbox.token(mail);
        assertTrue(passwords.isUsableResetToken(token));

        DomainException weak = assertThrows(DomainException.class, () -> passwords.resetPassword(token, "weak", "weak"));
        assertTrue(weak.getMessageKeys().contains("password.tooShort"));
        assertTrue(passwords.isUsableResetToken(token), "a refused attempt does not spend the link");

        passwords.resetPassword(token, "NewFactory#2027", "NewFactory#2027");
        assertEquals(SignInOutcome.SUCCESS, authentication.signIn(form.getEmail(), "NewFactory#2027").outcome());
        assertEquals(SignInOutcome.INVALID_CREDENTIALS, authentication.signIn(form.getEmail(), form.getPassword()).outcome());

        DomainException again = assertThrows(DomainException.class,
                () -> passwords.resetPassword(token, "Another#2028x", "Another#2028x"));
        assertEquals(List.of("token.invalid"), again.getMessageKeys());
    }

    @Test
    void resetRequestForUnknownAddressSendsNothingAndSaysNothing() {
        String unknown = TestData.email("unknown");
        passwords.requestReset(unknown);
        assertEquals(0, mailbox.countTo(unknown));
    }
}
