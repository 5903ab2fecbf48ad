package kr.go.smartfactory.it;

import java.net.URL;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.evaluation.application.EvaluationAdministration;
import kr.go.smartfactory.evaluation.application.Objections;
import kr.go.smartfactory.evaluation.domain.Grade;
import kr.go.smartfactory.project.application.Agreements;
import kr.go.smartfactory.project.application.InspectionView;
import kr.go.smartfactory.project.application.Inspections;
import kr.go.smartfactory.project.domain.ChangeKind;
import kr.go.smartfactory.project.domain.CheckItem;
import kr.go.smartfactory.project.domain.Inspection;
import kr.go.smartfactory.project.domain.InspectionKind;
import kr.go.smartfactory.shared.domain.KoreanTime;

/**
 * Stored XSS in the programme's free text: an objection and its answer, a change request, an inspection's findings,
 * a corrective action and the supplier's answer hold script payloads; the applicant's, the supplier's and staff's pages
 * show them, and only escaped.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammeXssIT {

    static final String PAYLOAD = StoredXssIT.PAYLOAD;

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(ProjectFixture.class, AsTestSme.class, SmeFixture.class, ApplicationFixture.class,
                EvaluationFixture.class, AsDemoStaff.class, AsDemoSme.class, AsDemoSupplier.class, AsAdmin.class, PortalHttp.class,
                StoredXssIT.class);
    }

    @Inject
    private EvaluationAdministration evaluation;

    @Inject
    private Objections objections;

    @Inject
    private Agreements agreements;

    @Inject
    private Inspections inspections;

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
    private AsDemoStaff asStaff;

    @Inject
    private AsDemoSupplier asSupplier;

    @ArquillianResource
    private URL base;

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    @Test
    void theProgrammesFreeTextIsShownEscapedToEveryone() throws Exception {
        smes.freshSme();
        long company = applications.resetTestSme();
        long round = fixture.closedRound(1, 100_000_000L);
        long mine = fixture.submitted(round, company, 40_000_000);
        long other = fixture.submitted(round, null, 40_000_000);
        long e = fixture.evaluator("이스케이프");
        fixture.scored(mine, e, Grade.FAIR);
        fixture.scored(other, e, Grade.GOOD);
        asStaff.call(() -> evaluation.confirmResults(round));
        asSme.call(() -> objections.file(mine, PAYLOAD));
        long objection = asStaff.call(() -> evaluation.board(round)).objections().get(0).id();
        asStaff.call(() -> {
            evaluation.answerObjection(objection, true, true, PAYLOAD);
            return null;
        });
        fixture.rescored(mine, e, Grade.EXCELLENT);
        asStaff.call(() -> evaluation.confirmResults(round));
        long project = projects.newestOf(company);
        var concluded = projects.concluded(project);

        LocalDate day = concluded.terms().startsOn().plusMonths(1);
        TestClock.fixAt(day.atTime(10, 0).atZone(KoreanTime.ZONE).toInstant());
        asSme.call(() -> agreements.requestChange(project, ChangeKind.OTHER, day, PAYLOAD, null));
        Map<CheckItem, CheckItem.Result> results = new EnumMap<>(CheckItem.class);
        for (CheckItem item : CheckItem.values()) {
            results.put(item, CheckItem.Result.PASS);
        }
        results.put(CheckItem.DATA, CheckItem.Result.FAIL);
        InspectionView i = asStaff.call(() -> inspections.record(project, InspectionKind.INTERIM, PAYLOAD.substring(0, 90), day, results,
                Map.of(CheckItem.DATA, PAYLOAD), PAYLOAD, List.of(new Inspection.Action(PAYLOAD, day.plusDays(7)))));
        asSupplier.call(() -> inspections.answer(i.id(), 0, PAYLOAD));

        PortalHttp http = new PortalHttp(base);
        HttpClient sme = http.signedIn(AsTestSme.EMAIL, TestData.PASSWORD);
        for (String page : List.of("/my/application.xhtml?id=" + mine, "/my/project.xhtml?id=" + project)) {
            StoredXssIT.assertShownEscaped(page, http.get(sme, page));
        }
        HttpClient staff = http.signedIn("staff");
        for (String page : List.of("/staff/evaluation.xhtml?round=" + round, "/staff/project.xhtml?id=" + project)) {
            StoredXssIT.assertShownEscaped(page, http.get(staff, page));
        }
        HttpClient supplier = http.signedIn("supplier");
        StoredXssIT.assertShownEscaped("/my/project.xhtml?id=" + project, http.get(supplier, "/my/project.xhtml?id=" + project));
    }
}
