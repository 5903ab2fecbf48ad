package kr.go.smartfactory.shared.domain;

import java.time.Duration;

/**
 * The rule of a token bucket: up to {@code capacity} events in a burst, then one more each {@code refillEvery}. Sign-in
 * failures (a throttled caller waits for the next token; nobody is locked out) and usage logs per API key (a key
 * sending more often is answered "too often") are counted this way.
 */
public record BucketRule(int capacity, Duration refillEvery) {

    public BucketRule {
        if (capacity < 1 || refillEvery.isNegative() || refillEvery.isZero()) {
            throw new IllegalArgumentException("a bucket holds at least one token and refills");
        }
    }
}
