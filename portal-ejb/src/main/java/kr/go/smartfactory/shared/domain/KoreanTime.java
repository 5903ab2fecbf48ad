package kr.go.smartfactory.shared.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;

/** The programme runs on Korean time: calendar days, deadlines and displayed times are Asia/Seoul. */
public final class KoreanTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    /** A calendar day as Korean documents and notices write it, readable in English too: 2026.12.07. */
    public static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("yyyy.MM.dd");

    private KoreanTime() {
    }

    /** Today's date in Korea by the portal's clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The day in Korea an instant falls on. */
    public static LocalDate dayOf(java.time.Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** This year in Korea by the portal's clock (from 15:00 UTC on 31 December it is already next year). */
    public static Year thisYear(Clock clock) {
        return Year.now(clock.withZone(ZONE));
    }
}
