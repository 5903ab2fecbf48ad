package kr.go.smartfactory.batch.support;

import java.time.Clock;
import java.time.Instant;

/**
 * The instant a nightly run judges "expired" and "too old" against: the job parameter
 * {@code referenceTime} (ISO-8601), fixed when the job starts, so a restarted run purges exactly what the
 * first attempt would have.
 */
public final class ReferenceTime {

    private ReferenceTime() {
    }

    /** The job's reference time, or now by the portal's clock for a run started without one. */
    public static Instant parse(String value, Clock clock) {
        return value == null || value.isBlank() ? clock.instant() : Instant.parse(value.strip());
    }
}
