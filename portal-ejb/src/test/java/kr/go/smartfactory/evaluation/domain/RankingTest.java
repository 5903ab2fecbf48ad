package kr.go.smartfactory.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.program.domain.TieBreak;
import kr.go.smartfactory.shared.domain.Money;

class RankingTest {

    /** 구축 필요성 40, 구축 목표의 적절성 30, 도입기업 역량 30. */
    static final List<Integer> WEIGHTS = List.of(40, 30, 30);
    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    static Scorecard card(Grade a, Grade b, Grade c, int bonus) {
        return new Scorecard(List.of(a, b, c), List.of(bonus), null);
    }

    static Scorecard all(Grade g) {
        return card(g, g, g, 0);
    }

    static Ranking.Entry entry(long id, int minutes, long grant, Scorecard... cards) {
        return new Ranking.Entry(id, T0.plusSeconds(60L * minutes), Money.won(grant), List.of(cards));
    }

    static Ranking.Result rank(List<Ranking.Entry> entries, TieBreak tieBreak, int quota, long budget) {
        return Ranking.rank(entries, WEIGHTS, tieBreak, quota, new BigDecimal("1.5"), Money.won(budget));
    }

    @ParameterizedTest(name = "{0}: {1} points on a criterion of weight {2}")
    @CsvSource({"EXCELLENT, 40.00, 40", "GOOD, 32.00, 40", "FAIR, 18.00, 30", "POOR, 12.00, 30", "FAILING, 6.00, 30", "GOOD, 0.80, 1"})
    void gradesEarnTheirShareOfTheWeightExactly(Grade grade, BigDecimal points, int weight) {
        assertEquals(points, grade.points(weight));
    }

    @Test
    void withFourEvaluatorsEveryCardCountsFromFiveTheHighestAndLowestAreDropped() {
        // totals: 100, 80, 60, 60 → 75.00 with four; adding a 20 drops 100 and 20 → (80 + 60 + 60) / 3 = 66.67
        Ranking.Entry four = entry(1, 0, 1, all(Grade.EXCELLENT), all(Grade.GOOD), all(Grade.FAIR), all(Grade.FAIR));
        Ranking.Entry five = entry(2, 0, 1, all(Grade.EXCELLENT), all(Grade.GOOD), all(Grade.FAIR), all(Grade.FAIR), all(Grade.FAILING));
        Ranking.Result r = rank(List.of(four, five), TieBreak.EARLIER_SUBMISSION, 10, 100);
        assertEquals(new BigDecimal("75.00"), place(r, 1).score());
        assertEquals(4, place(r, 1).evaluators());
        assertEquals(new BigDecimal("66.67"), place(r, 2).score());
        assertEquals(3, place(r, 2).evaluators(), "five cards, the extremes dropped");
    }

    @Test
    void bonusPointsAreAveragedOverTheSameEvaluators() {
        Ranking.Entry e = entry(1, 0, 1, card(Grade.GOOD, Grade.GOOD, Grade.GOOD, 2), card(Grade.GOOD, Grade.GOOD, Grade.GOOD, 1));
        assertEquals(new BigDecimal("81.50"), rank(List.of(e), TieBreak.EARLIER_SUBMISSION, 1, 10).places().get(0).score());
    }

    @Test
    void tiesAreBrokenByTheFirstCriterionThenTheNextThenTheEarlierSubmission() {
        // both 76: A has 40+18+18 (필요성 탁월), B has 32+24+20... built from grades: B = GOOD, GOOD, GOOD(24)? keep equal totals
        Ranking.Entry a = entry(1, 10, 1, card(Grade.EXCELLENT, Grade.FAIR, Grade.FAIR, 0));   // 40 + 18 + 18 = 76
        Ranking.Entry b = entry(2, 0, 1, card(Grade.GOOD, Grade.GOOD, Grade.FAIR, 2));         // 32 + 24 + 18 + 2 = 76
        Ranking.Entry c = entry(3, 5, 1, card(Grade.GOOD, Grade.GOOD, Grade.FAIR, 2));         // the same as b, later
        Ranking.Result byCriteria = rank(List.of(c, b, a), TieBreak.CRITERIA_IN_ORDER, 3, 100);
        assertEquals(List.of(1L, 2L, 3L), ids(byCriteria), "필요성 first, then the earlier of two identical cards");
        Ranking.Result byTime = rank(List.of(c, b, a), TieBreak.EARLIER_SUBMISSION, 3, 100);
        assertEquals(List.of(2L, 3L, 1L), ids(byTime));
    }

    @Test
    void selectionFillsTheQuotaInRankOrderWithinTheBudgetAndTheShortlistIsOneAndAHalfTimesTheQuota() {
        List<Ranking.Entry> entries = new ArrayList<>();
        Grade[] grades = {Grade.EXCELLENT, Grade.GOOD, Grade.GOOD, Grade.FAIR, Grade.FAIR, Grade.POOR, Grade.FAILING};
        long[] grants = {50, 50, 60, 40, 30, 50, 10};
        for (int i = 0; i < grades.length; i++) {
            entries.add(entry(i + 1, i, grants[i], all(grades[i])));
        }
        // quota 4, budget 170: 1 (50) 2 (50) 3 (60 → 160) 4 (40 > 10 left: over budget) 5 (30 > 10: over) 6 (50: over) 7 (10: selected)
        Ranking.Result r = rank(entries, TieBreak.EARLIER_SUBMISSION, 4, 170);
        assertEquals(List.of(Ranking.Decision.SELECTED, Ranking.Decision.SELECTED, Ranking.Decision.SELECTED,
                Ranking.Decision.OVER_BUDGET, Ranking.Decision.OVER_BUDGET, Ranking.Decision.OVER_BUDGET, Ranking.Decision.SELECTED),
                r.places().stream().map(Ranking.Place::decision).toList());
        assertEquals(Money.won(170), r.committed(), "the budget exactly used");
        assertEquals(List.of(true, true, true, true, true, true, false), r.places().stream().map(Ranking.Place::shortlisted).toList(),
                "4 × 1.5 = 6 shortlisted");
    }

    @ParameterizedTest(name = "quota {0} × {1} → shortlist {2}")
    @CsvSource({"4, 1.5, 6", "5, 1.5, 8", "1, 1.5, 2", "3, 1.0, 3", "7, 1.25, 9"})
    void theShortlistRoundsUp(int quota, BigDecimal factor, int shortlisted) {
        List<Ranking.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            entries.add(entry(i + 1, i, 1, all(Grade.GOOD)));
        }
        Ranking.Result r = Ranking.rank(entries, WEIGHTS, TieBreak.EARLIER_SUBMISSION, quota, factor, Money.won(1_000));
        assertEquals(shortlisted, r.places().stream().filter(Ranking.Place::shortlisted).count());
        assertEquals(quota, r.places().stream().filter(p -> p.decision() == Ranking.Decision.SELECTED).count());
        assertTrue(r.places().stream().skip(quota).allMatch(p -> p.decision() == Ranking.Decision.RESERVE));
    }

    @Test
    void applicationsNobodyScoredAreLeftOutAndNamed() {
        Ranking.Result r = rank(List.of(entry(1, 0, 1, all(Grade.GOOD)), entry(2, 0, 1)), TieBreak.EARLIER_SUBMISSION, 2, 10);
        assertEquals(List.of(2L), r.unscored());
        assertEquals(1, r.places().size());
    }

    @Test
    void aScorecardMustGradeEveryCriterionAndKeepBonusWithinItsMaximum() {
        Scorecard partial = new Scorecard(java.util.Arrays.asList(Grade.GOOD, null, Grade.FAIR), List.of(3), "x");
        assertEquals(List.of("score.grades.incomplete", "score.bonus.range"),
                partial.problems(WEIGHTS, List.of(2)).stream().map(kr.go.smartfactory.shared.domain.DomainException.Problem::messageKey).toList());
        assertTrue(card(Grade.GOOD, Grade.GOOD, Grade.GOOD, 2).problems(WEIGHTS, List.of(2)).isEmpty());
    }

    static Ranking.Place place(Ranking.Result r, long id) {
        return r.places().stream().filter(p -> p.applicationId() == id).findFirst().orElseThrow();
    }

    static List<Long> ids(Ranking.Result r) {
        return r.places().stream().map(Ranking.Place::applicationId).toList();
    }
}
