package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.evaluation.application.EvaluationAdministration;
import kr.go.smartfactory.evaluation.application.Objections;
import kr.go.smartfactory.evaluation.domain.Grade;
import kr.go.smartfactory.project.application.Agreements;
import kr.go.smartfactory.project.application.ProjectSummary;
import kr.go.smartfactory.project.application.ProjectView;
import kr.go.smartfactory.project.domain.ChangeKind;
import kr.go.smartfactory.project.domain.ChangeStatus;
import kr.go.smartfactory.project.domain.ChangeWindow;
import kr.go.smartfactory.project.domain.ProjectStatus;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;

/**
 * Agreements against the provisioned server: drafted on selection from the application as submitted, confirmed by the
 * SME and the supplier, concluded by staff (version 1), printed; a change refused automatically outside its window, one
 * approved days later as version 2 — the terms in force on a day before and after —; a draft cancelled when re-scoring
 * withdraws the selection, while a concluded agreement refuses it (and the confirmation rolls back); who sees what.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsTestSme.class, SmeFixture.class, ApplicationFixture.class,
                EvaluationFixture.class, AsDemoStaff.class, AsDemoSme.class, AsDemoSupplier.class, AsAdmin.class);
    }

    @Inject
    private EvaluationAdministration evaluation;

    @Inject
    private Objections objections;

    @Inject
    private Agreements agreements;

    @Inject
    private SmeFixture smes;

    @Inject
    private ApplicationFixture applications;

    @Inject
    private EvaluationFixture fixture;

    @Inject
    private AsTestSme asSme;

    @Inject
    private AsDemoSme asOtherSme;

    @Inject
    private AsDemoStaff asStaff;

    @Inject
    private AsDemoSupplier asSupplier;

    private long testSmeCompany;

    @BeforeEach
    void freshState() {
        smes.freshSme();
        testSmeCompany = applications.resetTestSme();
    }

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    private static List<String> keys(DomainException e) {
        return e.getMessageKeys();
    }

    /** A closed round of quota 1 where the test SME's application (40M) is selected; its application id. */
    private long selectedTestSme() {
        long round = fixture.closedRound(1, 100_000_000L);
        long mine = fixture.submitted(round, testSmeCompany, 40_000_000);
        long other = fixture.submitted(round, null, 40_000_000);
        long e = fixture.evaluator("협약평가");
        fixture.scored(mine, e, Grade.EXCELLENT);
        fixture.scored(other, e, Grade.FAIR);
        asStaff.call(() -> evaluation.confirmResults(round));
        return mine;
    }

    /** The test SME's newest project (the PostgreSQL test database keeps earlier runs'). */
    private ProjectSummary myProject() {
        return asSme.call(() -> agreements.mine()).stream().filter(p -> p.companyId() == testSmeCompany)
                .max(java.util.Comparator.comparing(ProjectSummary::id)).orElseThrow();
    }

    @Test
    void theSelectedApplicationsAgreementIsConfirmedByBothSidesConcludedAndPrinted() {
        selectedTestSme();
        ProjectSummary p = myProject();
        assertEquals(ProjectStatus.DRAFTED, p.status());
        assertEquals(40_000_000L, p.government().longValue());
        assertEquals(80_000_000L, p.total().longValue());
        LocalDate today = KoreanTime.today(java.time.Clock.systemUTC());
        assertEquals(today.plusDays(14), p.startsOn(), "planned two weeks after selection");
        assertEquals(p.startsOn().plusMonths(6).minusDays(1), p.endsOn(), "six months to the day before");

        assertTrue(asSupplier.call(() -> agreements.mine()).stream().anyMatch(s -> s.id() == p.id()), "the supplier sees it");
        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> agreements.project(p.id(), null)));
        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> agreements.confirm(p.id())));

        assertEquals(List.of("project.conclude.unconfirmed"), keys(assertThrows(DomainException.class,
                () -> asStaff.call(() -> agreements.conclude(p.id())))));
        ProjectView first = asSme.call(() -> agreements.confirm(p.id()));
        Instant confirmedAt = first.smeConfirmedAt();
        assertEquals(confirmedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), asSme.call(() -> agreements.confirm(p.id())).smeConfirmedAt()
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS), "a second confirmation changes nothing");
        assertEquals(ProjectView.Side.SUPPLIER, asSupplier.call(() -> agreements.confirm(p.id())).side());
        ProjectView concluded = asStaff.call(() -> agreements.conclude(p.id()));
        assertEquals(ProjectStatus.CONCLUDED, concluded.summary().status());
        assertEquals(1, concluded.termsVersion());
        assertEquals(List.of("project.concluded.already"), keys(assertThrows(DomainException.class,
                () -> asStaff.call(() -> agreements.conclude(p.id())))));

        byte[] pdf = asSme.call(() -> agreements.pdf(p.id(), null, Locale.KOREAN));
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf, 4));
        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> agreements.pdf(p.id(), null, Locale.KOREAN)));
        assertThrows(EJBAccessException.class, () -> asSupplier.call(() -> agreements.requestChange(p.id(), ChangeKind.OTHER,
                today, "공급기업은 변경을 신청하지 않는다", null)));
    }

    @Test
    void changesAreRefusedOutsideTheirWindowAndApprovedOnesAreVersionsInForceFromTheirDay() {
        selectedTestSme();
        ProjectSummary p = myProject();
        asSme.call(() -> agreements.confirm(p.id()));
        asSupplier.call(() -> agreements.confirm(p.id()));
        ProjectView concluded = asStaff.call(() -> agreements.conclude(p.id()));
        LocalDate concludedOn = KoreanTime.today(java.time.Clock.systemUTC());
        LocalDate end = concluded.terms().endsOn();

        // ten days later: a cause 16 days back is too late; the request is kept, refused by the rule
        Instant later = Instant.now().plus(Duration.ofDays(10));
        TestClock.fixAt(later);
        LocalDate today = concludedOn.plusDays(10);
        ProjectView tooLate = asSme.call(() -> agreements.requestChange(p.id(), ChangeKind.SCHEDULE, today.minusDays(16),
                "설비 납품 지연", end.plusMonths(1)));
        assertEquals(ChangeStatus.REFUSED, tooLate.changes().get(0).status());
        assertEquals(ChangeWindow.Refusal.TOO_LATE_AFTER_CAUSE, tooLate.changes().get(0).refusal());

        assertEquals(List.of("project.change.proposedEndsOn"), keys(assertThrows(DomainException.class,
                () -> asSme.call(() -> agreements.requestChange(p.id(), ChangeKind.SCHEDULE, today.minusDays(15), "설비 납품 지연", end)))));
        ProjectView asked = asSme.call(() -> agreements.requestChange(p.id(), ChangeKind.SCHEDULE, today.minusDays(15), "설비 납품 지연",
                end.plusMonths(1)));
        assertEquals(ChangeStatus.REQUESTED, asked.changes().get(0).status(), "the 15th day after the cause is still in time");
        assertEquals(List.of("project.change.pending"), keys(assertThrows(DomainException.class,
                () -> asSme.call(() -> agreements.requestChange(p.id(), ChangeKind.PERSONNEL, today, "PM 교체", null)))));
        long changeId = asked.changes().get(0).id();
        assertEquals(List.of("project.change.reason"), keys(assertThrows(DomainException.class,
                () -> asStaff.call(() -> agreements.decideChange(changeId, false, " ")))));
        ProjectView approved = asStaff.call(() -> agreements.decideChange(changeId, true, "납품 지연 증빙 확인"));
        assertEquals(2, approved.termsVersion());
        assertEquals(end.plusMonths(1), approved.terms().endsOn());
        assertEquals(List.of("project.change.decided"), keys(assertThrows(DomainException.class,
                () -> asStaff.call(() -> agreements.decideChange(changeId, false, "늦은 반려")))));

        ProjectView before = asSme.call(() -> agreements.project(p.id(), today.minusDays(1)));
        assertEquals(1, before.termsVersion());
        assertEquals(end, before.terms().endsOn(), "the day before the approval the first version was in force");
        assertEquals(2, asSme.call(() -> agreements.project(p.id(), today)).termsVersion());

        // less than a month before the (new) end: refused by the rule
        LocalDate lateDay = end.plusMonths(1).minusMonths(1).plusDays(1);
        TestClock.fixAt(lateDay.atTime(10, 0).atZone(KoreanTime.ZONE).toInstant());
        ProjectView late = asSme.call(() -> agreements.requestChange(p.id(), ChangeKind.SCOPE, lateDay, "범위 축소", null));
        assertEquals(ChangeWindow.Refusal.TOO_CLOSE_TO_END, late.changes().get(0).refusal());
    }

    @Test
    void reScoringCancelsADraftButNeverAConcludedAgreement() {
        long round = fixture.closedRound(1, 100_000_000L);
        long mine = fixture.submitted(round, testSmeCompany, 40_000_000);
        long other = fixture.submitted(round, null, 40_000_000);
        long e = fixture.evaluator("재평가");
        fixture.scored(mine, e, Grade.FAIR);
        fixture.scored(other, e, Grade.GOOD);
        asStaff.call(() -> evaluation.confirmResults(round));
        assertTrue(asSme.call(() -> agreements.mine()).stream().noneMatch(p -> p.receiptNumber().equals(receipt(mine))),
                "not selected: no agreement");
        ProjectSummary theirs = asStaff.call(() -> agreements.projects(null, round, 0, 10)).get(0);
        assertEquals(ProjectStatus.DRAFTED, theirs.status());

        // the test SME objects, is upheld and re-scored first: the other's draft is cancelled, the SME's drafted
        asSme.call(() -> objections.file(mine, "재검토 요청"));
        long objection = asStaff.call(() -> evaluation.board(round)).objections().get(0).id();
        asStaff.call(() -> {
            evaluation.answerObjection(objection, true, true, "재평가");
            return null;
        });
        fixture.rescored(mine, e, Grade.EXCELLENT);
        asStaff.call(() -> evaluation.confirmResults(round));
        List<ProjectSummary> now = asStaff.call(() -> agreements.projects(null, round, 0, 10));
        assertEquals(ProjectStatus.CANCELLED, now.stream().filter(p -> p.id() == theirs.id()).findFirst().orElseThrow().status());
        ProjectSummary drafted = now.stream().filter(p -> p.companyId() == testSmeCompany).findFirst().orElseThrow();
        assertEquals(ProjectStatus.DRAFTED, drafted.status());

        // concluded, it can no longer be taken away by re-scoring: confirming such a change is refused and rolled back
        asSme.call(() -> agreements.confirm(drafted.id()));
        asSupplier.call(() -> agreements.confirm(drafted.id()));
        asStaff.call(() -> agreements.conclude(drafted.id()));
        // a second objection of the SME, upheld and re-scored so low that it would lose its selection
        asSme.call(() -> objections.file(mine, "점수 확인 요청"));
        long second = asStaff.call(() -> evaluation.board(round)).objections().stream().filter(o -> o.open()).findFirst().orElseThrow().id();
        asStaff.call(() -> {
            evaluation.answerObjection(second, true, true, "재평가 2");
            return null;
        });
        fixture.rescored(mine, e, Grade.FAILING);
        assertEquals(List.of("project.cancel.concluded"), keys(assertThrows(DomainException.class,
                () -> asStaff.call(() -> evaluation.confirmResults(round)))));
        assertEquals(ProjectStatus.CONCLUDED, asStaff.call(() -> agreements.project(drafted.id(), null)).summary().status());
        assertFalse(asStaff.call(() -> evaluation.board(round)).ranking().isEmpty());
    }

    private String receipt(long applicationId) {
        return asStaff.call(() -> evaluation.board(fixture.roundOf(applicationId))).rows().stream()
                .filter(r -> r.applicationId() == applicationId).findFirst().orElseThrow().receiptNumber();
    }
}
