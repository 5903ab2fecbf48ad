package kr.go.smartfactory.calendar.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import kr.go.smartfactory.shared.domain.KoreanTime;

/**
 * Working days and business hours in Korea: Monday to Friday except public holidays (data), 09:00–18:00 Korea
 * time. The one class that counts "N business days after" (deadlines: 처리기한, 이의신청 기간) and "N business
 * hours after" or "how many business hours between" (AS response and resolution clocks). Immutable; built from
 * the holiday table by {@code BusinessCalendars}.
 */
public final class BusinessCalendar {

    public static final LocalTime OPENS = LocalTime.of(9, 0);
    public static final LocalTime CLOSES = LocalTime.of(18, 0);
    private static final int MAX_DAYS = 366 * 20;

    private final Set<LocalDate> holidays;

    public BusinessCalendar(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The date {@code days} business days after {@code date} (which itself is not counted): the 1st business day
     * after Friday 13 February 2026 is Thursday 19 February (설날 16–18). Zero gives {@code date} itself; a
     * negative number counts backwards.
     */
    public LocalDate plusBusinessDays(LocalDate date, int days) {
        Objects.requireNonNull(date);
        int step = days < 0 ? -1 : 1;
        LocalDate d = date;
        for (int left = Math.abs(days), guard = 0; left > 0; guard++) {
            requireWithinRange(guard);
            d = d.plusDays(step);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Business days after {@code from} up to and including {@code to} (0 when {@code to} is not after {@code from}). */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            requireWithinRange(count);
            if (isBusinessDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The instant {@code hours} of business time after {@code start}: time outside business hours does not
     * count, so a request made at 17:00 on Friday with a 4-hour target is due at 12:00 on the next business day.
     */
    public Instant plusBusinessTime(Instant start, Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a business duration is not negative");
        }
        ZonedDateTime t = start.atZone(KoreanTime.ZONE);
        Duration left = duration;
        for (int guard = 0;; guard++) {
            requireWithinRange(guard);
            t = nextOpenMoment(t);
            ZonedDateTime closing = t.toLocalDate().atTime(CLOSES).atZone(KoreanTime.ZONE);
            Duration today = Duration.between(t, closing);
            if (left.compareTo(today) <= 0) {
                return t.plus(left).toInstant();
            }
            left = left.minus(today);
            t = closing;
        }
    }

    /** Business time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        ZonedDateTime t = from.atZone(KoreanTime.ZONE);
        ZonedDateTime end = to.atZone(KoreanTime.ZONE);
        Duration total = Duration.ZERO;
        for (int guard = 0; t.isBefore(end); guard++) {
            requireWithinRange(guard);
            t = nextOpenMoment(t);
            if (!t.isBefore(end)) {
                break;
            }
            ZonedDateTime closing = t.toLocalDate().atTime(CLOSES).atZone(KoreanTime.ZONE);
            ZonedDateTime stop = end.isBefore(closing) ? end : closing;
            total = total.plus(Duration.between(t, stop));
            t = closing;
        }
        return total;
    }

    /** {@code t} itself when it is within business hours, otherwise the next opening. */
    private ZonedDateTime nextOpenMoment(ZonedDateTime t) {
        LocalDate day = t.toLocalDate();
        LocalTime time = t.toLocalTime();
        if (isBusinessDay(day) && !time.isBefore(OPENS) && time.isBefore(CLOSES)) {
            return t;
        }
        if (isBusinessDay(day) && time.isBefore(OPENS)) {
            return day.atTime(OPENS).atZone(KoreanTime.ZONE);
        }
        LocalDate next = plusBusinessDays(day, 1);
        return next.atTime(OPENS).atZone(KoreanTime.ZONE);
    }

    private static void requireWithinRange(int steps) {
        if (steps > MAX_DAYS) {
            throw new IllegalArgumentException("more than 20 years of business days");
        }
    }
}
