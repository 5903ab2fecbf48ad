package kr.go.smartfactory.aftersales.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.go.smartfactory.shared.domain.DomainException;

/**
 * SLA compliance of the requests filed in a period, per handler (each support group and each supplier doing its
 * 하자보수) or per month: how many met their first-response and resolution targets, how many did not (a target already
 * past on an open request counts as missed: it cannot be met any more), how many are still running, and the average
 * satisfaction rating. Rates are percentages to one decimal, exact and rounded half up; none when nothing was decided.
 */
public final class SlaCompliance {

    /** The longest period one report covers. */
    public static final int MAX_MONTHS = 36;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SlaCompliance() {
    }

    /** How the report's rows are cut. */
    public enum By {
        HANDLER, MONTH
    }

    /** One request as the report counts it: who handles it, the month it was filed (KST), its targets, its rating. */
    public record Entry(HandlerKind handlerKind, long handlerId, String handlerName, YearMonth month, SlaState firstResponse,
            SlaState resolution, Integer rating) {
    }

    /** A row: a handler (with its kind) or a month (kind and handler null), or the total (all null). */
    public record Row(HandlerKind handlerKind, String handler, YearMonth month, int requests, int firstResponseMet,
            int firstResponseMissed, int resolutionMet, int resolutionMissed, int running, int ratings, int ratingSum) {

        /** Share of decided first responses made in time, percent to one decimal; null when none is decided. */
        public BigDecimal firstResponseRate() {
            return percent(firstResponseMet, firstResponseMet + firstResponseMissed);
        }

        /** Share of decided resolutions made in time, percent to one decimal; null when none is decided. */
        public BigDecimal resolutionRate() {
            return percent(resolutionMet, resolutionMet + resolutionMissed);
        }

        /** The average satisfaction rating (1–5) to one decimal; null when none was given. */
        public BigDecimal averageRating() {
            return ratings == 0 ? null : BigDecimal.valueOf(ratingSum).divide(BigDecimal.valueOf(ratings), 1, RoundingMode.HALF_UP);
        }

        Row plus(Entry e) {
            return new Row(handlerKind, handler, month, requests + 1,
                    firstResponseMet + (e.firstResponse() == SlaState.MET ? 1 : 0), firstResponseMissed + (missed(e.firstResponse()) ? 1 : 0),
                    resolutionMet + (e.resolution() == SlaState.MET ? 1 : 0), resolutionMissed + (missed(e.resolution()) ? 1 : 0),
                    running + (missed(e.resolution()) || e.resolution() == SlaState.MET ? 0 : 1),
                    ratings + (e.rating() == null ? 0 : 1), ratingSum + (e.rating() == null ? 0 : e.rating()));
        }
    }

    /** Refuses a period without both ends, ending before it starts, or longer than {@link #MAX_MONTHS}. */
    public static void checkPeriod(YearMonth from, YearMonth to) {
        DomainException.Collector problems = new DomainException.Collector();
        if (from == null) {
            problems.add("from", "as.report.fromRequired");
        }
        if (to == null) {
            problems.add("to", "as.report.toRequired");
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                problems.add("to", "as.report.order");
            } else if (from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
                problems.add("to", "as.report.tooLong");
            }
        }
        problems.throwIfAny();
    }

    /** The rows: handlers by kind (support groups first) then name, or months in order. */
    public static List<Row> rows(Collection<Entry> entries, By by) {
        Map<Object, Row> rows = new LinkedHashMap<>();
        for (Entry e : entries) {
            Object key = by == By.MONTH ? e.month() : List.of(e.handlerKind(), e.handlerId());
            rows.merge(key, (by == By.MONTH ? empty(null, null, e.month()) : empty(e.handlerKind(), e.handlerName(), null)).plus(e),
                    (a, b) -> a.plus(e));
        }
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort(by == By.MONTH ? Comparator.comparing(Row::month)
                : Comparator.comparing((Row r) -> r.handlerKind() == HandlerKind.SUPPORT_GROUP ? 0 : 1)
                        .thenComparing(Row::handler, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(sorted);
    }

    /** All entries in one row. */
    public static Row total(Collection<Entry> entries) {
        Row total = empty(null, null, null);
        for (Entry e : entries) {
            total = total.plus(e);
        }
        return total;
    }

    private static Row empty(HandlerKind kind, String handler, YearMonth month) {
        return new Row(kind, handler, month, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static boolean missed(SlaState state) {
        return state == SlaState.MISSED || state == SlaState.OVERDUE;
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
