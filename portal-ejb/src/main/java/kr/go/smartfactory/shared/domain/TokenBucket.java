package kr.go.smartfactory.shared.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The state of one {@link BucketRule}'s bucket at {@code updated}: how many tokens (sign-in failures, usage logs) may
 * still be spent. Spending only when {@link #canSpend()} never goes below zero; sign-in failures may run into a debt.
 */
public record TokenBucket(double tokens, Instant updated) {

    public static TokenBucket full(BucketRule rule, Instant now) {
        return new TokenBucket(rule.capacity(), now);
    }

    /** The bucket at {@code now}, refilled for the time since {@code updated} (never beyond its capacity). */
    public TokenBucket at(BucketRule rule, Instant now) {
        if (!now.isAfter(updated)) {
            return this;
        }
        double refilled = (double) Duration.between(updated, now).toMillis() / rule.refillEvery().toMillis();
        return new TokenBucket(Math.min(rule.capacity(), tokens + refilled), now);
    }

    public boolean canSpend() {
        return tokens >= 1;
    }

    /** One token spent; a debt (sign-in failures beyond the burst) is capped at the capacity (at most twice the burst's wait). */
    public TokenBucket spend(BucketRule rule) {
        return new TokenBucket(Math.max(-rule.capacity(), tokens - 1), updated);
    }

    public boolean isFull(BucketRule rule) {
        return tokens >= rule.capacity();
    }

    /** How long until one token is there again (zero if one is there). */
    public Duration untilNextToken(BucketRule rule) {
        if (canSpend()) {
            return Duration.ZERO;
        }
        // a hair below, so floating-point dust never adds a whole second to the answer
        return Duration.ofMillis((long) Math.ceil((1 - tokens) * rule.refillEvery().toMillis() - 1e-6));
    }
}
