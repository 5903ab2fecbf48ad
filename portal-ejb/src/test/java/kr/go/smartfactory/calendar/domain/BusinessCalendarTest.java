package kr.go.smartfactory.calendar.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.shared.domain.KoreanTime;

/** The calendar built from the seeded holiday table itself (V8__holidays.sql), so the data is checked too. */
public class BusinessCalendarTest {

    private static final BusinessCalendar CALENDAR = new BusinessCalendar(seededHolidays());

    /** The holidays seeded by V8__holidays.sql (shared by the tests of everything that counts business time). */
    public static List<LocalDate> seededHolidays() {
        try (InputStream in = BusinessCalendarTest.class.getResourceAsStream("/db/migration/V8__holidays.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})'").matcher(sql);
            List<LocalDate> dates = new java.util.ArrayList<>();
            while (m.find()) {
                dates.add(LocalDate.parse(m.group(1)));
            }
            return dates;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant kst(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KoreanTime.ZONE).toInstant();
    }

    @Test
    void seedCoversFourYearsWithoutWeekdayGaps() {
        List<LocalDate> dates = seededHolidays();
        assertEquals(81, dates.size());
        assertEquals(dates.size(), dates.stream().distinct().count(), "one row per day");
        for (int year = 2024; year <= 2027; year++) {
            int y = year;
            assertTrue(dates.stream().anyMatch(d -> d.equals(LocalDate.of(y, 1, 1))), "신정 " + y);
        }
    }

    @ParameterizedTest(name = "{0} is a business day: {1}")
    @CsvSource({
            "2026-02-13, true",   // Friday before 설날
            "2026-02-16, false",  // 설날 연휴
            "2026-02-18, false",
            "2026-02-19, true",
            "2026-03-02, false",  // 대체공휴일 (삼일절 on Sunday)
            "2025-10-08, false",  // 대체공휴일 (추석 on Sunday)
            "2024-02-12, false",  // 대체공휴일 (설날 on Sunday)
            "2026-09-26, false",  // 추석 on Saturday: no substitute
            "2026-09-28, true",
            "2026-11-28, false",  // Saturday
            "2026-11-30, true"})
    void workingDaysAreWeekdaysThatAreNotHolidays(LocalDate date, boolean business) {
        assertEquals(business, CALENDAR.isBusinessDay(date));
    }

    @ParameterizedTest(name = "{1} business days after {0} is {2}")
    @CsvSource({
            "2026-02-13, 1, 2026-02-19",  // over 설날 (16-18 Feb 2026)
            "2026-02-12, 3, 2026-02-20",
            "2025-10-02, 1, 2025-10-10",  // 개천절, weekend, 추석 5-7, 대체 8, 한글날 9
            "2024-09-13, 1, 2024-09-19",  // 추석 16-18 Sep 2024
            "2026-02-27, 1, 2026-03-03",  // 대체공휴일 2 March 2026
            "2026-11-30, 5, 2026-12-07",
            "2026-11-30, 0, 2026-11-30",
            "2026-02-19, -1, 2026-02-13",
            "2027-02-04, 1, 2027-02-09"}) // 설날 5-7 Feb 2027, substitute 8 Feb
    void businessDaysSkipWeekendsHolidaysAndSubstituteHolidays(LocalDate from, int days, LocalDate expected) {
        assertEquals(expected, CALENDAR.plusBusinessDays(from, days));
    }

    @Test
    void businessDaysBetweenCountsTheDaysAfterTheFirst() {
        assertEquals(1, CALENDAR.businessDaysBetween(LocalDate.parse("2026-02-13"), LocalDate.parse("2026-02-19")));
        assertEquals(0, CALENDAR.businessDaysBetween(LocalDate.parse("2026-02-19"), LocalDate.parse("2026-02-13")));
        // 1-4, 7-11, 14-18, 21-24 December (25th: Christmas), 28th
        assertEquals(19, CALENDAR.businessDaysBetween(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-28")));
    }

    @ParameterizedTest(name = "{1} h of business time after {0} is {2}")
    @CsvSource({
            "2026-11-30T10:00, 4, 2026-11-30T14:00",
            "2026-11-27T17:00, 4, 2026-11-30T12:00",  // Friday 17:00 → Monday noon
            "2026-11-28T11:00, 1, 2026-11-30T10:00",  // Saturday: the clock starts Monday 09:00
            "2026-11-30T07:30, 9, 2026-11-30T18:00",
            "2026-11-30T18:00, 1, 2026-12-01T10:00",
            "2026-02-13T16:00, 8, 2026-02-19T15:00",  // over 설날
            "2026-11-30T10:00, 0, 2026-11-30T10:00",
            "2026-11-30T20:00, 0, 2026-12-01T09:00"})
    void businessHoursCountOnlyOpeningHours(String start, long hours, String due) {
        assertEquals(kst(due), CALENDAR.plusBusinessTime(kst(start), Duration.ofHours(hours)));
    }

    @Test
    void businessTimeBetweenIsTheInverseOfAddingIt() {
        Instant start = kst("2026-02-12T15:30");
        for (long minutes : new long[] {0, 30, 150, 540, 541, 2000, 5000}) {
            Instant due = CALENDAR.plusBusinessTime(start, Duration.ofMinutes(minutes));
            assertEquals(Duration.ofMinutes(minutes), CALENDAR.businessTimeBetween(start, due), minutes + " min");
        }
        assertEquals(Duration.ZERO, CALENDAR.businessTimeBetween(kst("2026-11-28T09:00"), kst("2026-11-29T23:00")));
        assertEquals(Duration.ofHours(9), CALENDAR.businessTimeBetween(kst("2026-11-27T18:30"), kst("2026-12-01T07:00")));
    }

    @Test
    void aCalendarWithoutHolidaysStillKnowsWeekends() {
        BusinessCalendar plain = new BusinessCalendar(List.of());
        assertTrue(plain.isBusinessDay(LocalDate.parse("2026-02-17")));
        assertFalse(plain.isBusinessDay(LocalDate.parse("2026-02-21")));
    }
}
