package kr.go.smartfactory.account.domain;

import java.time.Duration;

/**
 * One token bucket of sign-in failures: up to {@code capacity} failures in a burst, then one more each
 * {@code refillEvery}. A throttled caller waits for the next token; nobody is locked out.
 */
public record ThrottleRule(int capacity, Duration refillEvery) {

    public ThrottleRule {
        if (capacity < 1 || refillEvery.isNegative() || refillEvery.isZero()) {
            throw new IllegalArgumentException("a bucket holds at least one token and refills");
        }
    }
}
