package kr.go.smartfactory.account.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.SignInOutcome;
import kr.go.smartfactory.account.domain.SignInThrottle;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.account.infrastructure.PasswordHasher;
import kr.go.smartfactory.shared.infrastructure.SecurityLog;

/**
 * Checks credentials for the identity store. Before any password is hashed the attempt must pass the
 * {@link SignInThrottle} (per client address and per account); a throttled attempt costs neither a hash nor
 * a database access. An unknown e-mail costs as much time as a known one and is throttled the same way.
 * Failures are not written to the account (no lock-out anyone could trigger, no row to collide on); a
 * success notes the time with an update that does not touch the account's version.
 */
@Stateless
public class AuthenticationService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SignInGuard guard;

    @Inject
    private Clock clock;

    public SignInResult signIn(String email, String password, String clientAddress) {
        String key = SignInThrottle.accountKey(email);
        String address = clientAddress == null ? "-" : clientAddress;
        Instant now = clock.instant();
        SignInThrottle.Attempt attempt = guard.throttle().tryAttempt(address, key, now);
        if (!attempt.allowed()) {
            SecurityLog.throttled(key, address, attempt.retryAfter());
            return SignInResult.throttled(attempt.retryAfter());
        }
        Optional<UserAccount> found = key.isEmpty() ? Optional.empty() : accounts.accountByEmail(key);
        if (found.isEmpty()) {
            hasher.spendTheSameTime(password);
            guard.throttle().failed(address, key, now);
            SecurityLog.signInFailed(key, address, "invalid credentials");
            return SignInResult.refused(SignInOutcome.INVALID_CREDENTIALS);
        }
        UserAccount account = found.get();
        if (!hasher.matches(password, account.getPasswordHash())) {
            guard.throttle().failed(address, key, now);
            SecurityLog.signInFailed(key, address, "invalid credentials");
            return SignInResult.refused(SignInOutcome.INVALID_CREDENTIALS);
        }
        guard.throttle().succeeded(address, key, now);
        SignInOutcome outcome = account.outcomeOfCorrectPassword();
        if (outcome != SignInOutcome.SUCCESS) {
            SecurityLog.signInFailed(key, address, outcome.name().toLowerCase(java.util.Locale.ROOT));
            return SignInResult.refused(outcome);
        }
        accounts.recordSignIn(account.getId(), now);
        return new SignInResult(outcome, account.getEmail(), roleNames(account));
    }

    /** The roles of an account that may still be signed in, for requests within an existing session. */
    public Optional<Set<String>> currentRoles(String email) {
        return accounts.accountByEmail(email).filter(UserAccount::canSignIn).map(AuthenticationService::roleNames);
    }

    /**
     * The roles for a request in a session that signed in at {@code signedInAt}; empty when the session must end
     * (account disabled, or its password changed since).
     */
    public Optional<Set<String>> sessionRoles(String email, Instant signedInAt) {
        return accounts.accountByEmail(email).filter(a -> a.acceptsSessionFrom(signedInAt)).map(AuthenticationService::roleNames);
    }

    private static Set<String> roleNames(UserAccount account) {
        return account.getRoles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
