package kr.go.smartfactory.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.shared.domain.DomainException;

/** An assignment's life: the conflict refusal, the signed declaration, the sealed card saved and submitted once, re-scoring. */
class EvaluationAssignmentTest {

    static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");
    static final List<Integer> WEIGHTS = List.of(40, 30, 30);
    static final List<Integer> BONUS = List.of(3, 2);

    static EvaluationAssignment assigned() {
        return EvaluationAssignment.assign(null, null, List.of(), "staff@x", T0);
    }

    static EvaluationAssignment declared() {
        EvaluationAssignment a = assigned();
        a.declare("한평가", "한평가", false, null, T0);
        return a;
    }

    static Scorecard card(Grade... grades) {
        return new Scorecard(Arrays.asList(grades), List.of(1, 0), "의견");
    }

    static List<String> keys(Runnable r) {
        return assertThrows(DomainException.class, r::run).getMessageKeys();
    }

    @Test
    void tiesRefuseTheAssignmentWithOneMessagePerKind() {
        List<Tie> ties = List.of(new Tie(Tie.Kind.EMPLOYMENT, "1", LocalDate.of(2025, 1, 1)), new Tie(Tie.Kind.EMPLOYMENT, "2", null),
                new Tie(Tie.Kind.JOINT_PROJECT, "2", null));
        assertEquals(List.of("evaluation.conflict.EMPLOYMENT", "evaluation.conflict.JOINT_PROJECT"),
                keys(() -> EvaluationAssignment.assign(null, null, ties, "staff@x", T0)));
        assertEquals(AssignmentStatus.ASSIGNED, assigned().getStatus());
    }

    @ParameterizedTest(name = "signed \"{0}\" by {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "한평가|한평가|true",
        "' 한 평가 '|한평가|true",
        "한평가 |한 평가|true",
        "홍길동|한평가|false",
        "''|한평가|false",
        "한평|한평가|false"})
    void theSignatureIsTheAccountHoldersOwnName(String signature, String accountName, boolean accepted) {
        EvaluationAssignment a = assigned();
        if (accepted) {
            a.declare(signature, accountName, false, null, T0);
            assertEquals(AssignmentStatus.DECLARED, a.getStatus());
            assertEquals(T0, a.getDeclaredAt());
        } else {
            assertEquals(List.of("evaluation.declaration.signature"), keys(() -> a.declare(signature, accountName, false, null, T0)));
            assertEquals(AssignmentStatus.ASSIGNED, a.getStatus());
        }
    }

    @Test
    void declaringATieRecusesAndNeedsItsDescription() {
        EvaluationAssignment a = assigned();
        assertEquals(List.of("evaluation.declaration.tieNote"), keys(() -> a.declare("한평가", "한평가", true, " ", T0)));
        a.declare("한평가", "한평가", true, "신청기업 대표와 친족", T0);
        assertEquals(AssignmentStatus.RECUSED, a.getStatus());
        assertEquals("신청기업 대표와 친족", a.getRecusalReason());
        assertFalse(a.isPending());
        assertEquals(List.of("evaluation.recused"), keys(() -> a.save(card(Grade.GOOD), T0)));
        assertEquals(List.of("evaluation.declaration.done"), keys(() -> a.declare("한평가", "한평가", false, null, T0)));
    }

    @Test
    void nothingIsScoredBeforeTheDeclaration() {
        EvaluationAssignment a = assigned();
        assertEquals(List.of("evaluation.declaration.required"), keys(() -> a.save(card(Grade.GOOD), T0)));
        assertEquals(List.of("evaluation.declaration.required"),
                keys(() -> a.submit(card(Grade.GOOD, Grade.GOOD, Grade.GOOD), WEIGHTS, BONUS, T0)));
    }

    @Test
    void aCardIsSavedWithGapsAndReadBackAsSaved() {
        EvaluationAssignment a = declared();
        a.save(new Scorecard(Arrays.asList(Grade.EXCELLENT, null, Grade.POOR), Arrays.asList(2, null), " 초안 "), T0.plusSeconds(60));
        Scorecard back = a.scorecard();
        assertEquals(Arrays.asList(Grade.EXCELLENT, null, Grade.POOR), back.grades());
        assertEquals(Arrays.asList(2, null), back.bonus());
        assertEquals("초안", back.comment());
        assertEquals(AssignmentStatus.DECLARED, a.getStatus());
        assertTrue(a.isPending());
        assertNull(a.getSubmittedAt());
    }

    @Test
    void anEmptyAssignmentHasAnEmptyCard() {
        Scorecard card = assigned().scorecard();
        assertTrue(card.grades().isEmpty());
        assertTrue(card.bonus().isEmpty());
        assertNull(card.comment());
    }

    @Test
    void anIncompleteOrOutOfRangeCardIsRefusedAndKeepsWhatWasSaved() {
        EvaluationAssignment a = declared();
        a.save(card(Grade.GOOD), T0);
        assertEquals(List.of("score.grades.incomplete"), keys(() -> a.submit(card(Grade.GOOD, Grade.GOOD), WEIGHTS, BONUS, T0)));
        assertEquals(List.of("score.bonus.range"), keys(() -> a.submit(new Scorecard(List.of(Grade.GOOD, Grade.GOOD, Grade.GOOD),
                List.of(4, 0), null), WEIGHTS, BONUS, T0)));
        assertEquals(List.of(Grade.GOOD), a.scorecard().grades());
        assertEquals(AssignmentStatus.DECLARED, a.getStatus());
    }

    @Test
    void aSubmittedCardIsFinalUntilAnObjectionReopensIt() {
        EvaluationAssignment a = declared();
        a.submit(card(Grade.EXCELLENT, Grade.GOOD, Grade.FAIR), WEIGHTS, BONUS, T0);
        assertTrue(a.isSubmitted());
        assertEquals(T0, a.getSubmittedAt());
        assertEquals(List.of("evaluation.submitted.already"),
                keys(() -> a.submit(card(Grade.EXCELLENT, Grade.EXCELLENT, Grade.EXCELLENT), WEIGHTS, BONUS, T0)));
        assertEquals(List.of("evaluation.submitted.already"), keys(() -> a.save(card(Grade.FAILING), T0)));
        assertEquals(List.of("evaluation.remove.submitted"), keys(a::checkRemovable));

        assertEquals(List.of("objection.answer.required"), keys(() -> a.reopen(" ", T0)));
        a.reopen("시범 운영 실적 재검토", T0.plusSeconds(3600));
        assertEquals(AssignmentStatus.DECLARED, a.getStatus());
        assertEquals(1, a.getRescoreCount());
        assertNull(a.getSubmittedAt());
        assertEquals(List.of(Grade.EXCELLENT, Grade.GOOD, Grade.FAIR), a.scorecard().grades(), "the earlier card is the starting point");
        a.submit(card(Grade.EXCELLENT, Grade.EXCELLENT, Grade.FAIR), WEIGHTS, BONUS, T0.plusSeconds(7200));
        assertTrue(a.isSubmitted());
        assertEquals(List.of("evaluation.reopen.notSubmitted"), keys(() -> declared().reopen("사유", T0)));
    }
}
