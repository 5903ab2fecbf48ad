package kr.go.smartfactory.account.application;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.SignInOutcome;
import kr.go.smartfactory.account.domain.SignInPolicy;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.account.infrastructure.PasswordHasher;

/**
 * Checks credentials for the identity store. Each attempt commits on its own (failures must be counted even
 * though the sign-in fails), and an unknown e-mail costs as much time as a known one.
 */
@Stateless
public class AuthenticationService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInResult signIn(String email, String password) {
        Optional<UserAccount> found = email == null || email.isBlank() ? Optional.empty() : accounts.accountByEmail(email);
        if (found.isEmpty()) {
            hasher.spendTheSameTime(password);
            return SignInResult.refused(SignInOutcome.INVALID_CREDENTIALS);
        }
        UserAccount account = found.get();
        boolean matches = !account.isLocked(clock.instant()) && hasher.matches(password, account.getPasswordHash());
        SignInOutcome outcome = account.recordSignIn(matches, clock.instant(), SignInPolicy.DEFAULT);
        return outcome == SignInOutcome.SUCCESS
                ? new SignInResult(outcome, account.getEmail(), roleNames(account))
                : SignInResult.refused(outcome);
    }

    /** The roles of an account that may still be signed in, for requests within an existing session. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Set<String>> currentRoles(String email) {
        return accounts.accountByEmail(email).filter(UserAccount::canSignIn).map(AuthenticationService::roleNames);
    }

    private static Set<String> roleNames(UserAccount account) {
        return account.getRoles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
