package kr.go.smartfactory.program.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.DomainException.Problem;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.Money;

class AnnouncementTest {

    static final Instant OPENS = kst("2026-12-01T09:00");
    static final Instant CLOSES = kst("2027-01-14T18:00");
    static final Instant NOW = kst("2026-11-30T10:00");

    static Instant kst(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(KoreanTime.ZONE).toInstant();
    }

    static AnnouncementDetails details() {
        return new AnnouncementDetails("2027년 기초 공고", "요약", ProgramType.BASIC, 2027, Set.of(Region.GYEONGNAM), 100,
                Money.won(5_000_000_000L), OPENS, CLOSES);
    }

    static List<RubricCriterion> rubric() {
        return List.of(new RubricCriterion("구축 필요성", "Need", 60), new RubricCriterion("도입기업 역량", "Capability", 40));
    }

    static Announcement draft() {
        return Announcement.draft(details(), GrantRulesTest.basic(), rubric(), List.of(new BonusItem("뿌리기업", "Root", 1)), NOW);
    }

    @Test
    void aDraftIsRefusedWithEveryProblemAtOnce() {
        AnnouncementDetails bad = new AnnouncementDetails(" ", null, null, 2013, Set.of(), 0, Money.ZERO, CLOSES, OPENS);
        DomainException refused = assertThrows(DomainException.class, () -> Announcement.draft(bad, GrantRulesTest.basic(),
                List.of(new RubricCriterion("a", "a", 50)), List.of(), NOW));
        assertEquals(List.of("title", "type", "roundYear", "quota", "budget", "closesAt", "rubric"),
                refused.getProblems().stream().map(Problem::field).toList());
        assertTrue(refused.getMessageKeys().contains("rubric.weights.sum"));
        assertTrue(refused.getMessageKeys().contains("announcement.window.order"));
    }

    @ParameterizedTest(name = "at {0} KST a published announcement is {1}")
    @CsvSource({
            "2026-11-30T10:00, UPCOMING",
            "2026-12-01T08:59, UPCOMING",
            "2026-12-01T09:00, OPEN",
            "2027-01-14T17:59, OPEN",
            "2027-01-14T18:00, CLOSED"})
    void thePhaseFollowsTheWindow(String at, AnnouncementPhase phase) {
        Announcement a = draft();
        a.publish(NOW);
        assertEquals(phase, a.phase(kst(at)));
        assertEquals(phase == AnnouncementPhase.OPEN, a.acceptsApplications(kst(at)));
    }

    @ParameterizedTest(name = "on {0} KST the deadline is D-{1}")
    @CsvSource({"2027-01-14T17:00, 0", "2027-01-13T23:59, 1", "2027-01-14T00:00, 0", "2026-12-31T09:00, 14"})
    void dDayCountsKoreanCalendarDays(String at, long days) {
        Clock clock = Clock.fixed(kst(at), KoreanTime.ZONE);
        assertEquals(days, draft().daysLeft(clock));
    }

    @Test
    void aDraftIsNotPublicAndAPublishedOneIsFrozen() {
        Announcement a = draft();
        assertEquals(AnnouncementPhase.DRAFT, a.phase(NOW));
        assertFalse(a.isPublic());
        a.publish(NOW);
        assertTrue(a.isPublic());

        AnnouncementDetails changed = new AnnouncementDetails("2027년 기초 공고(정정)", "정정된 요약", ProgramType.ADVANCED_1, 2027,
                Set.of(), 200, Money.won(5_000_000_000L), OPENS, kst("2027-01-13T18:00"));
        GrantRules richer = GrantRulesTest.basic().toBuilder().grantCap(Money.won(60_000_000)).build();
        DomainException refused = assertThrows(DomainException.class, () -> a.revise(changed, richer, rubric(), List.of()));
        assertEquals(Set.of("type", "regions", "quota", "rules", "bonus", "closesAt"),
                Set.copyOf(refused.getProblems().stream().map(Problem::field).toList()));
        assertEquals(Money.won(50_000_000), a.getRules().getGrantCap(), "nothing changed");

        AnnouncementDetails corrected = new AnnouncementDetails("2027년 기초 공고(정정)", "정정된 요약", ProgramType.BASIC, 2027,
                Set.of(Region.GYEONGNAM), 100, Money.won(5_000_000_000L), OPENS, kst("2027-01-21T18:00"));
        a.revise(corrected, GrantRulesTest.basic().toBuilder().maxGovernmentShare(new BigDecimal("50.00")).build(), rubric(),
                List.of(new BonusItem("뿌리기업", "Root", 1)));
        assertEquals("2027년 기초 공고(정정)", a.getTitle());
        assertEquals(kst("2027-01-21T18:00"), a.getClosesAt(), "the deadline may be extended");
    }

    @Test
    void publishingNeedsADeadlineAheadAndHappensOnce() {
        Announcement a = draft();
        assertEquals(List.of(Problem.on("closesAt", "announcement.publish.pastDeadline")),
                assertThrows(DomainException.class, () -> a.publish(CLOSES)).getProblems());
        a.publish(NOW);
        assertEquals(List.of("announcement.publish.notDraft"), assertThrows(DomainException.class, () -> a.publish(NOW)).getMessageKeys());
        assertThrows(DomainException.class, a::checkDeletable);
    }

    @Test
    void closingEarlyEndsTheWindowAndNothingChangesAfter() {
        Announcement a = draft();
        assertThrows(DomainException.class, () -> a.close(NOW), "a draft is deleted, not closed");
        a.publish(NOW);
        Instant early = kst("2026-12-20T12:00");
        a.close(early);
        assertEquals(AnnouncementStatus.CLOSED, a.getStatus());
        assertEquals(early, a.getClosesAt());
        assertEquals(AnnouncementPhase.CLOSED, a.phase(early));
        assertThrows(DomainException.class, () -> a.revise(details(), GrantRulesTest.basic(), rubric(), List.of()));
        assertThrows(DomainException.class, () -> a.attach(1L, "정정 공고"));
    }

    @Test
    void documentsComeOffOnlyWhileADraft() {
        Announcement a = draft();
        a.attach(7L, "공고문");
        a.attach(8L, "신청서 양식");
        assertTrue(a.hasDocument(7L));
        a.detach(8L);
        assertEquals(1, a.getDocuments().size());
        a.publish(NOW);
        a.attach(9L, "정정 공고문");
        assertEquals(List.of("announcement.document.published"),
                assertThrows(DomainException.class, () -> a.detach(7L)).getMessageKeys());
    }

    @Test
    void rubricWeightsAddUpToAHundred() {
        assertEquals(List.of(), Announcement.rubricProblems(rubric(), List.of()));
        assertEquals(List.of(Problem.on("rubric", "rubric.weights.sum")),
                Announcement.rubricProblems(List.of(new RubricCriterion("a", "a", 99)), List.of()));
        assertEquals(List.of(Problem.on("rubric", "rubric.size")), Announcement.rubricProblems(List.of(), List.of()));
        assertThrows(DomainException.class, () -> new RubricCriterion("a", "a", 0));
        assertThrows(DomainException.class, () -> new BonusItem("a", "a", 6));
    }

    @Test
    void regionsAreKeptAsASet() {
        assertEquals(EnumSet.of(Region.GYEONGNAM), draft().getRegions());
        assertThrows(DomainException.class, () -> draft().attach(1L, " "), "a document needs a title");
    }
}
