package kr.go.smartfactory.account.domain;

import java.time.Duration;
import java.time.Instant;

/** The state of one {@link ThrottleRule}'s bucket at {@code updated}: how many failures may still be spent. */
public record FailureBucket(double tokens, Instant updated) {

    public static FailureBucket full(ThrottleRule rule, Instant now) {
        return new FailureBucket(rule.capacity(), now);
    }

    /** The bucket at {@code now}, refilled for the time since {@code updated} (never beyond its capacity). */
    public FailureBucket at(ThrottleRule rule, Instant now) {
        if (!now.isAfter(updated)) {
            return this;
        }
        double refilled = (double) Duration.between(updated, now).toMillis() / rule.refillEvery().toMillis();
        return new FailureBucket(Math.min(rule.capacity(), tokens + refilled), now);
    }

    public boolean canSpend() {
        return tokens >= 1;
    }

    /** One failure; the debt is capped at the capacity (at most twice the burst's wait). */
    public FailureBucket spend(ThrottleRule rule) {
        return new FailureBucket(Math.max(-rule.capacity(), tokens - 1), updated);
    }

    public boolean isFull(ThrottleRule rule) {
        return tokens >= rule.capacity();
    }

    /** How long until one token is there again (zero if one is there). */
    public Duration untilNextToken(ThrottleRule rule) {
        if (canSpend()) {
            return Duration.ZERO;
        }
        // a hair below, so floating-point dust never adds a whole second to the answer
        return Duration.ofMillis((long) Math.ceil((1 - tokens) * rule.refillEvery().toMillis() - 1e-6));
    }
}
