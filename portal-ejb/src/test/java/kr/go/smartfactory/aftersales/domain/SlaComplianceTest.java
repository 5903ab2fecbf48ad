package kr.go.smartfactory.aftersales.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.shared.domain.DomainException;

class SlaComplianceTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private static SlaCompliance.Entry group(long id, String name, YearMonth month, SlaState first, SlaState resolution, Integer rating) {
        return new SlaCompliance.Entry(HandlerKind.SUPPORT_GROUP, id, name, month, first, resolution, rating);
    }

    private static SlaCompliance.Entry supplier(long id, String name, YearMonth month, SlaState first, SlaState resolution, Integer rating) {
        return new SlaCompliance.Entry(HandlerKind.SUPPLIER, id, name, month, first, resolution, rating);
    }

    private final List<SlaCompliance.Entry> entries = List.of(
            group(1, "동남 AS 지원단", OCT, SlaState.MET, SlaState.MET, 5),
            group(1, "동남 AS 지원단", OCT, SlaState.MET, SlaState.MISSED, 2),
            group(1, "동남 AS 지원단", NOV, SlaState.OVERDUE, SlaState.OVERDUE, null),
            group(2, "대경 AS 지원단", NOV, SlaState.MET, SlaState.RUNNING, null),
            group(2, "대경 AS 지원단", NOV, SlaState.RUNNING, SlaState.PAUSED, null),
            supplier(7, "스마트솔루션(주)", NOV, SlaState.MISSED, SlaState.MET, 4),
            // a supplier with the same id as a group is another handler
            supplier(1, "가나시스템(주)", OCT, SlaState.MET, SlaState.MET, null));

    @Test
    void perHandlerGroupsComeFirstThenSuppliersEachByName() {
        List<SlaCompliance.Row> rows = SlaCompliance.rows(entries, SlaCompliance.By.HANDLER);
        assertEquals(List.of("대경 AS 지원단", "동남 AS 지원단", "가나시스템(주)", "스마트솔루션(주)"), rows.stream().map(SlaCompliance.Row::handler).toList());
        SlaCompliance.Row southEast = rows.get(1);
        assertEquals(3, southEast.requests());
        assertEquals(2, southEast.firstResponseMet());
        assertEquals(1, southEast.firstResponseMissed(), "an overdue first response counts as missed");
        assertEquals(1, southEast.resolutionMet());
        assertEquals(2, southEast.resolutionMissed());
        assertEquals(0, southEast.running());
        assertEquals(new BigDecimal("66.7"), southEast.firstResponseRate());
        assertEquals(new BigDecimal("33.3"), southEast.resolutionRate());
        assertEquals(new BigDecimal("3.5"), southEast.averageRating());
        SlaCompliance.Row daegyeong = rows.get(0);
        assertEquals(2, daegyeong.running(), "running and paused resolutions are not decided yet");
        assertNull(daegyeong.resolutionRate(), "nothing decided: no rate rather than 0%");
        assertNull(daegyeong.averageRating());
        assertEquals(new BigDecimal("100.0"), daegyeong.firstResponseRate());
    }

    @Test
    void perMonthInOrderAndTheTotalAddsUp() {
        List<SlaCompliance.Row> rows = SlaCompliance.rows(entries, SlaCompliance.By.MONTH);
        assertEquals(List.of(OCT, NOV), rows.stream().map(SlaCompliance.Row::month).toList());
        assertEquals(List.of(3, 4), rows.stream().map(SlaCompliance.Row::requests).toList());
        SlaCompliance.Row total = SlaCompliance.total(entries);
        assertEquals(7, total.requests());
        assertEquals(rows.stream().mapToInt(SlaCompliance.Row::resolutionMet).sum(), total.resolutionMet());
        assertEquals(new BigDecimal("60.0"), total.resolutionRate(), "3 met of 5 decided");
        assertEquals(new BigDecimal("3.7"), total.averageRating(), "11 / 3 rounded half up");
        assertEquals(0, SlaCompliance.total(List.of()).requests());
        assertNull(SlaCompliance.total(List.of()).firstResponseRate());
    }

    @ParameterizedTest(name = "{0} – {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "-,       -,       from:as.report.fromRequired to:as.report.toRequired",
            "2026-10, -,       to:as.report.toRequired",
            "2026-10, 2026-09, to:as.report.order",
            "2024-01, 2027-01, to:as.report.tooLong",
            "2024-01, 2026-12, ok",
            "2026-11, 2026-11, ok"})
    void aPeriodHasBothEndsInOrderAndAtMostThirtySixMonths(String from, String to, String expected) {
        YearMonth f = from == null ? null : YearMonth.parse(from);
        YearMonth t = to == null ? null : YearMonth.parse(to);
        if ("ok".equals(expected)) {
            SlaCompliance.checkPeriod(f, t);
            return;
        }
        DomainException refused = assertThrows(DomainException.class, () -> SlaCompliance.checkPeriod(f, t));
        assertEquals(expected, String.join(" ", refused.getProblems().stream().map(p -> p.field() + ":" + p.messageKey()).toList()));
    }
}
