package kr.go.smartfactory.usage.domain;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import kr.go.smartfactory.shared.domain.BucketRule;
import kr.go.smartfactory.shared.domain.TokenBucket;

/**
 * How often each key may send: one token bucket per key (its rate is data on the key), taken from by every
 * well-formed log; a key with an empty bucket is answered "too often" and nothing is stored. Per node: behind a load
 * balancer that spreads one key over n nodes, a key may send up to n times its rate.
 */
public final class KeyRates {

    /** Above this many keys the buckets are forgotten (all full again) rather than growing without bound. */
    static final int MAX_KEYS = 500_000;

    private final ConcurrentMap<Long, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** Takes a token for the key at {@code now}; false when none is left. */
    public boolean take(long keyId, BucketRule rate, Instant now) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        boolean[] taken = {false};
        buckets.compute(keyId, (id, bucket) -> {
            TokenBucket b = bucket == null ? TokenBucket.full(rate, now) : bucket.at(rate, now);
            if (b.canSpend()) {
                taken[0] = true;
                return b.spend(rate);
            }
            return b;
        });
        return taken[0];
    }

    /** A key's rate changed or it was revoked: its bucket starts full under the new rate. */
    public void forget(long keyId) {
        buckets.remove(keyId);
    }
}
