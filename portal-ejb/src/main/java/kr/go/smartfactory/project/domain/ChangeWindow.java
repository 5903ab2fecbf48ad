package kr.go.smartfactory.project.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When an agreement change (협약 변경) may still be requested: within 15 days of its cause (the 15th day after it
 * included), and no later than one month before the agreement ends (the day one month before the end included).
 * Days are Korean calendar days; a request outside the window is refused automatically, with the rule it broke.
 */
public final class ChangeWindow {

    public static final int DAYS_AFTER_CAUSE = 15;
    public static final int MONTHS_BEFORE_END = 1;

    private ChangeWindow() {
    }

    public enum Refusal {
        /** Requested more than 15 days after its cause. */
        TOO_LATE_AFTER_CAUSE,
        /** Requested less than one month before the agreement ends. */
        TOO_CLOSE_TO_END,
        /** A cause after the request, or a request after the end: not a change to ask for. */
        INVALID_DATES
    }

    /** Why a request on {@code requestedOn} for a cause on {@code causeOn} is refused, if it is. */
    public static Optional<Refusal> check(LocalDate causeOn, LocalDate requestedOn, LocalDate agreementEndsOn) {
        if (causeOn == null || requestedOn == null || agreementEndsOn == null || causeOn.isAfter(requestedOn)
                || requestedOn.isAfter(agreementEndsOn)) {
            return Optional.of(Refusal.INVALID_DATES);
        }
        if (requestedOn.isAfter(causeOn.plusDays(DAYS_AFTER_CAUSE))) {
            return Optional.of(Refusal.TOO_LATE_AFTER_CAUSE);
        }
        if (requestedOn.isAfter(agreementEndsOn.minusMonths(MONTHS_BEFORE_END))) {
            return Optional.of(Refusal.TOO_CLOSE_TO_END);
        }
        return Optional.empty();
    }
}
