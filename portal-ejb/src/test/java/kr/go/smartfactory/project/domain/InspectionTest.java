package kr.go.smartfactory.project.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.SmartLevel;

/** Inspections recorded with every problem at once, corrective actions answered, reopened and accepted, completion and closing. */
class InspectionTest {

    static final Instant NOW = ProjectTest.NOW;

    static Map<CheckItem, CheckItem.Result> all(CheckItem.Result r) {
        Map<CheckItem, CheckItem.Result> m = new EnumMap<>(CheckItem.class);
        for (CheckItem i : CheckItem.values()) {
            m.put(i, r);
        }
        return m;
    }

    static Project running() {
        return ProjectTest.concluded();
    }

    static LocalDate inBuild(Project p) {
        return p.getStartsOn().plusMonths(3);
    }

    static Inspection interim(Project p, Map<CheckItem, CheckItem.Result> results, List<Inspection.Action> actions) {
        LocalDate day = inBuild(p);
        return Inspection.record(p, InspectionKind.INTERIM, false, false, "staff", "김감리", day, results, Map.of(), "양호", actions, day, NOW);
    }

    static List<String> keys(Runnable r) {
        return assertThrows(DomainException.class, r::run).getMessageKeys();
    }

    @Test
    void everyProblemOfAnInspectionAtOnce() {
        Project p = running();
        LocalDate day = inBuild(p);
        Map<CheckItem, CheckItem.Result> partial = new EnumMap<>(all(CheckItem.Result.PASS));
        partial.remove(CheckItem.TRAINING);
        partial.put(CheckItem.DATA, CheckItem.Result.FAIL);
        DomainException e = assertThrows(DomainException.class, () -> Inspection.record(p, InspectionKind.INTERIM, false, false, "staff", null,
                day.plusDays(1), partial, Map.of(), null, List.of(), day, NOW));
        assertEquals(List.of("inspection.date", "inspection.checks.incomplete", "inspection.fail.needsAction"), e.getMessageKeys());
        assertEquals(List.of("inspection.action.dueOn"), keys(() -> Inspection.record(p, InspectionKind.INTERIM, false, false, "staff", null,
                day, all(CheckItem.Result.FAIL), Map.of(), null, List.of(new Inspection.Action("데이터 연동 보완", day.minusDays(1))), day, NOW)));
        assertEquals(List.of("inspection.interimFirst"), keys(() -> Inspection.record(p, InspectionKind.FINAL, false, false, "staff", null,
                day, all(CheckItem.Result.PASS), Map.of(), null, List.of(), day, NOW)));
        assertEquals(List.of("inspection.open"), keys(() -> Inspection.record(p, InspectionKind.INTERIM, false, true, "staff", null,
                day, all(CheckItem.Result.PASS), Map.of(), null, List.of(), day, NOW)));
        assertEquals(List.of("inspection.notConcluded"), keys(() -> Inspection.record(ProjectTest.drafted(6), InspectionKind.INTERIM, false,
                false, "staff", null, day, all(CheckItem.Result.PASS), Map.of(), null, List.of(), day, NOW)));
    }

    @Test
    void aCorrectiveActionIsAnsweredReopenedAnsweredAgainAndAcceptedBeforeCompletion() {
        Project p = running();
        LocalDate day = inBuild(p);
        Map<CheckItem, CheckItem.Result> results = all(CheckItem.Result.PASS);
        results.put(CheckItem.DATA, CheckItem.Result.FAIL);
        Inspection i = interim(p, results, List.of(new Inspection.Action("설비 PLC 데이터 수집 누락 보완", day.plusDays(14))));
        assertEquals(List.of("inspection.actions.pending"), keys(() -> i.complete(null, SmartLevel.NONE, NOW)));
        assertEquals(List.of("inspection.action.notAnswered"), keys(() -> i.accept(0, NOW)));
        assertEquals(List.of("inspection.answer.required"), keys(() -> i.answer(0, " ", "supplier", NOW)));
        i.answer(0, "PLC 게이트웨이 추가 설치", "supplier", NOW);
        assertEquals(List.of("inspection.action.notOpen"), keys(() -> i.answer(0, "다시", "supplier", NOW)));
        assertEquals(List.of("inspection.reopen.note"), keys(() -> i.reopen(0, "", NOW)));
        i.reopen(0, "2호기 데이터가 아직 없음", NOW);
        assertEquals(CorrectiveAction.Status.OPEN, i.getActions().get(0).getStatus());
        assertTrue(i.getActions().get(0).isOverdue(day.plusDays(15)));
        i.answer(0, "2호기 포함 수집 확인", "supplier", NOW);
        i.accept(0, NOW);
        i.complete(null, SmartLevel.NONE, NOW);
        assertEquals(Inspection.Status.COMPLETED, i.getStatus());
        assertNull(i.getLevelReached(), "an interim inspection records no level");
        assertEquals(List.of("inspection.completed"), keys(() -> i.answer(0, "x", "supplier", NOW)));
    }

    @Test
    void theFinalInspectionRecordsTheLevelAndTheProjectClosesWithItsAfterServicePeriod() {
        Project p = running();
        LocalDate day = inBuild(p).plusMonths(2);
        Inspection fin = Inspection.record(p, InspectionKind.FINAL, true, false, "staff", null, day, all(CheckItem.Result.PASS), Map.of(),
                null, List.of(), day, NOW);
        assertEquals(List.of("levelReached"), assertThrows(DomainException.class, () -> fin.complete(null, SmartLevel.NONE, NOW)).getProblems()
                .stream().map(DomainException.Problem::field).toList());
        assertEquals(List.of("inspection.level"), keys(() -> fin.complete(SmartLevel.NONE, SmartLevel.BASIC, NOW)));
        fin.complete(SmartLevel.BASIC, SmartLevel.NONE, NOW);
        assertEquals(SmartLevel.BASIC, fin.getLevelReached());
        p.close(SmartLevel.BASIC, day, NOW);
        assertEquals(ProjectStatus.COMPLETED, p.getStatus());
        assertEquals(day.plusMonths(6).minusDays(1), p.getAsEndsOn(), "six months of intensive after-service from completion");
        assertEquals(day, p.getMilestones().get(2).getDoneOn());
        assertEquals(List.of("project.close.notConcluded"), keys(() -> p.close(SmartLevel.BASIC, day, NOW)));
    }

    @Test
    void evidenceIsKeptWhileTheInspectionIsOpenUpToTwentyFiles() {
        Project p = running();
        Inspection i = interim(p, all(CheckItem.Result.PASS), List.of());
        for (int n = 0; n < Inspection.MAX_EVIDENCE; n++) {
            i.addEvidence(100 + n, "사진" + n + ".jpg", "staff", NOW);
        }
        assertTrue(i.holds(100));
        assertEquals(List.of("inspection.evidence.tooMany"), keys(() -> i.addEvidence(999, "x.jpg", "staff", NOW)));
        Inspection done = interim(running(), all(CheckItem.Result.PASS), List.of());
        done.complete(null, SmartLevel.NONE, NOW);
        assertEquals(List.of("inspection.completed"), keys(() -> done.addEvidence(1, "late.jpg", "staff", NOW)));
    }

    @Test
    void aSurveyIsAnsweredOnceWithAScoreFromOneToFive() {
        SatisfactionSurvey s = new SatisfactionSurvey(7, NOW);
        assertEquals(List.of("profile.rating.range"), keys(() -> s.answer(6, null, "sme", NOW)));
        assertEquals(List.of("profile.rating.range"), keys(() -> s.answer(0, null, "sme", NOW)));
        assertEquals(List.of("profile.rating.range"), keys(() -> s.answer(null, null, "sme", NOW)));
        s.answer(5, " 친절하고 빠른 구축 ", "sme", NOW);
        assertEquals("친절하고 빠른 구축", s.getComment());
        assertEquals(List.of("survey.answered"), keys(() -> s.answer(4, null, "sme", NOW)));
    }
}
