package kr.go.smartfactory.account.domain;

import java.time.Duration;

/** Lock-out after repeated failures: {@code maxFailures} in a row lock the account for {@code lockDuration}. */
public record SignInPolicy(int maxFailures, Duration lockDuration) {

    public static final SignInPolicy DEFAULT = new SignInPolicy(5, Duration.ofMinutes(15));
}
