package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.document.pdf.PdfDocument;
import kr.go.smartfactory.level.application.AssessmentView;
import kr.go.smartfactory.level.application.CertificateCheck;
import kr.go.smartfactory.level.application.DiagnosisView;
import kr.go.smartfactory.level.application.LevelAssessments;
import kr.go.smartfactory.level.application.LevelDiagnosis;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * Level diagnosis against the seeded questions and cut-offs: an SME's answers saved one by one and scored live,
 * completion only when everything is answered; official assessments recorded by staff with every problem at once,
 * the certificate as PDF only for the company and staff, checked by anyone by its number, and the certified level
 * counting only while valid.
 */
@ExtendWith(ArquillianExtension.class)
class LevelIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsTestSme.class, SmeFixture.class, AsDemoStaff.class, AsDemoSupplier.class,
                AsAdmin.class);
    }

    @Inject
    private LevelDiagnosis diagnosis;

    @Inject
    private LevelAssessments assessments;

    @Inject
    private kr.go.smartfactory.level.application.DiagnosisAdministration administration;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private AsTestSme asSme;

    @Inject
    private SmeFixture fixture;

    @Inject
    private AsDemoStaff asStaff;

    @Inject
    private AsDemoSupplier asSupplier;

    private String sme;

    @org.junit.jupiter.api.BeforeEach
    void freshSme() {
        sme = fixture.freshSme();
    }

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    @Test
    void answersAreSavedOneByOneScoredLiveAndCompletedOnlyWhenAllAreGiven() {
        DiagnosisView start = asSme.call(() -> diagnosis.mine());
        assertEquals(40, start.questions().size(), "forty seeded questions, eight per area");
        List<String> codes = start.questions().stream().map(DiagnosisView.Question::code).toList();
        for (String code : codes.subList(0, 39)) {
            asSme.call(() -> diagnosis.answer(code, 2));
        }
        DiagnosisView almost = asSme.call(() -> diagnosis.mine());
        assertEquals(39, almost.result().answered(), "every answer was kept");
        assertFalse(almost.result().complete());
        assertEquals(List.of("diagnosis.incomplete"),
                assertThrows(DomainException.class, () -> asSme.call(() -> diagnosis.complete())).getMessageKeys());

        asSme.call(() -> diagnosis.answer(codes.get(39), 2));
        DiagnosisView done = asSme.call(() -> diagnosis.complete());
        assertTrue(done.completed());
        assertEquals(500, done.result().total(), "2 of 4 everywhere is half of 1,000");
        assertEquals(SmartLevel.INTERMEDIATE_1, done.result().level(), "the seeded cut-off of 중간1 is 500");
        assertEquals(SmartLevel.INTERMEDIATE_2, done.result().next());
        assertEquals(200, done.result().gapToNext());
        assertEquals(5, done.result().areas().size());

        assertThrows(DomainException.class, () -> asSme.call(() -> diagnosis.answer(codes.get(0), 5)), "answers are 0–4");
        assertThrows(DomainException.class, () -> asSme.call(() -> diagnosis.answer("NO-SUCH", 1)));
        assertThrows(EJBAccessException.class, () -> asSupplier.call(() -> diagnosis.mine()), "suppliers do not diagnose");
    }

    @Test
    void staffRecordAnAssessmentWhoseCertificateTheCompanyPrintsAndAnyoneChecks() throws Exception {
        TestClock.fixAt(Instant.parse("2026-11-30T01:00:00Z"));
        byte[] report = PdfDocument.titled("수준확인 결과 보고서").paragraph("시험용").build().render();
        AssessmentView recorded = asStaff.call(() -> assessments.record(sme, "한국생산기술연구원", LocalDate.of(2026, 11, 20),
                SmartLevel.INTERMEDIATE_1, 612, "보고서.pdf", new ByteArrayInputStream(report)));
        assertTrue(recorded.certificateNumber().matches("SFL-2026-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}"), recorded.certificateNumber());
        assertEquals(LocalDate.of(2029, 11, 19), recorded.validUntil(), "three years, the day before the anniversary");
        assertTrue(recorded.valid());

        byte[] pdf = asSme.call(() -> assessments.certificatePdf(recorded.id(), Locale.KOREAN));
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("스마트공장 수준확인서") && text.contains("중간1") && text.contains(recorded.certificateNumber()), text);
        }
        assertThrows(AccessDeniedException.class, () -> asSupplier.call(() -> assessments.certificatePdf(recorded.id(), Locale.KOREAN)),
                "another company cannot print it");

        CertificateCheck check = assessments.check(recorded.certificateNumber().toLowerCase(Locale.ROOT)).orElseThrow();
        assertEquals(CertificateCheck.Status.VALID, check.status());
        assertEquals(SmartLevel.INTERMEDIATE_1, check.level());
        assertTrue(assessments.check("SFL-2026-AAAA-AAAA").isEmpty());
        assertEquals(SmartLevel.INTERMEDIATE_1, assessments.certifiedLevel(recorded.companyId()).orElseThrow());

        TestClock.fixAt(Instant.parse("2029-11-20T01:00:00Z"));
        assertEquals(CertificateCheck.Status.EXPIRED, assessments.check(recorded.certificateNumber()).orElseThrow().status());
        TestClock.reset();
        asStaff.call(() -> {
            assessments.revoke(recorded.id(), "기록 오류");
            return null;
        });
        assertEquals(CertificateCheck.Status.REVOKED, assessments.check(recorded.certificateNumber()).orElseThrow().status());
        assertTrue(assessments.certifiedLevel(recorded.companyId()).isEmpty(), "a revoked certificate no longer counts");
        assertFalse(asSme.call(() -> assessments.mine()).get(0).valid());
    }

    @Test
    void aWrongRecordIsRefusedWithEveryProblemAndOnlyStaffRecord() {
        DomainException refused = assertThrows(DomainException.class, () -> asStaff.call(() -> assessments.record(sme, " ",
                LocalDate.now().plusDays(3), null, 1200, null, null)));
        assertEquals(Set.of("certifyingBody", "assessedOn", "level", "score"),
                Set.copyOf(refused.getProblems().stream().map(DomainException.Problem::field).toList()));
        assertEquals(List.of(DomainException.Problem.on("registrationNumber", "assessment.company.unknown")),
                assertThrows(DomainException.class, () -> asStaff.call(() -> assessments.record(TestData.brn(), "기관",
                        LocalDate.now().minusDays(1), SmartLevel.BASIC, null, null, null))).getProblems());
        assertThrows(EJBAccessException.class, () -> asSme.call(() -> assessments.record(sme, "기관",
                LocalDate.now().minusDays(1), SmartLevel.ADVANCED, null, null, null)), "a company does not certify itself");
    }

    private static kr.go.smartfactory.level.application.DiagnosisAdministration.Question copy(
            kr.go.smartfactory.level.application.DiagnosisAdministration.Question q) {
        var c = new kr.go.smartfactory.level.application.DiagnosisAdministration.Question();
        c.setCode(q.getCode());
        c.setArea(q.getArea());
        c.setTextKo(q.getTextKo());
        c.setTextEn(q.getTextEn());
        c.setWeight(q.getWeight());
        c.setActive(q.isActive());
        return c;
    }

    @Test
    void adminKeepsQuestionsAndCutOffsAsDataSavedAllAtOnceOrNotAtAll() {
        var questions = asAdmin.call(() -> administration.questions());
        java.util.Map<SmartLevel, Integer> cutoffs = asAdmin.call(() -> administration.cutoffs());
        assertEquals(40, questions.size());
        assertEquals(500, cutoffs.get(SmartLevel.INTERMEDIATE_1));
        try {
            List<kr.go.smartfactory.level.application.DiagnosisAdministration.Question> bad = questions.stream().map(LevelIT::copy).toList();
            bad.get(0).setTextKo(" ");
            bad.get(1).setWeight(11);
            java.util.Map<SmartLevel, Integer> badCut = new java.util.EnumMap<>(cutoffs);
            badCut.put(SmartLevel.INTERMEDIATE_1, 250);
            DomainException refused = assertThrows(DomainException.class, () -> asAdmin.call(() -> {
                administration.save(bad, badCut);
                return null;
            }));
            assertEquals(List.of("diagnosis.text.invalid", "diagnosis.weight.invalid"), refused.getMessageKeys());
            java.util.Map<SmartLevel, Integer> onlyOrder = new java.util.EnumMap<>(cutoffs);
            onlyOrder.put(SmartLevel.INTERMEDIATE_1, 250);
            assertEquals(List.of("diagnosis.cutoff.order"), assertThrows(DomainException.class, () -> asAdmin.call(() -> {
                administration.save(questions, onlyOrder);
                return null;
            })).getMessageKeys());
            assertEquals(questions.get(0).getTextKo(), asAdmin.call(() -> administration.questions()).get(0).getTextKo(), "nothing changed");
            assertEquals(500, asAdmin.call(() -> administration.cutoffs()).get(SmartLevel.INTERMEDIATE_1));

            List<kr.go.smartfactory.level.application.DiagnosisAdministration.Question> good = questions.stream().map(LevelIT::copy).toList();
            good.get(0).setTextKo("작업지시를 전산으로 내립니까? (수정)");
            good.get(2).setActive(false);
            java.util.Map<SmartLevel, Integer> moved = new java.util.EnumMap<>(cutoffs);
            moved.put(SmartLevel.INTERMEDIATE_1, 480);
            asAdmin.call(() -> {
                administration.save(good, moved);
                return null;
            });
            DiagnosisView seen = asSme.call(() -> diagnosis.mine());
            assertEquals(39, seen.questions().size(), "a retired question is no longer asked");
            assertTrue(seen.questions().stream().anyMatch(q -> q.textKo().equals("작업지시를 전산으로 내립니까? (수정)")));
            assertThrows(EJBAccessException.class, () -> asStaff.call(() -> administration.questions()), "ADMIN only");
        } finally {
            asAdmin.call(() -> {
                administration.save(questions, cutoffs);
                return null;
            });
        }
        assertEquals(40, asSme.call(() -> diagnosis.mine()).questions().size());
    }
}
