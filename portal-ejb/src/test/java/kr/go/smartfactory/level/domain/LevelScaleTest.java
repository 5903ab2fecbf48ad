package kr.go.smartfactory.level.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.SmartLevel;

/** The self-diagnosis scale: totals on 1,000 points cut downwards, levels at their cut-offs, areas, completion. */
class LevelScaleTest {

    static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

    /** Two questions per area; in each area the first weighs 1, the second 3 (16 points possible per area). */
    static List<DiagnosisItem> items() {
        List<DiagnosisItem> items = new ArrayList<>();
        for (LevelArea area : LevelArea.values()) {
            items.add(new DiagnosisItem(area.name().substring(0, 2) + "-1", area, "질문 1", "Question 1", 1, 1));
            items.add(new DiagnosisItem(area.name().substring(0, 2) + "-3", area, "질문 2", "Question 2", 3, 2));
        }
        return items;
    }

    static List<LevelCutoff> cutoffs() {
        return List.of(new LevelCutoff(SmartLevel.NONE, 0), new LevelCutoff(SmartLevel.BASIC, 550),
                new LevelCutoff(SmartLevel.INTERMEDIATE_1, 650), new LevelCutoff(SmartLevel.INTERMEDIATE_2, 750),
                new LevelCutoff(SmartLevel.ADVANCED, 850));
    }

    static LevelScale scale() {
        return new LevelScale(items(), cutoffs());
    }

    /** Every question answered with {@code light} (weight 1) and {@code heavy} (weight 3). */
    static Map<String, Integer> everywhere(int light, int heavy) {
        Map<String, Integer> answers = new HashMap<>();
        for (DiagnosisItem item : items()) {
            answers.put(item.getCode(), item.getWeight() == 1 ? light : heavy);
        }
        return answers;
    }

    @ParameterizedTest(name = "answers {0}/{1} everywhere: {2} points, {3}")
    @CsvSource({
            "0, 0, 0, NONE",
            "4, 4, 1000, ADVANCED",
            "2, 2, 500, NONE",
            "1, 3, 625, BASIC",         // (1 + 9) / 16 = 625
            "3, 3, 750, INTERMEDIATE_2", // exactly the cut-off
            "2, 3, 687, INTERMEDIATE_1", // (2 + 9) / 16 = 687.5, cut downwards
            "4, 3, 812, INTERMEDIATE_2", // 812.5
            "3, 4, 937, ADVANCED"})      // 937.5
    void theTotalIsCutDownwardsAndTheLevelIsTheHighestCutOffReached(int light, int heavy, int total, SmartLevel level) {
        DiagnosisResult result = scale().score(everywhere(light, heavy));
        assertEquals(total, result.total());
        assertEquals(level, result.level());
        assertTrue(result.complete());
    }

    @Test
    void theGapToTheNextLevelAndTheAreasBelowIt() {
        Map<String, Integer> answers = everywhere(3, 3);
        answers.put("FI-3", 2); // 현장자동화: (3 + 6) / 16 = 562
        DiagnosisResult result = scale().score(answers);
        assertEquals(712, result.total(), "(5 × 12 − 3) / 80");
        assertEquals(SmartLevel.INTERMEDIATE_1, result.level());
        assertEquals(SmartLevel.INTERMEDIATE_2, result.next());
        assertEquals(38, result.gapToNext());
        assertEquals(562, result.areas().get(LevelArea.FIELD_AUTOMATION));
        assertEquals(List.of(LevelArea.FIELD_AUTOMATION), result.areasBelowNext());

        DiagnosisResult top = scale().score(everywhere(4, 4));
        assertNull(top.next());
        assertEquals(0, top.gapToNext());
        assertEquals(List.of(), top.areasBelowNext());
    }

    @Test
    void unansweredQuestionsCountZeroAndLeaveTheDiagnosisIncomplete() {
        Map<String, Integer> half = new HashMap<>();
        half.put("FI-3", 4);
        DiagnosisResult result = scale().score(half);
        assertEquals(150, result.total(), "12 of 80 weighted points");
        assertEquals(1, result.answered());
        assertEquals(10, result.questions());
        assertFalse(result.complete());
    }

    @Test
    void retiredQuestionsAreNotAskedOrCounted() {
        List<DiagnosisItem> items = items();
        items.get(0).retire();
        LevelScale scale = new LevelScale(items, cutoffs());
        assertEquals(9, scale.items().size());
        Map<String, Integer> answers = everywhere(4, 4);
        answers.put(items.get(0).getCode(), 0);
        assertEquals(1000, scale.score(answers).total(), "the retired question's answer does not count");
    }

    @Test
    void cutOffsMustRiseWithTheLevelsAndAnswersStayOnTheScale() {
        List<LevelCutoff> crossed = new ArrayList<>(cutoffs());
        crossed.set(2, new LevelCutoff(SmartLevel.INTERMEDIATE_1, 500));
        assertEquals(List.of("diagnosis.cutoff.order"),
                assertThrows(DomainException.class, () -> new LevelScale(items(), crossed)).getMessageKeys());
        assertThrows(DomainException.class, () -> new LevelCutoff(SmartLevel.NONE, 10), "ICT 미적용 starts at 0");
        assertThrows(DomainException.class, () -> new LevelCutoff(SmartLevel.BASIC, 1001));
        Map<String, Integer> wrong = everywhere(4, 4);
        wrong.put("FI-1", 5);
        assertThrows(DomainException.class, () -> scale().score(wrong));
        assertThrows(DomainException.class, () -> new DiagnosisItem("X-1", LevelArea.SUPPLY_CHAIN, "질문", "Question", 11, 1));
    }

    static Company company(CompanyKind kind) {
        return new Company(BusinessRegistrationNumber.of("2208162517"), "(주)한빛정밀", "김한빛", "창원", Region.GYEONGNAM,
                new IndustryCode("30", "자동차 및 트레일러 제조업", "Motor vehicles", 30), kind, NOW);
    }

    @Test
    void aDiagnosisIsSavedAsItGoesCompletedOnceEverythingIsAnsweredAndReopenedByAChange() {
        SelfDiagnosis diagnosis = SelfDiagnosis.startedBy(company(CompanyKind.SME), NOW);
        List<DiagnosisItem> items = items();
        for (DiagnosisItem item : items.subList(0, 9)) {
            diagnosis.answer(item, 3, NOW);
        }
        assertEquals(List.of("diagnosis.incomplete"),
                assertThrows(DomainException.class, () -> diagnosis.complete(scale(), NOW)).getMessageKeys());
        diagnosis.answer(items.get(9), 3, NOW.plusSeconds(60));
        DiagnosisResult result = diagnosis.complete(scale(), NOW.plusSeconds(120));
        assertEquals(SmartLevel.INTERMEDIATE_2, diagnosis.getResultLevel());
        assertEquals(750, diagnosis.getResultScore());
        assertEquals(result.total(), diagnosis.getResultScore());

        diagnosis.answer(items.get(9), 3, NOW.plusSeconds(180));
        assertTrue(diagnosis.isCompleted(), "the same answer again changes nothing");
        diagnosis.answer(items.get(9), 1, NOW.plusSeconds(240));
        assertFalse(diagnosis.isCompleted(), "a changed answer reopens the diagnosis");
        assertNull(diagnosis.getResultLevel());
    }

    @Test
    void onlySmesDiagnoseAndOnlyActiveQuestionsTakeAnswers() {
        assertThrows(DomainException.class, () -> SelfDiagnosis.startedBy(company(CompanyKind.SUPPLIER), NOW));
        DiagnosisItem retired = items().get(0);
        retired.retire();
        SelfDiagnosis diagnosis = SelfDiagnosis.startedBy(company(CompanyKind.SME), NOW);
        assertThrows(DomainException.class, () -> diagnosis.answer(retired, 2, NOW));
        assertThrows(DomainException.class, () -> diagnosis.answer(items().get(1), -1, NOW));
    }
}
