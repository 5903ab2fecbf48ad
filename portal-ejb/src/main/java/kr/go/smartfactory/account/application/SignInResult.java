package kr.go.smartfactory.account.application;

import java.time.Duration;
import java.util.Set;

import kr.go.smartfactory.account.domain.SignInOutcome;

/**
 * The answer to one sign-in attempt; {@code email} and {@code roles} are set on SUCCESS only,
 * {@code retryAfter} on THROTTLED only.
 */
public record SignInResult(SignInOutcome outcome, String email, Set<String> roles, Duration retryAfter) {

    public static SignInResult refused(SignInOutcome outcome) {
        return new SignInResult(outcome, null, Set.of(), Duration.ZERO);
    }

    public static SignInResult throttled(Duration retryAfter) {
        return new SignInResult(SignInOutcome.THROTTLED, null, Set.of(), retryAfter);
    }

    public SignInResult(SignInOutcome outcome, String email, Set<String> roles) {
        this(outcome, email, roles, Duration.ZERO);
    }

    public boolean succeeded() {
        return outcome == SignInOutcome.SUCCESS;
    }
}
