package kr.go.smartfactory.it;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

/**
 * The portal's clock in test deployments: real time unless a test fixes it ({@link #fixAt}), so deadlines,
 * business-hour clocks and dated rules can be checked at chosen instants. Every test that fixes it resets it.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TestClock {

    private static volatile Instant fixed;

    /** An alternative because its bean class is one: it replaces {@code ClockProducer}'s clock everywhere. */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Adjustable(ZoneOffset.UTC);
    }

    public static void fixAt(Instant instant) {
        fixed = instant;
    }

    public static void reset() {
        fixed = null;
    }

    static final class Adjustable extends Clock {

        private final ZoneId zone;

        Adjustable(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new Adjustable(newZone);
        }

        @Override
        public Instant instant() {
            Instant f = fixed;
            return f != null ? f : Instant.now();
        }
    }
}
