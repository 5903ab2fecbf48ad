package kr.go.smartfactory.account.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.AccountStatus;
import kr.go.smartfactory.account.domain.AccountToken;
import kr.go.smartfactory.account.domain.PasswordPolicy;
import kr.go.smartfactory.account.domain.TokenPurpose;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.account.infrastructure.PasswordHasher;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * E-mail confirmation and passwords chosen through one-time links. Asking for a reset answers the same
 * whether the address is known or not, so the form cannot be used to find out who has an account.
 */
@Stateless
public class PasswordService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Notifications notifications;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    public void confirmEmail(String secret) {
        AccountToken token = usableToken(secret, TokenPurpose.CONFIRM_EMAIL);
        Instant now = clock.instant();
        token.use(now);
        token.getAccount().confirm(now);
    }

    /**
     * Sends a reset link if the address belongs to an account that may sign in. Runs after the caller has
     * been answered ({@code @Asynchronous}), so the answer's content and timing are the same for known and
     * unknown addresses.
     */
    @Asynchronous
    public void requestReset(String email) {
        accounts.accountByEmail(email).filter(a -> a.getStatus() != AccountStatus.DISABLED).ifPresent(account -> {
            AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.PASSWORD_RESET, clock.instant());
            accounts.add(issued.token());
            notifications.mail(account.getEmail(), account.getLocale(), "reset",
                    "/password/reset.xhtml?token=" + issued.secret(), account.getContactName());
        });
    }

    /** Whether the link is still good, so the page can say so before the user types a password. */
    public boolean isUsableResetToken(String secret) {
        return token(secret).filter(t -> t.getPurpose().setsPassword() && t.isUsable(clock.instant())).isPresent();
    }

    public void resetPassword(String secret, String newPassword, String confirmation) {
        AccountToken token = token(secret).filter(t -> t.getPurpose().setsPassword() && t.isUsable(clock.instant()))
                .orElseThrow(() -> new DomainException("token.invalid"));
        UserAccount account = token.getAccount();
        DomainException.Collector problems = new DomainException.Collector();
        PasswordPolicy.violations(newPassword, account.getEmail()).forEach(key -> problems.add("password", key));
        if (newPassword == null || !newPassword.equals(confirmation)) {
            problems.add("confirmation", "password.mismatch");
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        token.use(now);
        account.changePassword(hasher.hash(newPassword), now);
        // whoever can read the mailbox could also have confirmed the address
        account.confirm(now);
        // every session signed in before now ends (changePassword), and so does every other link still out
        accounts.removeTokens(account);
    }

    /**
     * The signed-in caller chooses a new password, proving the current one. Every other session of the account
     * ends; the caller's own session goes on (the page renews its sign-in time). Outstanding links end too.
     *
     * @return the instant of the change, for the caller's session
     */
    public Instant changeOwnPassword(String currentPassword, String newPassword, String confirmation) {
        UserAccount account = caller.account();
        DomainException.Collector problems = new DomainException.Collector();
        if (currentPassword == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
            problems.add("currentPassword", "password.current.wrong");
        }
        PasswordPolicy.violations(newPassword, account.getEmail()).forEach(key -> problems.add("newPassword", key));
        if (newPassword != null && newPassword.equals(currentPassword)) {
            problems.add("newPassword", "password.unchanged");
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            problems.add("confirmation", "password.mismatch");
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        account.changePassword(hasher.hash(newPassword), now);
        accounts.removeTokens(account);
        return now;
    }

    private AccountToken usableToken(String secret, TokenPurpose purpose) {
        return token(secret).filter(t -> t.getPurpose() == purpose && t.isUsable(clock.instant()))
                .orElseThrow(() -> new DomainException("token.invalid"));
    }

    private java.util.Optional<AccountToken> token(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return java.util.Optional.empty();
        }
        return accounts.tokenByHash(AccountToken.hash(secret));
    }
}
