package kr.go.smartfactory.usage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.go.smartfactory.shared.domain.BucketRule;
import kr.go.smartfactory.shared.domain.DomainException;

class UsageKeyTest {

    static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

    @Test
    void aKeyIsShownOnceAndKeptOnlyAsItsHashWithItsFirstCharactersAsAHint() {
        UsageKey.Issued issued = UsageKey.issue(10, 20L, 30L, " MES 운영 서버 ", UsageKey.DEFAULT_RATE, "supplier@demo.smartfactory.kr", NOW);
        String secret = issued.secret();
        assertTrue(secret.startsWith(UsageKey.PREFIX) && secret.length() == UsageKey.PREFIX.length() + 43, secret);
        UsageKey k = issued.key();
        assertEquals(UsageKey.hashOf(secret), k.getKeyHash());
        assertEquals(64, k.getKeyHash().length());
        assertFalse(k.getKeyHash().contains(secret.substring(UsageKey.PREFIX.length(), UsageKey.PREFIX.length() + 8)));
        assertEquals(secret.substring(0, UsageKey.HINT) + "…", k.getKeyHint());
        assertEquals("MES 운영 서버", k.getLabel());
        assertEquals(UsageKey.DEFAULT_RATE, k.rate());
        assertNotEquals(secret, UsageKey.issue(10, 20L, 30L, "MES", UsageKey.DEFAULT_RATE, "x", NOW).secret(), "every key is new");
    }

    @Test
    void aLabelAndASensibleRateAreRequiredEveryProblemAtOnce() {
        DomainException e = assertThrows(DomainException.class,
                () -> UsageKey.issue(10, null, null, " ", new BucketRule(UsageKey.MAX_CAPACITY + 1, Duration.ofSeconds(1)), "x", NOW));
        assertEquals(List.of("label", "rate"), e.getProblems().stream().map(DomainException.Problem::field).toList());
        assertThrows(DomainException.class, () -> UsageKey.issue(10, null, null, "MES", new BucketRule(1, Duration.ofDays(2)), "x", NOW));
        assertThrows(DomainException.class, () -> UsageKey.issue(10, null, null, "m".repeat(UsageKey.MAX_LABEL + 1), UsageKey.DEFAULT_RATE,
                "x", NOW));
    }

    @Test
    void aKeyIsRevokedOnce() {
        UsageKey k = UsageKey.issue(10, 20L, 30L, "MES", UsageKey.DEFAULT_RATE, "x", NOW).key();
        assertFalse(k.isRevoked());
        k.revoke("staff@demo.smartfactory.kr", NOW.plusSeconds(60));
        assertTrue(k.isRevoked());
        assertEquals(NOW.plusSeconds(60), k.getRevokedAt());
        assertEquals(List.of("usage.key.revoked.already"),
                assertThrows(DomainException.class, () -> k.revoke("x", NOW.plusSeconds(120))).getMessageKeys());
    }

    @Test
    void eachKeyHasItsOwnBucketABurstThenOneEachInterval() {
        KeyRates rates = new KeyRates();
        BucketRule rule = new BucketRule(3, Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            assertTrue(rates.take(1, rule, NOW), "the burst: " + i);
        }
        assertFalse(rates.take(1, rule, NOW), "too often");
        assertTrue(rates.take(2, rule, NOW), "another key has its own bucket");
        assertFalse(rates.take(1, rule, NOW.plus(Duration.ofMinutes(9))));
        assertTrue(rates.take(1, rule, NOW.plus(Duration.ofMinutes(10))), "one more after the interval");
        assertFalse(rates.take(1, rule, NOW.plus(Duration.ofMinutes(10))));
        assertTrue(rates.take(1, rule, NOW.plus(Duration.ofHours(5))));
        assertTrue(rates.take(1, rule, NOW.plus(Duration.ofHours(5))));
        assertTrue(rates.take(1, rule, NOW.plus(Duration.ofHours(5))));
        assertFalse(rates.take(1, rule, NOW.plus(Duration.ofHours(5))), "never more than the burst, however long it waited");
        rates.forget(1);
        assertTrue(rates.take(1, rule, NOW.plus(Duration.ofHours(5))), "forgotten: full again");
    }

    @Test
    void refusalsDoNotRunADebtUnderParallelCalls() throws Exception {
        KeyRates rates = new KeyRates();
        BucketRule rule = new BucketRule(100, Duration.ofHours(1));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<?>> all = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            all.add(pool.submit(() -> {
                if (rates.take(7, rule, NOW)) {
                    taken.incrementAndGet();
                }
            }));
        }
        for (var f : all) {
            f.get();
        }
        pool.shutdown();
        assertEquals(100, taken.get(), "exactly the burst, however many threads ask at once");
        assertTrue(rates.take(7, rule, NOW.plus(Duration.ofHours(1))), "no debt: one token an hour later");
    }
}
