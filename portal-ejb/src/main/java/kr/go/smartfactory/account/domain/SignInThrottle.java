package kr.go.smartfactory.account.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import kr.go.smartfactory.shared.domain.BucketRule;
import kr.go.smartfactory.shared.domain.TokenBucket;

/**
 * Slows password guessing without letting anyone lock anyone out. Each failed attempt spends a token from
 * three buckets, and an attempt is only checked while all of them hold one:
 * <ul>
 * <li>the client address (all accounts): a guesser from one place is slowed whatever account it tries;</li>
 * <li>the account at that address: five tries in a row, then one a minute;</li>
 * <li>the account from everywhere: slows a guesser that uses many addresses. An address from which the
 * account has signed in successfully is not held back by this bucket, so the owner keeps signing in while
 * somebody else guesses.</li>
 * </ul>
 * A success refills the account-at-address bucket. When a bucket is empty the attempt is refused with the time
 * until its next token, and no password is hashed. Attempts for
 * unknown e-mail addresses count exactly like known ones, so the answers do not tell which accounts exist.
 * <p>
 * Thread-safe; all three buckets change under one lock, so parallel attempts are counted one by one. The
 * state is per server: on a cluster each node throttles on its own (a guesser spreading over nodes gets
 * each node's allowance, still bounded).
 */
public final class SignInThrottle {

    /** The three rules and how many successful addresses are remembered per account. */
    public record Policy(BucketRule perAddress, BucketRule perAccountAtAddress, BucketRule perAccount,
            int knownAddressesPerAccount, int maxTrackedKeys) {

        public static final Policy DEFAULT = new Policy(new BucketRule(20, Duration.ofSeconds(30)),
                new BucketRule(5, Duration.ofMinutes(1)), new BucketRule(30, Duration.ofMinutes(1)), 5, 100_000);
    }

    /** The answer to {@link #tryAttempt}: allowed, or refused until the wait is over. */
    public record Attempt(boolean allowed, Duration retryAfter) {

        static final Attempt ALLOWED = new Attempt(true, Duration.ZERO);
    }

    private final Policy policy;
    private final Map<String, TokenBucket> buckets = new HashMap<>();
    private final Map<String, LinkedHashSet<String>> knownAddresses = new HashMap<>();

    public SignInThrottle(Policy policy) {
        this.policy = policy;
    }

    /**
     * Whether an attempt may be checked now: every bucket that applies holds a token. Nothing is spent here, so
     * parallel attempts with the right password all go through.
     */
    public synchronized Attempt tryAttempt(String address, String account, Instant now) {
        Duration wait = Duration.ZERO;
        for (Map.Entry<String, BucketRule> bucket : applying(address, account)) {
            Duration until = bucket(bucket.getKey(), bucket.getValue(), now).untilNextToken(bucket.getValue());
            if (until.compareTo(wait) > 0) {
                wait = until;
            }
        }
        return wait.isZero() ? Attempt.ALLOWED : new Attempt(false, roundUpToSeconds(wait));
    }

    /**
     * The password was wrong (or the account unknown): one token from each bucket that applies. Parallel
     * failures are each counted; a bucket may go below zero (down to minus its capacity), which lengthens the wait.
     */
    public synchronized void failed(String address, String account, Instant now) {
        if (buckets.size() > policy.maxTrackedKeys()) {
            forgetFull(now);
        }
        for (Map.Entry<String, BucketRule> bucket : applying(address, account)) {
            buckets.put(bucket.getKey(), bucket(bucket.getKey(), bucket.getValue(), now).spend(bucket.getValue()));
        }
    }

    /** The password was right: the account's bucket at this address is full again and the address is known. */
    public synchronized void succeeded(String address, String account, Instant now) {
        buckets.remove(accountAtAddress(address, account));
        LinkedHashSet<String> known = knownAddresses.computeIfAbsent(account, a -> new LinkedHashSet<>());
        known.remove(address);
        known.add(address);
        for (Iterator<String> oldest = known.iterator(); known.size() > policy.knownAddressesPerAccount();) {
            oldest.next();
            oldest.remove();
        }
    }

    private List<Map.Entry<String, BucketRule>> applying(String address, String account) {
        List<Map.Entry<String, BucketRule>> rules = new ArrayList<>(3);
        rules.add(Map.entry("a|" + address, policy.perAddress()));
        rules.add(Map.entry(accountAtAddress(address, account), policy.perAccountAtAddress()));
        if (!knownAddresses.getOrDefault(account, EMPTY).contains(address)) {
            rules.add(Map.entry("u|" + account, policy.perAccount()));
        }
        return rules;
    }

    private static final LinkedHashSet<String> EMPTY = new LinkedHashSet<>();

    private static String accountAtAddress(String address, String account) {
        return "ua|" + account + "|" + address;
    }

    private TokenBucket bucket(String key, BucketRule rule, Instant now) {
        TokenBucket state = buckets.get(key);
        return state == null ? TokenBucket.full(rule, now) : state.at(rule, now);
    }

    /** Buckets that have refilled completely hold no information; dropped when many keys are tracked. */
    private void forgetFull(Instant now) {
        for (Iterator<Map.Entry<String, TokenBucket>> it = buckets.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, TokenBucket> entry = it.next();
            BucketRule rule = entry.getKey().startsWith("a|") ? policy.perAddress()
                    : entry.getKey().startsWith("u|") ? policy.perAccount() : policy.perAccountAtAddress();
            if (entry.getValue().at(rule, now).isFull(rule)) {
                it.remove();
            }
        }
        if (knownAddresses.size() > policy.maxTrackedKeys()) {
            knownAddresses.clear();
        }
    }

    public synchronized int trackedBuckets() {
        return buckets.size();
    }

    private static Duration roundUpToSeconds(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    /** The key an e-mail address is throttled under: the same for every spelling of the same address. */
    public static String accountKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
