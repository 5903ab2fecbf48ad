package kr.go.smartfactory.grant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import kr.go.smartfactory.program.domain.Announcement;
import kr.go.smartfactory.program.domain.RequiredDocument;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.DomainException.Problem;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.SmartLevel;

class GrantApplicationTest {

    static final Instant NOW = Rounds.DURING;

    final AtomicInteger issued = new AtomicInteger();
    final Supplier<String> receipts = () -> ReceiptCounter.format(2026, issued.incrementAndGet());

    static GrantApplication draft(Announcement a) {
        GrantApplication app = GrantApplication.start(a, Rounds.sme(), SmartLevel.NONE, LevelSource.CERTIFIED, NOW);
        app.chooseLevels(SmartLevel.NONE, LevelSource.CERTIFIED, SmartLevel.BASIC, NOW);
        app.writePlan(new ProjectPlan("불량률 30% 감소", "가공·검사", "MES", null, 6), NOW);
        app.replaceBudget(List.of(new BudgetLine(BudgetCategory.SOFTWARE, "MES 구축", Money.won(50_000_000), Money.won(50_000_000),
                Money.ZERO)), NOW);
        app.attach(RequiredDocument.BUSINESS_PLAN, 1, "사업계획서.pdf", NOW);
        app.attach(RequiredDocument.TAX_CLEARANCE, 2, "납세증명서.pdf", NOW);
        return app;
    }

    static List<EligibilityItem> passing() {
        List<EligibilityItem> items = new ArrayList<>();
        for (EligibilityRule r : EligibilityRule.values()) {
            items.add(EligibilityItem.pass(r));
        }
        return items;
    }

    static List<EligibilityItem> failing(EligibilityRule rule) {
        List<EligibilityItem> items = passing();
        items.set(rule.ordinal(), EligibilityItem.fail(rule, "x", "v"));
        return items;
    }

    @Test
    void aNewDraftNeedsAnOpenAnnouncement() {
        Announcement a = Rounds.basicRound();
        DomainException refused = assertThrows(DomainException.class,
                () -> GrantApplication.start(a, Rounds.sme(), SmartLevel.NONE, LevelSource.CERTIFIED, Rounds.kst("2026-11-30T23:00")));
        assertEquals(List.of("application.announcement.notOpen"), refused.getMessageKeys());
    }

    @Test
    void theFirstSubmissionTakesAReceiptAndADoubleClickIsTheSameSubmission() {
        GrantApplication app = draft(Rounds.basicRound());
        assertEquals(GrantApplication.Submission.FIRST, app.submit(passing(), receipts, NOW));
        assertEquals("SF-2026-000001", app.getReceiptNumber());
        assertEquals(GrantApplication.Submission.UNCHANGED, app.submit(passing(), receipts, NOW.plusMillis(300)));
        assertEquals(1, app.getSubmissionCount());
        assertEquals(1, issued.get(), "no second number taken");
        assertEquals(ApplicationStatus.SUBMITTED, app.getStatus());
    }

    @Test
    void aRevisionMustBeResubmittedAndKeepsTheReceipt() {
        GrantApplication app = draft(Rounds.basicRound());
        app.submit(passing(), receipts, NOW);
        app.writePlan(new ProjectPlan("불량률 40% 감소", "가공·검사", "MES", null, 6), NOW.plusSeconds(60));
        assertTrue(app.isRevised());
        assertEquals(GrantApplication.Submission.RESUBMITTED, app.submit(passing(), receipts, NOW.plusSeconds(120)));
        assertEquals("SF-2026-000001", app.getReceiptNumber());
        assertEquals(2, app.getSubmissionCount());
        assertFalse(app.isRevised());
        assertEquals(List.of(TimelineEvent.STARTED, TimelineEvent.SUBMITTED, TimelineEvent.RESUBMITTED),
                app.getTimeline().stream().map(TimelineEntry::getEvent).toList());
    }

    @Test
    void blockingItemsRefuseTheSubmissionOnTheirStepsAndChangeNothing() {
        GrantApplication app = draft(Rounds.basicRound());
        List<EligibilityItem> items = failing(EligibilityRule.GRANT_CAP);
        items.set(EligibilityRule.DOCUMENTS.ordinal(), EligibilityItem.fail(EligibilityRule.DOCUMENTS, "missing", "TAX_CLEARANCE"));
        DomainException refused = assertThrows(DomainException.class, () -> app.submit(items, receipts, NOW));
        assertEquals(List.of(Problem.on("budget", "application.submit.GRANT_CAP"), Problem.on("documents", "application.submit.DOCUMENTS")),
                refused.getProblems());
        assertEquals(ApplicationStatus.DRAFT, app.getStatus());
        assertNull(app.getReceiptNumber());
        assertEquals(0, issued.get());
    }

    @Test
    void aBanIsReceivedAndWaitsForStaffWhoMayOverrideIt() {
        GrantApplication app = draft(Rounds.basicRound());
        app.submit(failing(EligibilityRule.PARTICIPATION_BAN), receipts, NOW);
        assertEquals(ApplicationStatus.SUBMITTED, app.getStatus());
        assertTrue(app.hasEligibilityProblems());
        DomainException noReason = assertThrows(DomainException.class,
                () -> app.override(EligibilityRule.PARTICIPATION_BAN, " ", "staff@x", NOW));
        assertEquals(List.of("eligibility.override.reason"), noReason.getMessageKeys());
        assertThrows(DomainException.class, () -> app.override(EligibilityRule.REGION, "이유", "staff@x", NOW));
        app.override(EligibilityRule.PARTICIPATION_BAN, "제재 해제 결정문 확인", "staff@x", NOW);
        assertFalse(app.hasEligibilityProblems());
        app.recheck(failing(EligibilityRule.PARTICIPATION_BAN), NOW.plusSeconds(60));
        assertFalse(app.hasEligibilityProblems(), "the same finding keeps its override");
        List<EligibilityItem> other = passing();
        other.set(EligibilityRule.PARTICIPATION_BAN.ordinal(), EligibilityItem.fail(EligibilityRule.PARTICIPATION_BAN, "x", "other"));
        app.recheck(other, NOW.plusSeconds(120));
        assertTrue(app.hasEligibilityProblems(), "a different finding needs a new decision");
    }

    @Test
    void afterTheDeadlineNothingChanges() {
        GrantApplication app = draft(Rounds.basicRound());
        app.submit(passing(), receipts, NOW);
        for (Runnable change : List.<Runnable>of(
                () -> app.writePlan(ProjectPlan.empty(), Rounds.AFTER),
                () -> app.submit(passing(), receipts, Rounds.AFTER),
                () -> app.withdraw("사정", Rounds.AFTER),
                () -> app.attach(RequiredDocument.BUSINESS_PLAN, 9, "new.pdf", Rounds.AFTER))) {
            DomainException refused = assertThrows(DomainException.class, change::run);
            assertEquals(List.of("application.closed"), refused.getMessageKeys());
        }
        assertEquals(1, app.getSubmissionCount());
        assertEquals(1, app.getDocuments().stream().filter(d -> d.getType() == RequiredDocument.BUSINESS_PLAN)
                .mapToLong(ApplicationDocument::getAttachmentId).sum());
    }

    @Test
    void withdrawnBeforeTheDeadlineThenReopenedAndSubmittedAgainUnderTheSameNumber() {
        GrantApplication app = draft(Rounds.basicRound());
        app.submit(passing(), receipts, NOW);
        app.withdraw("내부 사정", NOW.plusSeconds(10));
        assertEquals(ApplicationStatus.WITHDRAWN, app.getStatus());
        assertThrows(DomainException.class, () -> app.writePlan(ProjectPlan.empty(), NOW.plusSeconds(20)));
        app.reopen(NOW.plusSeconds(30));
        assertEquals(ApplicationStatus.DRAFT, app.getStatus());
        assertEquals(GrantApplication.Submission.RESUBMITTED, app.submit(passing(), receipts, NOW.plusSeconds(40)));
        assertEquals("SF-2026-000001", app.getReceiptNumber());
    }

    @Test
    void aDocumentReplacesTheEarlierOneOfItsKind() {
        GrantApplication app = draft(Rounds.basicRound());
        assertEquals(java.util.Optional.of(1L), app.attach(RequiredDocument.BUSINESS_PLAN, 5, "v2.pdf", NOW));
        assertEquals(2, app.getDocuments().size());
        assertTrue(app.hasDocument(5));
        assertFalse(app.hasDocument(1));
    }

    @Test
    void budgetLinesAreRefusedTogetherWithEveryProblem() {
        GrantApplication app = draft(Rounds.basicRound());
        DomainException refused = assertThrows(DomainException.class, () -> app.replaceBudget(List.of(
                new BudgetLine(null, " ", Money.won(1), Money.ZERO, Money.ZERO),
                new BudgetLine(BudgetCategory.HARDWARE, "로봇", Money.won(-1), Money.ZERO, Money.ZERO),
                new BudgetLine(BudgetCategory.OTHER, "기타", Money.ZERO, Money.ZERO, Money.ZERO)), NOW));
        assertEquals(List.of("budget.category.required", "budget.description.required", "grant.amount.negative", "budget.line.empty"),
                refused.getMessageKeys());
        assertEquals(1, app.getBudget().size(), "nothing changed");
    }

    @Test
    void theBudgetCheckNamesTheBrokenRule() {
        GrantApplication app = draft(Rounds.basicRound());
        app.replaceBudget(List.of(new BudgetLine(BudgetCategory.SOFTWARE, "MES", Money.won(60_000_000), Money.won(60_000_000),
                Money.ZERO)), NOW);
        assertEquals(List.of(Problem.on("government", "grant.cap.exceeded")), app.budgetCheck());
    }

    @Test
    void aPlanIsSubmittedOnlyWhenComplete() {
        GrantApplication app = draft(Rounds.basicRound());
        app.writePlan(new ProjectPlan("목표", null, "MES", null, 6), NOW);
        DomainException refused = assertThrows(DomainException.class, () -> app.submit(passing(), receipts, NOW));
        assertEquals(List.of("application.submit.plan"), refused.getMessageKeys());
    }

    @Test
    void receiptNumbersHaveSixDigitsAndTheYear() {
        assertEquals("SF-2026-000123", ReceiptCounter.format(2026, 123));
        ReceiptCounter counter = new ReceiptCounter(2027);
        assertEquals("SF-2027-000001", counter.next());
        assertEquals("SF-2027-000002", counter.next());
    }
}
