package kr.go.smartfactory.aftersales.domain;

import static kr.go.smartfactory.aftersales.domain.AsRequestTest.HANDLER;
import static kr.go.smartfactory.aftersales.domain.AsRequestTest.filed;
import static kr.go.smartfactory.aftersales.domain.AsRequestTest.refused;
import static kr.go.smartfactory.aftersales.domain.SlaClockTest.kst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.go.smartfactory.shared.domain.DomainException;

/** Publishing a resolved request to the knowledge base: only resolved, every text given, nobody named. */
class KnowledgeCaseTest {

    private static final Instant NOW = kst("2026-12-01T10:00");
    private static final CaseAnonymizer ANONYMIZER = new CaseAnonymizer(List.of("(주)한빛정밀"), List.of("박제조"));

    private static AsRequest resolved() {
        AsRequest r = filed();
        r.post(HANDLER, false, false, "패치를 적용했습니다.", kst("2026-11-30T10:00"));
        r.moveTo(AsStatus.COMPLETED, kst("2026-11-30T11:00"));
        return r;
    }

    @Test
    void aCompletedOrRatedRequestIsPublishedInTheWordsStaffChecked() {
        AsRequest r = resolved();
        KnowledgeCase c = KnowledgeCase.publish(r, " 입고 스캔 오류 ", "입고 화면에서 스캔하면 오류", "스캐너 드라이버 패치", ANONYMIZER, "staff@x", NOW);
        assertEquals("입고 스캔 오류", c.getTitle());
        assertEquals(AsCategory.SW_DEFECT, c.getCategory());
        assertTrue(c.isPublished());
        r.rate(5, "좋아요", kst("2026-11-30T12:00"));
        assertTrue(KnowledgeCase.publish(r, "t", "p", "s", ANONYMIZER, "staff@x", NOW).isPublished());
    }

    @Test
    void anOpenOrRejectedRequestIsNotACase() {
        refused("askb.notResolved", () -> KnowledgeCase.publish(filed(), "t", "p", "s", ANONYMIZER, "staff@x", NOW));
        AsRequest rejected = filed();
        rejected.reject("중복 요청", kst("2026-11-30T10:00"));
        refused("askb.notResolved", () -> KnowledgeCase.publish(rejected, "t", "p", "s", ANONYMIZER, "staff@x", NOW));
    }

    @Test
    void everyProblemIsRefusedAtOnceOnItsField() {
        DomainException e = assertThrows(DomainException.class, () -> KnowledgeCase.publish(resolved(), " ",
                "박제조 과장 연락 010-1234-5678", "x".repeat(KnowledgeCase.TEXT_MAX + 1), ANONYMIZER, "staff@x", NOW));
        assertEquals(List.of(DomainException.Problem.on("title", "askb.title"), DomainException.Problem.on("solution", "askb.solution"),
                DomainException.Problem.on("problem", "askb.personal")), e.getProblems());
        DomainException named = assertThrows(DomainException.class, () -> KnowledgeCase.publish(resolved(), "한빛정밀 오류",
                "문제", "해결", ANONYMIZER, "staff@x", NOW));
        assertEquals(List.of(DomainException.Problem.on("title", "askb.personal")), named.getProblems());
    }

    @Test
    void aWithdrawnCaseLeavesTheBaseAndARevisionPublishesItAgain() {
        KnowledgeCase c = KnowledgeCase.publish(resolved(), "t", "p", "s", ANONYMIZER, "staff@x", NOW);
        c.withdraw(NOW.plusSeconds(60));
        assertFalse(c.isPublished());
        refused("askb.withdrawn", () -> c.withdraw(NOW.plusSeconds(120)));
        refused("askb.personal", () -> c.revise("t", "p", "(주)한빛정밀 방문", ANONYMIZER, "staff@x", NOW.plusSeconds(180)));
        assertFalse(c.isPublished());
        c.revise("제목", "문제", "해결", ANONYMIZER, "admin@x", NOW.plusSeconds(240));
        assertTrue(c.isPublished());
        assertEquals("해결", c.getSolution());
        assertEquals(NOW.plusSeconds(240), c.getPublishedAt());
    }
}
