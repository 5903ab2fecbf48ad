package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Inject
    private SupplierFixture fixture;

    @Inject
    private AsTestSupplier asSupplier;

    /** The client address of these in-container sign-ins (the throttle counts per address). */
    private static final String HERE = "192.0.2.254";

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
        assertEquals(SignInOutcome.NOT_CONFIRMED, authentication.signIn(form.getEmail(), form.getPassword(), HERE).outcome());
    }

    @Test
    void confirmedMemberSignsInWithRoles() throws Exception {
        SignUpForm form = confirmedMember();
        SignInResult result = authentication.signIn(form.getEmail().toUpperCase(), form.getPassword(), HERE);
        assertEquals(SignInOutcome.SUCCESS, result.outcome());
        assertEquals(form.getEmail(), result.email());
        assertEquals(Set.of("SME"), result.roles());
        assertEquals(SignInOutcome.INVALID_CREDENTIALS, authentication.signIn("nobody@test.smartfactory.kr", "x", HERE).outcome());
    }

    @Test
    void fiveWrongPasswordsSlowThatAddressButNeverLockTheOwnerOut() throws Exception {
        SignUpForm form = confirmedMember();
        String guesser = "192.0.2." + (int) (Math.random() * 250);
        for (int i = 1; i <= 5; i++) {
            assertEquals(SignInOutcome.INVALID_CREDENTIALS, authentication.signIn(form.getEmail(), "Wrong!pass" + i, guesser).outcome());
        }
        SignInResult throttled = authentication.signIn(form.getEmail(), form.getPassword(), guesser);
        assertEquals(SignInOutcome.THROTTLED, throttled.outcome(), "the guesser's address waits, even with the right password");
        assertTrue(throttled.retryAfter().toSeconds() >= 1 && throttled.retryAfter().toSeconds() <= 60, throttled.retryAfter().toString());
        assertEquals(SignInOutcome.SUCCESS, authentication.signIn(form.getEmail(), form.getPassword(), HERE).outcome(),
                "the owner elsewhere signs in");
        UserAccount account = em.createQuery("select a from UserAccount a where a.email = :e", UserAccount.class)
                .setParameter("e", form.getEmail()).getSingleResult();
        assertNotNull(account.getLastSignInAt());
    }

    @Test
    void unknownAddressesAreThrottledLikeKnownOnes() {
        String guesser = "198.51.100." + (int) (Math.random() * 250);
        String unknown = TestData.email("nobody");
        for (int i = 1; i <= 5; i++) {
            assertEquals(SignInOutcome.INVALID_CREDENTIALS, authentication.signIn(unknown, "Wrong!pass" + i, guesser).outcome());
        }
        assertEquals(SignInOutcome.THROTTLED, authentication.signIn(unknown, "Wrong!pass6", guesser).outcome());
    }

    @Test
    void aPasswordResetEndsEveryOtherSessionAndLink() throws Exception {
        SignUpForm form = confirmedMember();
        java.time.Instant signedIn = java.time.Instant.now().minusSeconds(5);
        assertTrue(authentication.sessionRoles(form.getEmail(), signedIn).isPresent());
        passwords.requestReset(form.getEmail());
        String first = Mailbox.token(mailbox.latestTo(form.getEmail(), "비밀번호"));
        long mails = mailbox.countTo(form.getEmail());
        passwords.requestReset(form.getEmail());
        mailbox.waitForCount(form.getEmail(), mails + 1);
        String second = Mailbox.token(mailbox.latestTo(form.getEmail(), "비밀번호"));
        assertTrue(passwords.isUsableResetToken(first) && passwords.isUsableResetToken(second));

        passwords.resetPassword(second, "NewFactory#2027", "NewFactory#2027");
        assertTrue(authentication.sessionRoles(form.getEmail(), signedIn).isEmpty(), "the session signed in before the reset ends");
        assertTrue(authentication.sessionRoles(form.getEmail(), java.time.Instant.now()).isPresent());
        assertFalse(passwords.isUsableResetToken(first), "the other link ends too");
    }

    @Test
    void passwordResetMailWorksOnce() throws Exception {
        SignUpForm form = confirmedMember();
        passwords.requestReset(form.getEmail());
        Message mail = mailbox.latestTo(form.getEmail(), "비밀번호");
        assertTrue(mail.getSubject().contains("비밀번호"), mail.getSubject());
        String token = Mailbox.token(mail);
        assertTrue(passwords.isUsableResetToken(token));

        DomainException weak = assertThrows(DomainException.class, () -> passwords.resetPassword(token, "weak", "weak"));
        assertTrue(weak.getMessageKeys().contains("password.tooShort"));
        assertTrue(passwords.isUsableResetToken(token), "a refused attempt does not spend the link");

        passwords.resetPassword(token, "NewFactory#2027", "NewFactory#2027");
        assertEquals(SignInOutcome.SUCCESS, authentication.signIn(form.getEmail(), "NewFactory#2027", HERE).outcome());
        assertEquals(SignInOutcome.INVALID_CREDENTIALS, authentication.signIn(form.getEmail(), form.getPassword(), HERE).outcome());

        DomainException again = assertThrows(DomainException.class,
                () -> passwords.resetPassword(token, "Another#2028x", "Another#2028x"));
        assertEquals(List.of("token.invalid"), again.getMessageKeys());
    }

    @Test
    void resetRequestForUnknownAddressSendsNothingAndSaysNothing() throws Exception {
        String unknown = TestData.email("unknown");
        passwords.requestReset(unknown);
        Thread.sleep(1000); // the request runs after the answer
        assertEquals(0, mailbox.countTo(unknown));
    }

    @Test
    void theCallerChangesTheirOwnPasswordAndTheirOtherSessionsEnd() throws Exception {
        fixture.freshSupplier();
        String password = TestData.PASSWORD;
        java.time.Instant before = java.time.Instant.now().minusSeconds(5);
        DomainException wrong = assertThrows(DomainException.class,
                () -> asSupplier.call(() -> passwords.changeOwnPassword("Not!theCurrent1", "Changed#Pass2027", "Changed#Pass2027")));
        assertEquals(List.of("password.current.wrong"), wrong.getMessageKeys());
        java.time.Instant changed = asSupplier.call(() -> passwords.changeOwnPassword(password, "Changed#Pass2027", "Changed#Pass2027"));
        try {
            assertTrue(authentication.sessionRoles(AsTestSupplier.EMAIL, before).isEmpty());
            assertTrue(authentication.sessionRoles(AsTestSupplier.EMAIL, changed).isPresent(), "the caller's own session goes on");
            assertEquals(SignInOutcome.SUCCESS, authentication.signIn(AsTestSupplier.EMAIL, "Changed#Pass2027", HERE).outcome());
        } finally {
            asSupplier.call(() -> passwords.changeOwnPassword("Changed#Pass2027", password, password));
        }
    }
}
