package kr.go.smartfactory.housekeeping.batch;

import java.time.Instant;

/**
 * The instant a housekeeping run judges "expired" and "too old" against: the job parameter
 * {@code referenceTime} (ISO-8601), fixed when the job starts, so a restarted run purges exactly what the
 * first attempt would have.
 */
final class ReferenceTime {

    private ReferenceTime() {
    }

    static Instant parse(String value) {
        return value == null || value.isBlank() ? Instant.now() : Instant.parse(value.strip());
    }
}
