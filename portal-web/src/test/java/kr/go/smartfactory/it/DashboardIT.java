package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.dashboard.application.DashboardQueries;
import kr.go.smartfactory.dashboard.application.DashboardView;
import kr.go.smartfactory.dashboard.application.StaffDashboard;
import kr.go.smartfactory.disbursement.application.Disbursements;
import kr.go.smartfactory.disbursement.application.LedgerView;
import kr.go.smartfactory.evaluation.application.EvaluationAdministration;
import kr.go.smartfactory.evaluation.domain.Grade;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.shared.domain.Money;

/**
 * The staff dashboard counts what happened, stage by stage: a round's submissions, its selection, the agreement drafted
 * then concluded, a payment approved, a milestone overdue a month later — each moves exactly its numbers. Only staff,
 * administrators and auditors read it.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(ProjectFixture.class, AsTestSme.class, SmeFixture.class, ApplicationFixture.class,
                EvaluationFixture.class, AsDemoStaff.class, AsDemoSme.class, AsDemoSupplier.class, AsAdmin.class);
    }

    static final String SUPPLIER_NUMBER = "220881234" + BusinessRegistrationNumber.checkDigit("220881234");

    @Inject
    private StaffDashboard dashboard;

    @Inject
    private EvaluationAdministration evaluation;


    @Inject
    private Disbursements disbursements;

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

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    private static long basic(DashboardView v, String stage) {
        int index = v.types().indexOf(ProgramType.BASIC);
        return v.stages().stream().filter(s -> s.stage().equals(stage)).findFirst().orElseThrow().byType().get(index);
    }

    private static Money agreed(DashboardView v) {
        return v.amounts().stream().filter(a -> a.type() == ProgramType.BASIC).map(DashboardQueries.Amounts::agreed).findFirst()
                .orElse(Money.ZERO);
    }

    private static Money paid(DashboardView v) {
        return v.amounts().stream().filter(a -> a.type() == ProgramType.BASIC).map(DashboardQueries.Amounts::paid).findFirst()
                .orElse(Money.ZERO);
    }

    @Test
    void eachStepMovesExactlyItsNumbers() {
        smes.freshSme();
        long company = applications.resetTestSme();
        DashboardView before = asStaff.call(() -> dashboard.view());

        long round = fixture.closedRound(1, 100_000_000L);
        long mine = fixture.submitted(round, company, 40_000_000);
        long other = fixture.submitted(round, null, 40_000_000);
        long e = fixture.evaluator("현황평가");
        fixture.scored(mine, e, Grade.EXCELLENT);
        fixture.scored(other, e, Grade.POOR);
        asStaff.call(() -> evaluation.confirmResults(round));
        DashboardView selected = asStaff.call(() -> dashboard.view());
        assertEquals(basic(before, "application.SUBMITTED") + 2, basic(selected, "application.SUBMITTED"));
        assertEquals(basic(before, "outcome.SELECTED") + 1, basic(selected, "outcome.SELECTED"));
        assertEquals(basic(before, "outcome.RESERVE") + 1, basic(selected, "outcome.RESERVE"));
        assertEquals(basic(before, "project.DRAFTED") + 1, basic(selected, "project.DRAFTED"));
        assertEquals(before.waitingPayments(), selected.waitingPayments());

        long project = projects.newestOf(company);
        var concluded = projects.concluded(project);
        DashboardView running = asStaff.call(() -> dashboard.view());
        assertEquals(basic(before, "project.DRAFTED"), basic(running, "project.DRAFTED"));
        assertEquals(basic(before, "project.CONCLUDED") + 1, basic(running, "project.CONCLUDED"));
        assertEquals(agreed(before).plus(Money.won(80_000_000)), agreed(running));

        LedgerView requested = asSupplier.call(() -> disbursements.requestPayment(project, 1, "25,000,000",
                "20261201-41000077-" + String.format("%08d", System.nanoTime() % 100_000_000), SUPPLIER_NUMBER, concluded.terms().startsOn()));
        assertEquals(running.waitingPayments() + 1, asStaff.call(() -> dashboard.view()).waitingPayments());
        LedgerView.Payment p = requested.payments().get(0);
        asStaff.call(() -> disbursements.approve(p.id(), p.version()));
        DashboardView paid = asStaff.call(() -> dashboard.view());
        assertEquals(paid(before).plus(Money.won(25_000_000)), paid(paid));
        assertEquals(running.waitingPayments(), paid.waitingPayments());

        // a month after the start the kick-off report (due two weeks in) is overdue
        TestClock.fixAt(concluded.terms().startsOn().plusMonths(1).atStartOfDay(kr.go.smartfactory.shared.domain.KoreanTime.ZONE).toInstant()
                .plus(Duration.ofHours(10)));
        List<DashboardQueries.Overdue> overdue = asStaff.call(() -> dashboard.view()).overdue();
        assertTrue(overdue.stream().anyMatch(o -> o.projectId() == project && o.what().equals("KICKOFF")), "the kick-off is overdue");
        assertTrue(overdue.stream().noneMatch(o -> o.projectId() == project && o.what().equals("COMPLETION")));

        assertThrows(EJBAccessException.class, () -> asSme.call(() -> dashboard.view()));
        assertThrows(EJBAccessException.class, () -> asSupplier.call(() -> dashboard.view()));
    }
}
