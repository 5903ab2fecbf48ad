package kr.go.smartfactory.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.shared.domain.DomainException;

/** Outcomes from places, the objection window at its day edges, decisions taken again, objections filed and answered. */
class EvaluationResultTest {

    static final Instant T0 = Instant.parse("2026-12-01T06:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static Ranking.Place place(int rank, boolean shortlisted, Ranking.Decision decision) {
        return new Ranking.Place(1, rank, new BigDecimal("81.50"), List.of(), 3, shortlisted, decision);
    }

    @ParameterizedTest(name = "{0}, shortlisted {1} → {2}")
    @CsvSource({
        "SELECTED,true,SELECTED",
        "SELECTED,false,SELECTED",
        "OVER_BUDGET,true,RESERVE",
        "OVER_BUDGET,false,NOT_SELECTED",
        "RESERVE,true,RESERVE",
        "RESERVE,false,NOT_SELECTED"})
    void theOutcomeFollowsTheDecisionAndTheShortlist(Ranking.Decision decision, boolean shortlisted, Outcome outcome) {
        assertEquals(outcome, Outcome.of(place(1, shortlisted, decision)));
    }

    @ParameterizedTest(name = "{0} days: objections on {1}? {2}")
    @CsvSource({
        "7,2026-12-01,true",
        "7,2026-12-08,true",
        "7,2026-12-09,false",
        "0,2026-12-01,true",
        "0,2026-12-02,false"})
    void objectionsAreAcceptedUntilTheWindowsLastDayInclusive(int days, LocalDate day, boolean open) {
        EvaluationResult r = new EvaluationResult(1, 9, place(3, true, Ranking.Decision.RESERVE), "staff", T0, TODAY, days);
        assertEquals(open, r.acceptsObjection(day));
    }

    @Test
    void decidingAgainNotifiesOnlyAChangedOutcomeAndOpensANewWindow() {
        EvaluationResult r = new EvaluationResult(1, 9, place(3, true, Ranking.Decision.RESERVE), "staff", T0, TODAY, 7);
        assertFalse(r.decideAgain(place(4, true, Ranking.Decision.RESERVE), "staff2", T0.plusSeconds(60), TODAY.plusDays(2), 7));
        assertEquals(4, r.getRank());
        assertEquals(T0, r.getNotifiedAt());
        assertEquals(TODAY.plusDays(7), r.getObjectionUntil());
        assertTrue(r.decideAgain(place(1, true, Ranking.Decision.SELECTED), "staff2", T0.plusSeconds(120), TODAY.plusDays(3), 7));
        assertEquals(Outcome.SELECTED, r.getOutcome());
        assertEquals(T0.plusSeconds(120), r.getNotifiedAt());
        assertEquals(TODAY.plusDays(10), r.getObjectionUntil());
        assertEquals("staff2", r.getDecidedBy());
    }

    @Test
    void anObjectionNeedsAResultAnOpenWindowNoOtherPendingOneAndGrounds() {
        EvaluationResult r = new EvaluationResult(1, 9, place(4, false, Ranking.Decision.RESERVE), "staff", T0, TODAY, 7);
        assertEquals(List.of("objection.noResult"), keys(() -> Objection.file(null, null, false, "사유", "sme", T0, TODAY)));
        assertEquals(List.of("objection.closed"), keys(() -> Objection.file(null, r, false, "사유", "sme", T0, TODAY.plusDays(8))));
        assertEquals(List.of("objection.pending"), keys(() -> Objection.file(null, r, true, "사유", "sme", T0, TODAY)));
        assertEquals(List.of("objection.reason.required"), keys(() -> Objection.file(null, r, false, "  ", "sme", T0, TODAY)));
        assertEquals(List.of("objection.reason.required"), keys(() -> Objection.file(null, r, false, "가".repeat(4001), "sme", T0, TODAY)));
        Objection o = Objection.file(null, r, false, " 재검토 요청 ", "sme", T0, TODAY.plusDays(7));
        assertEquals("재검토 요청", o.getReason());
        assertTrue(o.isOpen());
    }

    @Test
    void anObjectionIsAnsweredOnceWithAWrittenAnswerAndReScoringOnlyWhenUpheld() {
        EvaluationResult r = new EvaluationResult(1, 9, place(4, false, Ranking.Decision.RESERVE), "staff", T0, TODAY, 7);
        Objection o = Objection.file(null, r, false, "사유", "sme", T0, TODAY);
        assertEquals(List.of("objection.rescore.dismissed"), keys(() -> o.answer(false, true, "기각", "staff", T0)));
        assertEquals(List.of("objection.answer.required"), keys(() -> o.answer(true, false, "", "staff", T0)));
        assertTrue(o.isOpen());
        o.answer(false, false, "평가 절차에 하자가 없습니다.", "staff", T0.plusSeconds(60));
        assertEquals(ObjectionStatus.DISMISSED, o.getStatus());
        assertFalse(o.isRescored());
        assertEquals(List.of("objection.answered"), keys(() -> o.answer(true, true, "인용", "staff", T0)));

        Objection upheld = Objection.file(null, r, false, "사유", "sme", T0, TODAY);
        upheld.answer(true, true, "재평가합니다.", "staff", T0);
        assertEquals(ObjectionStatus.UPHELD, upheld.getStatus());
        assertTrue(upheld.isRescored());
    }

    static List<String> keys(Runnable r) {
        return assertThrows(DomainException.class, r::run).getMessageKeys();
    }
}
