package kr.go.smartfactory.shared.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;

/** The programme runs on Korean time: calendar days, deadlines and displayed times are Asia/Seoul. */
public final class KoreanTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private KoreanTime() {
    }

    /** Today's date in Korea by the portal's clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** This year in Korea by the portal's clock (from 15:00 UTC on 31 December it is already next year). */
    public static Year thisYear(Clock clock) {
        return Year.now(clock.withZone(ZONE));
    }
}
