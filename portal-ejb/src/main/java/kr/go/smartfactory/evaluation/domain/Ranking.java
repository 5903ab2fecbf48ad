package kr.go.smartfactory.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kr.go.smartfactory.program.domain.TieBreak;
import kr.go.smartfactory.shared.domain.Money;

/**
 * The evaluation's arithmetic, as one pure function of the scores: each application's score (the evaluators'
 * rubric totals averaged — dropping the single highest and lowest total when five or more evaluators scored — plus
 * their bonus points averaged over the same evaluators), the ranking with the announcement's tie-break, the
 * shortlist (the quota × the shortlist factor, rounded up) and the selection in rank order within the quota and the
 * budget (an application whose grant no longer fits the remaining budget is passed over and the next one tried).
 * Applications that no evaluator has scored are left out and named.
 */
public final class Ranking {

    public static final int DROP_EXTREMES_FROM = 5;
    private static final int SCALE = 4;

    private Ranking() {
    }

    /** One application with its submitted scorecards, as the ranking needs it. */
    public record Entry(long applicationId, Instant submittedAt, Money grant, List<Scorecard> scorecards) {
        public Entry {
            scorecards = scorecards == null ? List.of() : List.copyOf(scorecards);
        }
    }

    /** Where one application ended up. */
    public record Place(long applicationId, int rank, BigDecimal score, List<BigDecimal> criterionAverages, int evaluators,
            boolean shortlisted, Decision decision) {
    }

    public enum Decision {
        /** 선정. */
        SELECTED,
        /** Within the quota's reach but its grant does not fit the remaining budget. */
        OVER_BUDGET,
        /** 예비: ranked after the quota was filled. */
        RESERVE
    }

    public record Result(List<Place> places, List<Long> unscored, Money committed) {
    }

    public static Result rank(List<Entry> entries, List<Integer> weights, TieBreak tieBreak, int quota, BigDecimal shortlistFactor,
            Money budget) {
        List<Scored> scored = new ArrayList<>();
        List<Long> unscored = new ArrayList<>();
        for (Entry e : entries) {
            if (e.scorecards().isEmpty()) {
                unscored.add(e.applicationId());
            } else {
                scored.add(score(e, weights));
            }
        }
        scored.sort(order(tieBreak));
        int shortlist = shortlistFactor.multiply(BigDecimal.valueOf(quota)).setScale(0, RoundingMode.CEILING).intValue();
        List<Place> places = new ArrayList<>();
        Money remaining = budget;
        int selected = 0;
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            Decision decision;
            if (selected >= quota) {
                decision = Decision.RESERVE;
            } else if (s.entry.grant().isGreaterThan(remaining)) {
                decision = Decision.OVER_BUDGET;
            } else {
                decision = Decision.SELECTED;
                selected++;
                remaining = remaining.minus(s.entry.grant());
            }
            places.add(new Place(s.entry.applicationId(), i + 1, s.score.setScale(2, RoundingMode.HALF_UP), s.criteria, s.kept,
                    i < shortlist, decision));
        }
        return new Result(places, unscored, budget.minus(remaining));
    }

    private record Scored(Entry entry, BigDecimal score, List<BigDecimal> criteria, int kept) {
    }

    /** The average over the kept scorecards: all of them, or without one highest and one lowest total from five on. */
    static Scored score(Entry e, List<Integer> weights) {
        List<Scorecard> cards = new ArrayList<>(e.scorecards());
        if (cards.size() >= DROP_EXTREMES_FROM) {
            cards.sort(Comparator.comparing(c -> c.rubricTotal(weights)));
            cards = cards.subList(1, cards.size() - 1);
        }
        BigDecimal n = BigDecimal.valueOf(cards.size());
        BigDecimal rubric = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        List<BigDecimal> criteria = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            criteria.add(BigDecimal.ZERO);
        }
        for (Scorecard c : cards) {
            rubric = rubric.add(c.rubricTotal(weights));
            bonus = bonus.add(BigDecimal.valueOf(c.bonusTotal()));
            List<BigDecimal> points = c.criterionPoints(weights);
            for (int i = 0; i < points.size(); i++) {
                criteria.set(i, criteria.get(i).add(points.get(i)));
            }
        }
        List<BigDecimal> averages = criteria.stream().map(p -> p.divide(n, SCALE, RoundingMode.HALF_UP)).toList();
        BigDecimal score = rubric.add(bonus).divide(n, SCALE, RoundingMode.HALF_UP);
        return new Scored(e, score, averages, cards.size());
    }

    private static Comparator<Scored> order(TieBreak tieBreak) {
        Comparator<Scored> byScore = Comparator.comparing(Scored::score).reversed();
        Comparator<Scored> earlier = Comparator.comparing((Scored s) -> s.entry.submittedAt());
        Comparator<Scored> then = tieBreak == TieBreak.CRITERIA_IN_ORDER ? Ranking::byCriteria : (a, b) -> 0;
        return byScore.thenComparing(then).thenComparing(earlier).thenComparing(s -> s.entry.applicationId());
    }

    /** The higher average on the first criterion, then on the next. */
    private static int byCriteria(Scored a, Scored b) {
        for (int i = 0; i < a.criteria.size() && i < b.criteria.size(); i++) {
            int c = b.criteria.get(i).compareTo(a.criteria.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
