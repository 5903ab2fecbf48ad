package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.evaluation.application.EvaluationAdministration;
import kr.go.smartfactory.evaluation.domain.Grade;
import kr.go.smartfactory.project.application.Agreements;
import kr.go.smartfactory.project.application.InspectionView;
import kr.go.smartfactory.project.application.Inspections;
import kr.go.smartfactory.project.application.ProjectView;
import kr.go.smartfactory.project.domain.CheckItem;
import kr.go.smartfactory.project.domain.CorrectiveAction;
import kr.go.smartfactory.project.domain.Inspection;
import kr.go.smartfactory.project.domain.InspectionKind;
import kr.go.smartfactory.project.domain.ProjectStatus;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.application.SupplierDirectory;
import kr.go.smartfactory.supplier.application.SupplierHit;
import kr.go.smartfactory.supplier.application.SupplierQuery;
import kr.go.smartfactory.supplier.application.SupplierSearch;

/**
 * The whole path to a closed project against the provisioned server: a submitted application selected, its agreement
 * concluded, an interim inspection with a failed item whose corrective action the supplier answers, staff reopen, the
 * supplier answers again and staff accept; the final inspection records the level reached and closes the project — a
 * verified build history appears on the supplier's profile and in search, the intensive after-service period runs and
 * the SME's survey rates the supplier. Who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class InspectionIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(ProjectFixture.class, AsTestSme.class, SmeFixture.class, ApplicationFixture.class,
                EvaluationFixture.class, AsDemoStaff.class, AsDemoSme.class, AsDemoSupplier.class, AsAdmin.class, AsDemoEvaluator.class);
    }

    @Inject
    private EvaluationAdministration evaluation;

    @Inject
    private Agreements agreements;

    @Inject
    private Inspections inspections;

    @Inject
    private SupplierDirectory directory;

    @Inject
    private kr.go.smartfactory.attachment.application.Attachments attachments;

    @Inject
    private SupplierSearch search;

    @Inject
    private SmeFixture smes;

    @Inject
    private ApplicationFixture applications;

    @Inject
    private EvaluationFixture fixture;

    @Inject
    private ProjectFixture projects;

    @Inject
    private AsTestSme asSme;

    @Inject
    private AsDemoSme asOtherSme;

    @Inject
    private AsDemoStaff asStaff;

    @Inject
    private AsDemoSupplier asSupplier;

    @Inject
    private AsDemoEvaluator asExpert;

    @Inject
    private kr.go.smartfactory.evaluation.application.EvaluatorPool pool;

    @Inject
    private kr.go.smartfactory.account.domain.AccountRepository accounts;

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    private static Map<CheckItem, CheckItem.Result> all(CheckItem.Result r) {
        Map<CheckItem, CheckItem.Result> m = new EnumMap<>(CheckItem.class);
        for (CheckItem i : CheckItem.values()) {
            m.put(i, r);
        }
        return m;
    }

    private static List<String> keys(Runnable r) {
        return assertThrows(DomainException.class, r::run).getMessageKeys();
    }

    private SupplierHit demoSupplierHit() {
        return search.search(new SupplierQuery("스마트솔루션", null, null, null, null, null, null, null, null, true, SupplierQuery.Sort.RELEVANCE, 0, 20))
                .items().stream().filter(h -> h.id() == applications.demoSupplier()).findFirst().orElseThrow();
    }

    /** The test SME's application in a new closed round, scored by a new evaluator, selected, its agreement concluded. */
    private ProjectView concludedProjectOfTheTestSme(String evaluatorName) {
        smes.freshSme();
        long company = applications.resetTestSme();
        long round = fixture.closedRound(1, 100_000_000L);
        long mine = fixture.submitted(round, company, 40_000_000);
        fixture.scored(mine, fixture.evaluator(evaluatorName), Grade.EXCELLENT);
        asStaff.call(() -> evaluation.confirmResults(round));
        return projects.concluded(projects.newestOf(company));
    }

    @Test
    void fromSelectionToAClosedProjectWithAVerifiedBuildInSupplierSearch() {
        var concluded = concludedProjectOfTheTestSme("완료평가");
        long project = concluded.summary().id();
        String agreementNumber = concluded.summary().agreementNumber();
        LocalDate start = concluded.terms().startsOn();
        int buildsBefore = demoSupplierHit().verifiedBuilds();
        int ratingsBefore = directory.profile(applications.demoSupplier()).orElseThrow().ratingCount();

        // three months in: the interim inspection finds the data collection incomplete
        LocalDate interimDay = start.plusMonths(3);
        TestClock.fixAt(interimDay.atTime(15, 0).atZone(KoreanTime.ZONE).toInstant());
        Map<CheckItem, CheckItem.Result> results = all(CheckItem.Result.PASS);
        results.put(CheckItem.DATA, CheckItem.Result.FAIL);
        assertEquals(List.of("inspection.fail.needsAction"), keys(() -> asStaff.call(() -> inspections.record(project, InspectionKind.INTERIM,
                "김감리", interimDay, results, Map.of(), null, List.of()))));
        assertEquals(List.of("inspection.interimFirst"), keys(() -> asStaff.call(() -> inspections.record(project, InspectionKind.FINAL,
                null, interimDay, all(CheckItem.Result.PASS), Map.of(), null, List.of()))));
        InspectionView interim = asStaff.call(() -> inspections.record(project, InspectionKind.INTERIM, "김감리", interimDay, results,
                Map.of(CheckItem.DATA, "2호기 PLC 데이터 미수집"), "대체로 양호", List.of(new Inspection.Action("2호기 데이터 수집 보완",
                        interimDay.plusDays(14)))));
        assertThrows(EJBAccessException.class, () -> asSme.call(() -> inspections.answer(interim.id(), 0, "도입기업은 답하지 않는다")));

        // evidence through the attachment store: staff and the supplier add it; the supplier, the SME and staff read it
        byte[] report = kr.go.smartfactory.document.pdf.PdfDocument.titled("점검 사진 대장").paragraph("2호기 PLC").build().render();
        InspectionView withPhoto = asStaff.call(() -> inspections.addEvidence(interim.id(), "점검대장.pdf",
                new java.io.ByteArrayInputStream(report)));
        long file = withPhoto.evidence().get(0).attachmentId();
        asSupplier.call(() -> inspections.addEvidence(interim.id(), "조치결과.pdf", new java.io.ByteArrayInputStream(report)));
        assertEquals("점검대장.pdf", asSupplier.call(() -> attachments.open(file)).name());
        assertEquals("점검대장.pdf", asSme.call(() -> attachments.open(file)).name());
        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> attachments.open(file)));
        assertThrows(EJBAccessException.class, () -> asSme.call(() -> inspections.addEvidence(interim.id(), "x.pdf",
                new java.io.ByteArrayInputStream(report))));
        assertThrows(DomainException.class, () -> asStaff.call(() -> inspections.addEvidence(interim.id(), "report.pdf",
                new java.io.ByteArrayInputStream("MZ not a pdf".getBytes()))), "the store checks the content");
        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> inspections.inspections(project)));
        asSupplier.call(() -> inspections.answer(interim.id(), 0, "게이트웨이 추가"));
        asStaff.call(() -> inspections.reopen(interim.id(), 0, "2호기 데이터가 아직 없음"));
        asSupplier.call(() -> inspections.answer(interim.id(), 0, "2호기 포함 수집 확인(화면 첨부)"));
        InspectionView accepted = asStaff.call(() -> inspections.accept(interim.id(), 0));
        assertEquals(CorrectiveAction.Status.ACCEPTED, accepted.actions().get(0).status());
        assertEquals(1, accepted.actions().get(0).reopened());
        asStaff.call(() -> inspections.complete(interim.id(), null, null));
        assertEquals(interimDay, asSme.call(() -> agreements.project(project, null)).milestones().get(1).doneOn(), "the 중간 milestone reached");

        // the final inspection closes the project
        LocalDate finalDay = concluded.terms().endsOn().minusDays(3);
        TestClock.fixAt(finalDay.atTime(11, 0).atZone(KoreanTime.ZONE).toInstant().plus(Duration.ofMinutes(1)));
        InspectionView fin = asStaff.call(() -> inspections.record(project, InspectionKind.FINAL, null, finalDay, all(CheckItem.Result.PASS),
                Map.of(), "구축 완료", List.of()));
        assertEquals(List.of("inspection.solutions"), keys(() -> asStaff.call(() -> inspections.complete(fin.id(), SmartLevel.BASIC, Set.of()))));
        asStaff.call(() -> inspections.complete(fin.id(), SmartLevel.BASIC, Set.of("SW.OPS.MES")));
        var closed = asSme.call(() -> agreements.project(project, null));
        assertEquals(ProjectStatus.COMPLETED, closed.summary().status());

        var profile = directory.profile(applications.demoSupplier()).orElseThrow();
        assertTrue(profile.verifiedHistories().stream().anyMatch(h -> h.levelAfter() == SmartLevel.BASIC && h.year() == finalDay.getYear()
                && h.solutions().contains("SW.OPS.MES")), "a verified build history from the project");
        assertEquals(buildsBefore + 1, demoSupplierHit().verifiedBuilds(), "search counts the new verified build");

        var survey = asSme.call(() -> inspections.survey(project)).orElseThrow();
        assertTrue(survey.answerable());
        assertThrows(EJBAccessException.class, () -> asSupplier.call(() -> inspections.answerSurvey(project, 5, "자평")));
        asSme.call(() -> inspections.answerSurvey(project, 4, "일정 준수, 교육 충실"));
        assertEquals(List.of("survey.answered"), keys(() -> asSme.call(() -> inspections.answerSurvey(project, 5, null))));
        assertEquals(ratingsBefore + 1, directory.profile(applications.demoSupplier()).orElseThrow().ratingCount(), "the score rates the supplier");
        assertTrue(agreementNumber.startsWith("SFA-"));
    }

    @Test
    void anAppointedSupervisorInspectsItsProjectButOnlyStaffComplete() {
        var concluded = concludedProjectOfTheTestSme("감리선정");
        long project = concluded.summary().id();

        // the conflict check of the evaluator pool applies: an expert who carried out a project with the supplier is refused
        long tied = fixture.evaluator("공동수행");
        String supplierNumber = directory.profile(applications.demoSupplier()).orElseThrow().registrationNumber().replace("-", "");
        asStaff.call(() -> pool.addTie(tied, kr.go.smartfactory.evaluation.domain.Tie.Kind.JOINT_PROJECT, supplierNumber, "스마트솔루션(주)", null, "2023 공동과제"));
        assertEquals(List.of("project.supervisor.conflict.JOINT_PROJECT"), keys(() -> asStaff.call(() -> agreements.appointSupervisor(project, tied))));

        long expert = accounts.accountByEmail("evaluator@demo.smartfactory.kr").orElseThrow().getId();
        assertThrows(AccessDeniedException.class, () -> asExpert.call(() -> agreements.project(project, null)), "not yet its project");
        LocalDate day = concluded.terms().startsOn().plusMonths(2);
        TestClock.fixAt(day.atTime(10, 0).atZone(KoreanTime.ZONE).toInstant());
        assertThrows(AccessDeniedException.class, () -> asExpert.call(() -> inspections.record(project, InspectionKind.INTERIM, null, day,
                all(CheckItem.Result.PASS), Map.of(), null, List.of())));

        var appointed = asStaff.call(() -> agreements.appointSupervisor(project, expert));
        assertEquals("한평가", appointed.supervisor());
        assertTrue(asExpert.call(() -> agreements.supervised()).stream().anyMatch(p -> p.id() == project), "on the expert's list");
        assertEquals(ProjectView.Side.SUPERVISOR, asExpert.call(() -> agreements.project(project, null)).side());

        Map<CheckItem, CheckItem.Result> results = all(CheckItem.Result.PASS);
        results.put(CheckItem.SECURITY, CheckItem.Result.FAIL);
        InspectionView recorded = asExpert.call(() -> inspections.record(project, InspectionKind.INTERIM, "다른 이름", day, results,
                Map.of(), "감리 지적", List.of(new Inspection.Action("백업 정책 수립", day.plusDays(10)))));
        assertEquals("한평가", recorded.supervisor(), "an appointed supervisor records under its own name");
        byte[] photo = kr.go.smartfactory.document.pdf.PdfDocument.titled("감리 사진").build().render();
        long file = asExpert.call(() -> inspections.addEvidence(recorded.id(), "감리사진.pdf", new java.io.ByteArrayInputStream(photo)))
                .evidence().get(0).attachmentId();
        assertEquals("감리사진.pdf", asExpert.call(() -> attachments.open(file)).name());
        asSupplier.call(() -> inspections.answer(recorded.id(), 0, "일일 백업 설정 완료"));
        assertEquals(CorrectiveAction.Status.ACCEPTED, asExpert.call(() -> inspections.accept(recorded.id(), 0)).actions().get(0).status());
        assertThrows(EJBAccessException.class, () -> asExpert.call(() -> inspections.complete(recorded.id(), null, null)),
                "completing and closing stay with staff");
        asStaff.call(() -> inspections.complete(recorded.id(), null, null));
    }
}

