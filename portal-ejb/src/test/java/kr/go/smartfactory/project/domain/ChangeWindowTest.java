package kr.go.smartfactory.project.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeWindowTest {

    @ParameterizedTest(name = "cause {0}, request {1}, end {2}: {3}")
    @CsvSource({
            "2026-03-01, 2026-03-16, 2026-12-31, OK",                    // the 15th day after the cause
            "2026-03-01, 2026-03-17, 2026-12-31, TOO_LATE_AFTER_CAUSE",  // the 16th
            "2026-03-01, 2026-03-01, 2026-12-31, OK",                    // the same day
            "2026-11-20, 2026-11-30, 2026-12-31, OK",                    // exactly one month before the end
            "2026-11-20, 2026-12-01, 2026-12-31, TOO_CLOSE_TO_END",      // one day less
            "2026-12-20, 2027-01-28, 2027-02-28, TOO_LATE_AFTER_CAUSE",  // late on both counts: the cause rule first
            "2027-01-20, 2027-01-28, 2027-02-28, OK",
            "2027-01-20, 2027-01-29, 2027-02-28, TOO_CLOSE_TO_END",
            "2026-03-20, 2026-03-10, 2026-12-31, INVALID_DATES",         // a cause after the request
            "2026-03-01, 2027-01-05, 2026-12-31, INVALID_DATES"})        // a request after the end
    void theWindowAtItsEdges(LocalDate cause, LocalDate request, LocalDate end, String outcome) {
        Optional<ChangeWindow.Refusal> refusal = ChangeWindow.check(cause, request, end);
        assertEquals(outcome, refusal.map(Enum::name).orElse("OK"));
    }
}
