package kr.go.smartfactory.calendar.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.go.smartfactory.calendar.domain.BusinessCalendar;
import kr.go.smartfactory.calendar.domain.Holiday;
import kr.go.smartfactory.calendar.domain.HolidayRepository;

/**
 * The business calendar as the holiday table has it now. Read once and kept for a few minutes (the table changes
 * a few times a year); an administrator's change on this node takes effect at once, on other nodes of a cluster
 * within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class BusinessCalendars {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    @Inject
    private HolidayRepository holidays;

    @Inject
    private Clock clock;

    private volatile Loaded loaded;

    public BusinessCalendar current() {
        Loaded l = loaded;
        Instant now = clock.instant();
        if (l == null || now.isAfter(l.at().plus(MAX_AGE)) || now.isBefore(l.at())) {
            l = new Loaded(new BusinessCalendar(holidays.all().stream().map(Holiday::getDate).toList()), now);
            loaded = l;
        }
        return l.calendar();
    }

    /** Forgets the cached calendar (after the holiday table changed). */
    public void invalidate() {
        loaded = null;
    }

    private record Loaded(BusinessCalendar calendar, Instant at) {
    }
}
