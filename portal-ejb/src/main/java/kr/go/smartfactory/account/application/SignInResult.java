package kr.go.smartfactory.account.application;

import java.util.Set;

import kr.go.smartfactory.account.domain.SignInOutcome;

/** The answer to one sign-in attempt; {@code email} and {@code roles} are set on SUCCESS only. */
public record SignInResult(SignInOutcome outcome, String email, Set<String> roles) {

    public static SignInResult refused(SignInOutcome outcome) {
        return new SignInResult(outcome, null, Set.of());
    }

    public boolean succeeded() {
        return outcome == SignInOutcome.SUCCESS;
    }
}
