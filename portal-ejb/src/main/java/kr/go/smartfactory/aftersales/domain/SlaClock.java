package kr.go.smartfactory.aftersales.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import kr.go.smartfactory.calendar.domain.BusinessCalendar;

/**
 * A request's SLA clock: business time (09:00–18:00 KST on working days, {@link BusinessCalendar}) from
 * {@code start}, not counting the pauses while the request waits on its requester. Pure: the same start, pauses
 * and calendar always give the same due time.
 */
public record SlaClock(Instant start, List<Interval> pauses) {

    /** A pause from {@code from} to {@code to} (null: still paused). */
    public record Interval(Instant from, Instant to) {

        public Interval {
            Objects.requireNonNull(from);
            if (to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("a pause ends after it starts");
            }
        }
    }

    public SlaClock {
        Objects.requireNonNull(start);
        List<Interval> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Interval::from));
        Instant last = start;
        for (int i = 0; i < sorted.size(); i++) {
            Interval p = sorted.get(i);
            if (p.from().isBefore(last)) {
                throw new IllegalArgumentException("pauses start after the clock and after the previous pause");
            }
            if (p.to() == null && i < sorted.size() - 1) {
                throw new IllegalArgumentException("only the last pause may be open");
            }
            last = p.to() == null ? p.from() : p.to();
        }
        pauses = List.copyOf(sorted);
    }

    public boolean isPaused() {
        return !pauses.isEmpty() && pauses.get(pauses.size() - 1).to() == null;
    }

    /** Business time the clock has run until {@code now}. */
    public Duration elapsed(BusinessCalendar calendar, Instant now) {
        Duration total = Duration.ZERO;
        Instant runFrom = start;
        for (Interval p : pauses) {
            total = total.plus(calendar.businessTimeBetween(runFrom, min(p.from(), now)));
            if (p.to() == null || !p.to().isBefore(now)) {
                return total;
            }
            runFrom = p.to();
        }
        return total.plus(calendar.businessTimeBetween(runFrom, now));
    }

    /**
     * When {@code target} business time will have run: the pauses so far pushed it later. Null while paused (the
     * due time is not known until the requester answers), unless the target was already reached before the pause.
     */
    public Instant dueAt(BusinessCalendar calendar, Duration target) {
        Duration left = target;
        Instant runFrom = start;
        for (Interval p : pauses) {
            Duration ran = calendar.businessTimeBetween(runFrom, p.from());
            if (left.compareTo(ran) <= 0) {
                return calendar.plusBusinessTime(runFrom, left);
            }
            left = left.minus(ran);
            if (p.to() == null) {
                return null;
            }
            runFrom = p.to();
        }
        return calendar.plusBusinessTime(runFrom, left);
    }

    /**
     * How the target stands: met (or missed) by {@code doneAt} when it is given, else running, paused or overdue
     * at {@code now}.
     */
    public SlaState state(BusinessCalendar calendar, Duration target, Instant doneAt, Instant now) {
        if (doneAt != null) {
            return elapsed(calendar, doneAt).compareTo(target) <= 0 ? SlaState.MET : SlaState.MISSED;
        }
        if (elapsed(calendar, now).compareTo(target) > 0) {
            return SlaState.OVERDUE;
        }
        return isPaused() ? SlaState.PAUSED : SlaState.RUNNING;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
