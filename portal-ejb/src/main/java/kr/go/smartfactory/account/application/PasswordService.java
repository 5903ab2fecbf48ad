package kr.go.smartfactory.account.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
    private Clock clock;

    public void confirmEmail(String secret) {
        AccountToken token = usableToken(secret, TokenPurpose.CONFIRM_EMAIL);
        Instant now = clock.instant();
        token.use(now);
        token.getAccount().confirm(now);
    }

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
        List<String> problems = new ArrayList<>(PasswordPolicy.violations(newPassword, account.getEmail()));
        if (newPassword == null || !newPassword.equals(confirmation)) {
            problems.add("password.mismatch");
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        Instant now = clock.instant();
        token.use(now);
        account.changePassword(hasher.hash(newPassword));
        // whoever can read the mailbox could also have confirmed the address
        account.confirm(now);
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
