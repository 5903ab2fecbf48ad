package kr.go.smartfactory.aftersales.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.calendar.domain.BusinessCalendar;
import kr.go.smartfactory.calendar.domain.BusinessCalendarTest;
import kr.go.smartfactory.shared.domain.KoreanTime;

/** The SLA clock on the seeded holiday calendar: business hours only, pauses not counted. */
class SlaClockTest {

    static final BusinessCalendar CALENDAR = new BusinessCalendar(BusinessCalendarTest.seededHolidays());

    static Instant kst(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KoreanTime.ZONE).toInstant();
    }

    /** start; pauses "from/to" separated by ';' (to may be "open"). */
    static SlaClock clock(String start, String pauses) {
        List<SlaClock.Interval> list = new ArrayList<>();
        if (pauses != null && !pauses.isBlank()) {
            for (String p : pauses.split(";")) {
                String[] ends = p.split("/");
                list.add(new SlaClock.Interval(kst(ends[0]), "open".equals(ends[1]) ? null : kst(ends[1])));
            }
        }
        return new SlaClock(kst(start), list);
    }

    @ParameterizedTest(name = "{0} + {1} min (pauses {2}) is due {3}")
    @CsvSource(delimiter = '|', value = {
            // within one day
            "2026-11-30T09:00 | 120  |  | 2026-11-30T11:00",
            // over a night
            "2026-11-30T17:00 | 120  |  | 2026-12-01T10:00",
            // filed in the evening: the clock starts at the next opening
            "2026-11-30T20:00 | 60   |  | 2026-12-01T10:00",
            // over a weekend
            "2026-11-27T16:00 | 240  |  | 2026-11-30T11:00",
            // filed on a Saturday
            "2026-11-28T11:00 | 30   |  | 2026-11-30T09:30",
            // 설날 (16–18 Feb 2026) after a Friday
            "2026-02-13T17:00 | 120  |  | 2026-02-19T10:00",
            // 추석 (24–26 Sep 2026) and the weekend after it
            "2026-09-23T17:00 | 120  |  | 2026-09-28T10:00",
            // 삼일절 on a Sunday, its substitute holiday on Monday 2 March
            "2026-02-27T17:30 | 60   |  | 2026-03-03T09:30",
            // 개천절 on a Saturday, substitute Monday 5 October: a business day's target from Friday afternoon
            "2026-10-02T16:00 | 540  |  | 2026-10-06T16:00",
            // the day ends at 18:00 exactly: a target that ends at closing is due at closing
            "2026-11-30T09:00 | 540  |  | 2026-11-30T18:00",
            // a pause pushes the due time by the business time it lasted (Mon 10:00 – Tue 09:30: 8.5 h)
            "2026-11-30T09:00 | 480  | 2026-11-30T10:00/2026-12-01T09:30 | 2026-12-01T16:30",
            // a pause over the weekend costs only Friday 17:00–18:00 and Monday 09:00–10:00
            "2026-11-27T09:00 | 540  | 2026-11-27T17:00/2026-11-30T10:00 | 2026-11-30T11:00",
            // two pauses
            "2026-11-30T09:00 | 240  | 2026-11-30T10:00/2026-11-30T11:00;2026-11-30T12:00/2026-11-30T14:00 | 2026-11-30T16:00",
            // a pause outside business hours changes nothing
            "2026-11-30T09:00 | 600  | 2026-11-30T19:00/2026-12-01T08:00 | 2026-12-01T10:00",
            // reached before the pause began: due then
            "2026-11-30T09:00 | 60   | 2026-11-30T15:00/open | 2026-11-30T10:00",
    })
    void dueTimes(String start, int minutes, String pauses, String due) {
        assertEquals(kst(due), clock(start, pauses).dueAt(CALENDAR, Duration.ofMinutes(minutes)));
    }

    @Test
    void whilePausedBeforeTheTargetTheDueTimeIsUnknownAndTheClockStandsStill() {
        SlaClock c = clock("2026-11-30T09:00", "2026-11-30T10:00/open");
        assertTrue(c.isPaused());
        assertNull(c.dueAt(CALENDAR, Duration.ofHours(2)));
        assertEquals(Duration.ofHours(1), c.elapsed(CALENDAR, kst("2026-12-03T15:00")));
        assertEquals(SlaState.PAUSED, c.state(CALENDAR, Duration.ofHours(2), null, kst("2026-12-03T15:00")));
    }

    @Test
    void aTargetPassedBeforeThePauseStaysOverdueWhilePaused() {
        SlaClock c = clock("2026-11-30T09:00", "2026-11-30T15:00/open");
        assertEquals(SlaState.OVERDUE, c.state(CALENDAR, Duration.ofHours(2), null, kst("2026-11-30T16:00")));
    }

    @ParameterizedTest(name = "elapsed at {2} with pauses {1}: {3} min")
    @CsvSource(delimiter = '|', value = {
            "2026-11-30T09:00 |  | 2026-11-30T09:00 | 0",
            "2026-11-30T09:00 |  | 2026-12-01T09:00 | 540",
            "2026-11-30T09:00 | 2026-11-30T10:00/2026-12-01T09:30 | 2026-12-01T10:00 | 90",
            // now inside a closed pause: the time up to the pause
            "2026-11-30T09:00 | 2026-11-30T10:00/2026-12-01T09:30 | 2026-11-30T17:00 | 60",
            // a pause that starts after now does not count yet
            "2026-11-30T09:00 | 2026-11-30T15:00/2026-11-30T16:00 | 2026-11-30T12:00 | 180",
            // Friday 17:00 to Monday 10:00 across a weekend: 2 h
            "2026-11-27T17:00 |  | 2026-11-30T10:00 | 120",
    })
    void elapsedBusinessTime(String start, String pauses, String now, long minutes) {
        assertEquals(Duration.ofMinutes(minutes), clock(start, pauses).elapsed(CALENDAR, kst(now)));
    }

    @ParameterizedTest(name = "done at {0}: {1}")
    @CsvSource({
            "2026-11-30T11:00, MET",     // exactly at the target
            "2026-11-30T11:01, MISSED",
            "2026-11-30T10:59, MET",
    })
    void doneWithinOrAfterTheTarget(String done, SlaState expected) {
        assertEquals(expected, clock("2026-11-30T09:00", "").state(CALENDAR, Duration.ofHours(2), kst(done), kst("2026-12-10T09:00")));
    }

    @Test
    void runningThenOverdueAtTheMinute() {
        SlaClock c = clock("2026-11-30T09:00", "");
        assertEquals(SlaState.RUNNING, c.state(CALENDAR, Duration.ofHours(2), null, kst("2026-11-30T11:00")));
        assertEquals(SlaState.OVERDUE, c.state(CALENDAR, Duration.ofHours(2), null, kst("2026-11-30T11:01")));
        // overdue needs business time: the night after does not make a 2 h target of a 17:00 request overdue
        assertEquals(SlaState.RUNNING, clock("2026-11-30T17:00", "").state(CALENDAR, Duration.ofHours(2), null, kst("2026-12-01T09:30")));
    }

    @Test
    void pausesMustFollowEachOtherAndOnlyTheLastMayBeOpen() {
        assertThrows(IllegalArgumentException.class, () -> clock("2026-11-30T09:00", "2026-11-30T08:00/2026-11-30T10:00"));
        assertThrows(IllegalArgumentException.class,
                () -> clock("2026-11-30T09:00", "2026-11-30T10:00/2026-11-30T12:00;2026-11-30T11:00/2026-11-30T13:00"));
        assertThrows(IllegalArgumentException.class, () -> clock("2026-11-30T09:00", "2026-11-30T10:00/open;2026-11-30T11:00/2026-11-30T12:00"));
        assertThrows(IllegalArgumentException.class, () -> clock("2026-11-30T09:00", "2026-11-30T12:00/2026-11-30T11:00"));
        assertFalse(clock("2026-11-30T09:00", "2026-11-30T10:00/2026-11-30T11:00").isPaused());
    }
}
