package kr.go.smartfactory.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.shared.domain.BucketRule;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-30T01:00:00Z");
    private static final String ALICE = "alice@example.kr";

    private static SignInThrottle throttle() {
        return new SignInThrottle(SignInThrottle.Policy.DEFAULT);
    }

    /** One wrong password: checked if allowed, and then counted. */
    private static boolean wrong(SignInThrottle throttle, String address, String account, Instant at) {
        if (!throttle.tryAttempt(address, account, at).allowed()) {
            return false;
        }
        throttle.failed(address, account, at);
        return true;
    }

    /** n failures in a row from one address for one account, all at T0: the nth+1 attempt's answer. */
    @ParameterizedTest(name = "{0} failures, then attempt at +{1}s: allowed={2}, wait={3}s")
    @CsvSource({
            "0, 0, true, 0",
            "4, 0, true, 0",
            "5, 0, false, 60",
            "5, 30, false, 30",
            "5, 59, false, 1",
            "5, 60, true, 0",
            "5, 300, true, 0",
    })
    void fiveTriesInARowThenOneAMinute(int failures, int laterSeconds, boolean allowed, int waitSeconds) {
        SignInThrottle throttle = throttle();
        for (int i = 0; i < failures; i++) {
            assertTrue(wrong(throttle, "10.0.0.1", ALICE, T0), "attempt " + (i + 1));
        }
        SignInThrottle.Attempt next = throttle.tryAttempt("10.0.0.1", ALICE, T0.plusSeconds(laterSeconds));
        assertEquals(allowed, next.allowed());
        assertEquals(Duration.ofSeconds(waitSeconds), next.retryAfter());
    }

    @Test
    void aGuesserElsewhereDoesNotStopTheOwner() {
        SignInThrottle throttle = throttle();
        throttle.succeeded("10.0.0.9", ALICE, T0); // the owner's usual address
        for (int i = 0; i < 5; i++) {
            wrong(throttle, "203.0.113.7", ALICE, T0);
        }
        assertFalse(throttle.tryAttempt("203.0.113.7", ALICE, T0).allowed(), "the guesser waits");
        assertTrue(throttle.tryAttempt("10.0.0.9", ALICE, T0).allowed(), "the owner does not");
    }

    @Test
    void manyAddressesAgainstOneAccountAreSlowedButKnownAddressesAreNot() {
        SignInThrottle throttle = throttle();
        throttle.succeeded("10.0.0.9", ALICE, T0);
        int allowed = 0;
        for (int address = 1; address <= 100; address++) {
            if (wrong(throttle, "198.51.100." + address, ALICE, T0)) {
                allowed++;
            }
        }
        assertEquals(30, allowed, "the account's bucket across addresses");
        assertFalse(throttle.tryAttempt("198.51.100.200", ALICE, T0).allowed(), "a new address waits too");
        assertTrue(throttle.tryAttempt("10.0.0.9", ALICE, T0).allowed(), "the known address is not held back");
        assertTrue(throttle.tryAttempt("198.51.100.200", "bob@example.kr", T0).allowed(), "other accounts are untouched");
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowed() {
        SignInThrottle throttle = throttle();
        int allowed = 0;
        for (int account = 1; account <= 50; account++) {
            if (wrong(throttle, "203.0.113.7", "user" + account + "@example.kr", T0)) {
                allowed++;
            }
        }
        assertEquals(20, allowed);
        assertTrue(wrong(throttle, "203.0.113.7", "user99@example.kr", T0.plusSeconds(30)), "one more each 30 s");
        assertFalse(throttle.tryAttempt("203.0.113.7", "user98@example.kr", T0.plusSeconds(30)).allowed());
        assertTrue(throttle.tryAttempt("198.51.100.1", "user1@example.kr", T0).allowed(), "another address is untouched");
    }

    @Test
    void successRefillsTheAccountAtThatAddress() {
        SignInThrottle throttle = throttle();
        for (int i = 0; i < 4; i++) {
            wrong(throttle, "10.0.0.1", ALICE, T0);
        }
        throttle.succeeded("10.0.0.1", ALICE, T0);
        for (int i = 0; i < 5; i++) {
            assertTrue(wrong(throttle, "10.0.0.1", ALICE, T0), "after a success: " + (i + 1));
        }
        assertFalse(throttle.tryAttempt("10.0.0.1", ALICE, T0).allowed());
    }

    @Test
    void checkingSpendsNothingSoParallelRightPasswordsAllGoThrough() {
        SignInThrottle throttle = throttle();
        for (int i = 0; i < 50; i++) {
            assertTrue(throttle.tryAttempt("10.0.0.1", ALICE, T0).allowed());
        }
    }

    @Test
    void unknownAndKnownSpellingsShareOneKey() {
        assertEquals(ALICE, SignInThrottle.accountKey("  Alice@Example.KR "));
        assertEquals("", SignInThrottle.accountKey(null));
    }

    @Test
    void parallelFailuresAreEachCounted() throws Exception {
        SignInThrottle throttle = throttle();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            all.add(pool.submit(() -> throttle.failed("10.0.0.1", ALICE, T0)));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
        // 5 tokens - 8 failures = -3: four more minutes before the next try
        assertEquals(Duration.ofMinutes(4), throttle.tryAttempt("10.0.0.1", ALICE, T0).retryAfter());
    }

    @Test
    void fullBucketsAreForgottenWhenManyKeysAreTracked() {
        SignInThrottle throttle = new SignInThrottle(new SignInThrottle.Policy(new BucketRule(20, Duration.ofSeconds(30)),
                new BucketRule(5, Duration.ofMinutes(1)), new BucketRule(30, Duration.ofMinutes(1)), 5, 100));
        for (int i = 0; i < 200; i++) {
            throttle.failed("10.0." + i / 250 + "." + i % 250, "u" + i + "@example.kr", T0);
        }
        assertTrue(throttle.trackedBuckets() > 100);
        throttle.failed("10.9.9.9", "late@example.kr", T0.plus(Duration.ofHours(1)));
        assertTrue(throttle.trackedBuckets() <= 3 + 3, "only the newest attempt's buckets are left: " + throttle.trackedBuckets());
    }

    @Test
    void sessionsEndAfterEightHoursWhateverTheActivity() {
        assertTrue(SessionPolicy.stillValid(T0, T0));
        assertTrue(SessionPolicy.stillValid(T0, T0.plus(Duration.ofHours(8)).minusMillis(1)));
        assertFalse(SessionPolicy.stillValid(T0, T0.plus(Duration.ofHours(8))));
        assertFalse(SessionPolicy.stillValid(null, T0));
        assertFalse(SessionPolicy.stillValid(T0.plusSeconds(5), T0), "a sign-in time in the future is not trusted");
    }
}
