package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.attachment.application.Attachments;
import kr.go.smartfactory.attachment.domain.AttachmentKind;
import kr.go.smartfactory.document.pdf.PdfDocument;
import kr.go.smartfactory.grant.application.ApplicationReview;
import kr.go.smartfactory.grant.application.ApplicationSubmission;
import kr.go.smartfactory.grant.application.ApplicationSummary;
import kr.go.smartfactory.grant.application.ApplicationView;
import kr.go.smartfactory.grant.application.BudgetLineForm;
import kr.go.smartfactory.grant.application.Coordination;
import kr.go.smartfactory.grant.application.GrantApplications;
import kr.go.smartfactory.grant.application.SubmissionReceipt;
import kr.go.smartfactory.grant.application.SupplierParticipations;
import kr.go.smartfactory.grant.domain.ApplicationFilter;
import kr.go.smartfactory.grant.domain.ApplicationStatus;
import kr.go.smartfactory.grant.domain.BudgetCategory;
import kr.go.smartfactory.grant.domain.EligibilityRule;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.grant.domain.Participation;
import kr.go.smartfactory.notification.application.Inbox;
import kr.go.smartfactory.program.domain.RequiredDocument;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * Applications against the provisioned server and its database: the wizard's steps saved as they go, the supplier's
 * confirmation gating submission, receipt and notification, resubmission as a new version under the same number,
 * nothing after the deadline, withdrawal, the eligibility check with a ban, a duplicate support and a staff
 * override, coordinators and their notes, who may read what (ids guessed too), a document whose content belies its
 * name, and submissions at once: fifty companies and ten clicks on one.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsTestSme.class, SmeFixture.class, ApplicationFixture.class,
                AsDemoStaff.class, AsDemoSupplier.class, AsDemoSme.class, AsDemoCoordinator.class, AsAdmin.class, PortalHttp.class);
    }

    @Inject
    private GrantApplications applications;

    @Inject
    private ApplicationSubmission submission;

    @Inject
    private SupplierParticipations participations;

    @Inject
    private ApplicationReview review;

    @Inject
    private Coordination coordination;

    @Inject
    private Attachments attachments;

    @Inject
    private Inbox inbox;

    @Inject
    private SmeFixture smes;

    @Inject
    private ApplicationFixture fixture;

    @Inject
    private AsTestSme asSme;

    @Inject
    private AsDemoSme asOtherSme;

    @Inject
    private AsDemoSupplier asSupplier;

    @Inject
    private AsDemoStaff asStaff;

    @Inject
    private AsDemoCoordinator asCoordinator;

    @Inject
    private AsAdmin asAdmin;

    @org.jboss.arquillian.test.api.ArquillianResource
    private java.net.URL base;

    private long round;

    @BeforeEach
    void freshState() {
        smes.freshSme();
        fixture.resetTestSme();
        round = fixture.openRound();
    }

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    private static byte[] pdf(String title) {
        return PdfDocument.titled(title).paragraph("시험용 사업계획서").build().render();
    }

    private static List<BudgetLineForm> budget(String government, String company) {
        return List.of(new BudgetLineForm(BudgetCategory.SOFTWARE, "MES 구축", government, company, null));
    }

    /** The test SME's application to the round with every step done and the supplier asked (not yet confirmed). */
    private long completeDraft() {
        long id = asSme.call(() -> applications.openFor(round));
        long supplier = fixture.demoSupplier();
        asSme.call(() -> applications.saveLevels(id, SmartLevel.NONE, SmartLevel.BASIC));
        asSme.call(() -> applications.chooseSupplier(id, supplier));
        asSme.call(() -> applications.savePlan(id, "불량률 30% 감소", "가공·검사", "MES", null, 6));
        asSme.call(() -> applications.saveBudget(id, budget("40,000,000", "40000000원")));
        asSme.call(() -> applications.attach(id, RequiredDocument.BUSINESS_PLAN, "사업계획서.pdf", new ByteArrayInputStream(pdf("계획"))));
        return id;
    }

    @Test
    void theWizardSavesEachStepTheSupplierMustConfirmAndSubmissionIssuesAReceiptAndANotification() {
        long id = completeDraft();
        assertEquals(id, asSme.call(() -> applications.openFor(round)), "one application per announcement and company");

        ApplicationView draft = asSme.call(() -> applications.view(id));
        assertEquals(ApplicationStatus.DRAFT, draft.summary().status());
        assertEquals(SmartLevel.NONE, draft.content().currentLevel());
        assertEquals(40_000_000L, draft.content().budget().get(0).government(), "amounts typed with commas and 원 are read exactly");
        assertEquals(Participation.REQUESTED, draft.content().participation());

        DomainException unconfirmed = assertThrows(DomainException.class, () -> asSme.call(() -> applications.submit(id)));
        assertEquals(List.of("application.submit.SUPPLIER"), unconfirmed.getMessageKeys(), "nothing else is missing");
        assertEquals(null, asSme.call(() -> applications.view(id)).summary().receiptNumber(), "a refused submission changes nothing");

        ApplicationSummary request = asSupplier.call(() -> participations.requests()).stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("the supplier sees the request in its inbox"));
        assertEquals(Participation.REQUESTED, request.participation());
        asSupplier.call(() -> {
            participations.confirm(id, "현장 실사 완료");
            return null;
        });
        assertThrows(DomainException.class, () -> asSupplier.call(() -> {
            participations.confirm(id, null);
            return null;
        }), "answered once");

        long unreadBefore = asSme.call(() -> inbox.unreadCount());
        SubmissionReceipt receipt = asSme.call(() -> applications.submit(id));
        int year = KoreanTime.today(java.time.Clock.systemUTC()).getYear();
        assertTrue(receipt.receiptNumber().matches("SF-" + year + "-\\d{6}"), receipt.receiptNumber());
        assertEquals(GrantApplication.Submission.FIRST, receipt.outcome());
        assertEquals(1, receipt.version());
        assertFalse(receipt.eligibilityProblems());
        assertEquals(unreadBefore + 1, asSme.call(() -> inbox.unreadCount()), "the receipt is in the inbox");
        // other tests leave notifications dated later (they fix the clock ahead): look for the receipt, not at the top
        assertTrue(asSme.call(() -> InboxSearch.anyMatch(inbox, e -> e.title().contains(receipt.receiptNumber()))));

        assertEquals(GrantApplication.Submission.UNCHANGED, asSme.call(() -> applications.submit(id)).outcome(),
                "unchanged content submitted again is the same submission");
        assertEquals(1, fixture.versions(id));
    }

    @Test
    void resubmissionKeepsTheNumberAndEveryVersionTheLastCountsAndAfterTheDeadlineNothingChanges() {
        long id = completeDraft();
        asSupplier.call(() -> {
            participations.confirm(id, null);
            return null;
        });
        String number = asSme.call(() -> applications.submit(id)).receiptNumber();

        asSme.call(() -> applications.savePlan(id, "불량률 40% 감소", "가공·검사·포장", "MES, POP", null, 7));
        ApplicationView staffWhileRevising = asStaff.call(() -> review.application(id));
        assertEquals("불량률 30% 감소", staffWhileRevising.content().goals(), "until resubmitted, the submitted version counts");
        assertTrue(staffWhileRevising.summary().revised());

        SubmissionReceipt second = asSme.call(() -> applications.submit(id));
        assertEquals(number, second.receiptNumber());
        assertEquals(2, second.version());
        ApplicationView staffAfter = asStaff.call(() -> review.application(id));
        assertEquals("불량률 40% 감소", staffAfter.content().goals());
        assertEquals(Integer.valueOf(7), staffAfter.content().buildMonths());
        assertEquals(List.of(2, 1), staffAfter.versions().stream().map(ApplicationView.Version::number).toList(), "all versions kept");

        TestClock.fixAt(fixture.closesAt(round).plusSeconds(1));
        for (Runnable change : List.<Runnable>of(
                () -> asSme.call(() -> applications.savePlan(id, "마감 후", "x", "y", null, 6)),
                () -> asSme.call(() -> applications.submit(id)),
                () -> asSme.call(() -> applications.withdraw(id, "마감 후 철회")),
                () -> asSme.call(() -> applications.attach(id, RequiredDocument.BUSINESS_PLAN, "새계획서.pdf",
                        new ByteArrayInputStream(pdf("마감 후")))))) {
            DomainException refused = assertThrows(DomainException.class, change::run);
            assertEquals(List.of("application.closed"), refused.getMessageKeys());
        }
        TestClock.reset();
        assertEquals("불량률 40% 감소", asSme.call(() -> applications.view(id)).content().goals());
        assertEquals(2, fixture.versions(id));
    }

    @Test
    void withdrawalBeforeTheDeadlineAndReopening() {
        long id = completeDraft();
        asSupplier.call(() -> {
            participations.confirm(id, null);
            return null;
        });
        String number = asSme.call(() -> applications.submit(id)).receiptNumber();
        ApplicationView withdrawn = asSme.call(() -> applications.withdraw(id, "자부담 마련 어려움"));
        assertEquals(ApplicationStatus.WITHDRAWN, withdrawn.summary().status());
        assertEquals(List.of("application.withdrawn"), assertThrows(DomainException.class,
                () -> asSme.call(() -> applications.savePlan(id, "x", "y", "z", null, 6))).getMessageKeys());
        assertTrue(asStaff.call(() -> review.applications(new ApplicationFilter(round, null, ApplicationStatus.WITHDRAWN, null, null), 0, 10))
                .stream().anyMatch(a -> a.id() == id));
        asSme.call(() -> applications.reopen(id));
        SubmissionReceipt again = asSme.call(() -> applications.submit(id));
        assertEquals(number, again.receiptNumber(), "the number stays with the application");
        assertEquals(GrantApplication.Submission.RESUBMITTED, again.outcome());
    }

    @Test
    void aBudgetAboveTheCapOrOutOfShareIsRefusedOnTheBudgetStepAndCheckedLive() {
        long id = completeDraft();
        asSupplier.call(() -> {
            participations.confirm(id, null);
            return null;
        });
        GrantApplications.BudgetCheck live = asSme.call(() -> applications.checkBudget(id, budget("50,000,001", "50000001")));
        assertEquals(List.of("grant.cap.exceeded"), live.problems().stream().map(DomainException.Problem::messageKey).toList());
        assertEquals(50_000_000L, live.maximumGrant().longValue());
        assertEquals("40,000,000", asSme.call(() -> applications.view(id)).content().budget().get(0).government() == 40_000_000L
                ? "40,000,000" : "changed", "a live check saves nothing");

        asSme.call(() -> applications.saveBudget(id, budget("30,000,001", "30,000,000")));
        DomainException refused = assertThrows(DomainException.class, () -> asSme.call(() -> applications.submit(id)));
        assertEquals(List.of(DomainException.Problem.on("budget", "application.submit.GRANT_CAP"),
                DomainException.Problem.on("budget", "application.submit.SHARES")), refused.getProblems());

        DomainException badLine = assertThrows(DomainException.class, () -> asSme.call(() -> applications.saveBudget(id,
                List.of(new BudgetLineForm(BudgetCategory.HARDWARE, " ", "-5", "abc", null)))));
        assertTrue(badLine.getProblems().stream().allMatch(p -> "budget".equals(p.field())), badLine.getProblems().toString());
        assertEquals(30_000_001L, asSme.call(() -> applications.view(id)).content().budget().get(0).government(), "nothing changed");
    }

    @Test
    void aBanIsReceivedFailedAndOverriddenByStaffWithAReasonAndADuplicateSupportIsNamed() {
        fixture.banTestSme("CASE-IT-" + round);
        fixture.priorSupportOfTestSme(SmartLevel.BASIC, "LEGACY-IT-" + round);
        long id = completeDraft();
        asSupplier.call(() -> {
            participations.confirm(id, null);
            return null;
        });
        SubmissionReceipt receipt = asSme.call(() -> applications.submit(id));
        assertTrue(receipt.eligibilityProblems(), "received, with items for staff");

        ApplicationView seen = asStaff.call(() -> review.application(id));
        ApplicationView.Check ban = check(seen, EligibilityRule.PARTICIPATION_BAN);
        assertFalse(ban.passed());
        assertEquals("eligibility.PARTICIPATION_BAN.until", ban.reasonKey());
        assertTrue(ban.values().contains("CASE-IT-" + round));
        ApplicationView.Check duplicate = check(seen, EligibilityRule.DUPLICATE_SUPPORT);
        assertEquals("eligibility.DUPLICATE_SUPPORT.earlier", duplicate.reasonKey());
        assertEquals("LEGACY-IT-" + round, duplicate.values().get(0));
        assertTrue(check(seen, EligibilityRule.GRANT_CAP).passed());

        ApplicationFilter problems = new ApplicationFilter(round, null, null, true, null);
        assertTrue(asStaff.call(() -> review.applications(problems, 0, 10)).stream().anyMatch(a -> a.id() == id));

        assertEquals(List.of("eligibility.override.reason"), assertThrows(DomainException.class,
                () -> asStaff.call(() -> review.override(id, EligibilityRule.PARTICIPATION_BAN, " "))).getMessageKeys());
        assertEquals(List.of("eligibility.override.passed"), assertThrows(DomainException.class,
                () -> asStaff.call(() -> review.override(id, EligibilityRule.GRANT_CAP, "이유"))).getMessageKeys());
        asStaff.call(() -> review.override(id, EligibilityRule.PARTICIPATION_BAN, "행정심판 인용으로 제재 집행정지"));
        ApplicationView overridden = asStaff.call(() -> review.override(id, EligibilityRule.DUPLICATE_SUPPORT, "기지원 이력 오기재 확인"));
        assertFalse(overridden.hasProblems());
        assertEquals("staff@demo.smartfactory.kr", check(overridden, EligibilityRule.PARTICIPATION_BAN).overriddenBy());
        assertTrue(asStaff.call(() -> review.applications(new ApplicationFilter(round, null, null, false, null), 0, 10))
                .stream().anyMatch(a -> a.id() == id));

        ApplicationView rechecked = asStaff.call(() -> review.recheck(id));
        assertFalse(rechecked.hasProblems(), "the same findings keep their overrides");
        assertThrows(EJBAccessException.class, () -> asSme.call(() -> review.override(id, EligibilityRule.PARTICIPATION_BAN, "x")));
        assertThrows(EJBAccessException.class, () -> asCoordinator.call(() -> review.application(id)));
    }

    private static ApplicationView.Check check(ApplicationView v, EligibilityRule rule) {
        return v.checklist().stream().filter(c -> c.rule() == rule).findFirst().orElseThrow();
    }

    @Test
    void nobodyElseReadsTheApplicationOrItsDocumentsNotEvenByGuessingIds() throws Exception {
        long id = completeDraft();
        long document = asSme.call(() -> applications.view(id)).content().documents().get(0).attachmentId();

        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> applications.view(id)));
        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> applications.submit(id)));
        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> applications.attach(id, RequiredDocument.TAX_CLEARANCE,
                "x.pdf", new ByteArrayInputStream(pdf("x")))));
        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> attachments.open(document)));
        assertThrows(DomainException.class, () -> asSme.call(() -> applications.view(999_999_999L)));
        assertThrows(EJBAccessException.class, () -> asSupplier.call(() -> applications.view(id)), "suppliers do not use the wizard");

        assertNotNull(asSupplier.call(() -> attachments.open(document)), "the named supplier reads the plan");
        assertNotNull(asStaff.call(() -> attachments.open(document)));

        HttpResponse<String> other = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/v1/attachments/" + document))
                .header("Authorization", PortalHttp.basic("sme@demo.smartfactory.kr", PortalHttp.DEMO_PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, other.statusCode(), "another SME over HTTP");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "my/application.xhtml?id=" + id))
                .header("Authorization", PortalHttp.basic("sme@demo.smartfactory.kr", PortalHttp.DEMO_PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(page.statusCode() == 403 || page.statusCode() == 302, "the wizard page of another company's application: " + page.statusCode());
    }

    @Test
    void aDocumentWhoseContentIsNotWhatItsNameSaysIsRefused() {
        long id = asSme.call(() -> applications.openFor(round));
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        DomainException refused = assertThrows(DomainException.class, () -> asSme.call(() -> applications.attach(id,
                RequiredDocument.BUSINESS_PLAN, "사업계획서.pdf", new ByteArrayInputStream(png))));
        assertEquals(List.of("attachment.nameMismatch"), refused.getMessageKeys());
        assertTrue(asSme.call(() -> applications.view(id)).content().documents().isEmpty());
    }

    @Test
    void staffMatchACoordinatorWhoFollowsTheCompanyAndKeepsNotes() {
        long id = completeDraft();
        long coordinatorId = asStaff.call(() -> review.coordinators()).stream()
                .filter(c -> c.email().equals("coordinator@demo.smartfactory.kr")).findFirst().orElseThrow().id();
        ApplicationView assigned = asStaff.call(() -> review.assignCoordinator(id, coordinatorId));
        assertEquals("오코디", assigned.coordinatorName());

        assertTrue(asCoordinator.call(() -> coordination.myApplications()).stream().anyMatch(a -> a.id() == id));
        ApplicationView followed = asCoordinator.call(() -> coordination.application(id));
        assertTrue(followed.timeline().stream().anyMatch(t -> t.event().equals("COORDINATOR_ASSIGNED")));
        long company = followed.summary().companyId();
        asCoordinator.call(() -> {
            coordination.addNote(company, "대표 통화: 자부담 확보 계획 확인");
            return null;
        });
        assertEquals("대표 통화: 자부담 확보 계획 확인", asStaff.call(() -> coordination.notes(company)).get(0).text());
        assertEquals(List.of("coordinator.note.required"), assertThrows(DomainException.class, () -> asCoordinator.call(() -> {
            coordination.addNote(company, "  ");
            return null;
        })).getMessageKeys());
        long document = followed.content().documents().get(0).attachmentId();
        assertNotNull(asCoordinator.call(() -> attachments.open(document)), "the coordinator reads its company's documents");

        long otherCompany = asOtherSme.call(() -> applications.mine()).stream().findFirst().map(ApplicationSummary::companyId)
                .orElse(-1L);
        if (otherCompany > 0) {
            long other = otherCompany;
            asStaff.call(() -> coordination.notes(other));
            ApplicationSummary theirs = asOtherSme.call(() -> applications.mine()).get(0);
            boolean followsThem = asCoordinator.call(() -> coordination.myApplications()).stream().anyMatch(a -> a.id() == theirs.id());
            if (!followsThem) {
                assertThrows(AccessDeniedException.class, () -> asCoordinator.call(() -> coordination.application(theirs.id())));
                assertThrows(AccessDeniedException.class, () -> asCoordinator.call(() -> {
                    coordination.addNote(other, "남의 기업");
                    return null;
                }));
            }
        }
    }

    @Test
    void fiftyCompaniesSubmittingAtOnceGetFiftyGapFreeNumbersAndTenClicksOnOneAreOneSubmission() throws Exception {
        long plan = asAdmin.call(() -> attachments.storeFor(1L, AttachmentKind.APPLICATION_DOCUMENT, null, "사업계획서.pdf",
                new ByteArrayInputStream(pdf("동시 제출")))).id();
        List<Long> ready = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ready.add(fixture.readyApplication(round, plan));
        }
        int year = KoreanTime.today(java.time.Clock.systemUTC()).getYear();
        ExecutorService pool = Executors.newFixedThreadPool(25);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<SubmissionReceipt>> futures = new ArrayList<>();
            for (long id : ready) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return asSme.call(() -> submission.submit(id, "it@test.smartfactory.kr"));
                }));
            }
            go.countDown();
            Set<String> numbers = new HashSet<>();
            List<Integer> serials = new ArrayList<>();
            for (Future<SubmissionReceipt> f : futures) {
                SubmissionReceipt r = f.get(120, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(GrantApplication.Submission.FIRST, r.outcome());
                numbers.add(r.receiptNumber());
                serials.add(Integer.parseInt(r.receiptNumber().substring(8)));
            }
            assertEquals(50, numbers.size(), "fifty different numbers");
            int min = serials.stream().mapToInt(Integer::intValue).min().orElseThrow();
            int max = serials.stream().mapToInt(Integer::intValue).max().orElseThrow();
            assertEquals(49, max - min, "consecutive: no gap");
            assertEquals(max, fixture.lastReceiptNumber(year), "the counter stopped at the last number issued");
            for (long id : ready) {
                assertEquals(1, fixture.versions(id));
            }

            long one = completeDraft();
            asSupplier.call(() -> {
                participations.confirm(one, null);
                return null;
            });
            CountDownLatch click = new CountDownLatch(1);
            List<Future<SubmissionReceipt>> clicks = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                clicks.add(pool.submit(() -> {
                    click.await();
                    return asSme.call(() -> applications.submit(one));
                }));
            }
            click.countDown();
            Set<String> clickNumbers = new HashSet<>();
            int firsts = 0;
            for (Future<SubmissionReceipt> f : clicks) {
                SubmissionReceipt r = f.get(120, java.util.concurrent.TimeUnit.SECONDS);
                clickNumbers.add(r.receiptNumber());
                firsts += r.outcome() == GrantApplication.Submission.FIRST ? 1 : 0;
            }
            assertEquals(1, clickNumbers.size(), "every click answers the same number");
            assertEquals(1, firsts, "exactly one submission");
            assertEquals(1, fixture.versions(one));
            assertEquals(max + 1, fixture.lastReceiptNumber(year), "the double clicks took one number");
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void roundsClosedOrUnpublishedTakeNoApplications() {
        TestClock.fixAt(fixture.closesAt(round).plus(Duration.ofMinutes(1)));
        assertEquals(List.of("application.announcement.notOpen"), assertThrows(DomainException.class,
                () -> asSme.call(() -> applications.openFor(round))).getMessageKeys());
        TestClock.reset();
        assertEquals(List.of("announcement.notFound"), assertThrows(DomainException.class,
                () -> asSme.call(() -> applications.openFor(999_999_999L))).getMessageKeys());
    }
}
