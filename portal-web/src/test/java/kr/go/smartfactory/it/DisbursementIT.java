package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.disbursement.application.Disbursements;
import kr.go.smartfactory.disbursement.application.LedgerView;
import kr.go.smartfactory.disbursement.domain.PaymentStatus;
import kr.go.smartfactory.evaluation.application.EvaluationAdministration;
import kr.go.smartfactory.evaluation.domain.Grade;
import kr.go.smartfactory.project.application.Agreements;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Money;

/**
 * Disbursements against the provisioned server: each rule of a payment request (concluded agreement, known line, amount
 * within the line's remainder, invoice dated inside the period, a valid invoice number and issuer, an invoice claimed
 * once), every problem at once, the ledger reconciling after each step, two staff approving the same request at once
 * (exactly one approval, the other told), deposits within what is due, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class DisbursementIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(ProjectFixture.class, AsTestSme.class, SmeFixture.class, ApplicationFixture.class,
                EvaluationFixture.class, AsDemoStaff.class, AsDemoSme.class, AsDemoSupplier.class, AsAdmin.class);
    }

    static final String SUPPLIER_NUMBER = "220881234" + BusinessRegistrationNumber.checkDigit("220881234");

    @Inject
    private EvaluationAdministration evaluation;

    @Inject
    private Agreements agreements;

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
    private AsDemoSme asOtherSme;

    @Inject
    private AsDemoStaff asStaff;

    @Inject
    private AsDemoSupplier asSupplier;

    private long testSmeCompany;
    private long project;

    @BeforeEach
    void concludedProject() {
        smes.freshSme();
        testSmeCompany = applications.resetTestSme();
        long round = fixture.closedRound(1, 100_000_000L);
        long mine = fixture.submitted(round, testSmeCompany, 40_000_000);
        fixture.scored(mine, fixture.evaluator("지급평가"), Grade.GOOD);
        asStaff.call(() -> evaluation.confirmResults(round));
        project = projects.newestOf(testSmeCompany);
    }

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    private void conclude() {
        projects.concluded(project);
    }

    private static List<String> keys(Runnable r) {
        return assertThrows(DomainException.class, r::run).getMessageKeys();
    }

    private static String invoice(int n) {
        return String.format("20261130-41%06d-%08d", n % 1_000_000, (System.nanoTime() / 1000) % 100_000_000);
    }

    private static void reconciles(LedgerView v) {
        assertEquals(v.total().agreed(), v.total().paid().plus(v.total().pending()).plus(v.total().remaining()), "agreed = paid + pending + remaining");
        for (LedgerView.Line l : v.lines()) {
            assertEquals(l.agreed(), l.paid().plus(l.pending()).plus(l.remaining()), "line " + l.lineNo());
        }
    }

    @Test
    void everyRuleOfAPaymentRequestAndTheLedgerAfterEachStep() {
        LocalDate start = asSme.call(() -> agreements.project(project, null)).terms().startsOn();
        assertEquals(List.of("payment.notConcluded"), keys(() -> asSupplier.call(() -> disbursements.requestPayment(project, 1, "1,000",
                invoice(1), SUPPLIER_NUMBER, start))));
        conclude();
        LedgerView fresh = asSupplier.call(() -> disbursements.ledger(project));
        assertEquals(Money.won(80_000_000), fresh.total().agreed(), "the line's total: grant and contribution");
        reconciles(fresh);

        assertEquals(List.of("ledger.line.unknown"), keys(() -> asSupplier.call(() -> disbursements.requestPayment(project, 9, "1,000",
                invoice(2), SUPPLIER_NUMBER, start))));
        assertEquals(List.of("ledger.amount.aboveLine"), keys(() -> asSupplier.call(() -> disbursements.requestPayment(project, 1,
                "80,000,001", invoice(3), SUPPLIER_NUMBER, start))));
        assertEquals(List.of("ledger.date.outsideAgreement"), keys(() -> asSupplier.call(() -> disbursements.requestPayment(project, 1,
                "1,000", invoice(4), SUPPLIER_NUMBER, start.minusDays(1)))));
        assertEquals(List.of("money.invalid", "payment.invoice.number", "company.brn.invalid", "ledger.date.outsideAgreement"),
                keys(() -> asSupplier.call(() -> disbursements.requestPayment(project, 1, "천만원", "1234", "123-45-6789",
                        null))), "every problem at once");

        String first = invoice(5);
        LedgerView requested = asSupplier.call(() -> disbursements.requestPayment(project, 1, "30,000,000원", first, SUPPLIER_NUMBER, start));
        assertEquals(Money.won(30_000_000), requested.total().pending());
        assertEquals(Money.won(50_000_000), requested.total().remaining(), "a pending request reserves its amount");
        reconciles(requested);
        assertEquals(List.of("payment.invoice.claimed"), keys(() -> asSupplier.call(() -> disbursements.requestPayment(project, 1,
                "1,000", first, SUPPLIER_NUMBER, start))));
        assertEquals(List.of("ledger.amount.aboveLine"), keys(() -> asSupplier.call(() -> disbursements.requestPayment(project, 1,
                "50,000,001", invoice(6), SUPPLIER_NUMBER, start))));

        LedgerView.Payment p = requested.payments().get(0);
        assertEquals(List.of("ledger.reject.reason"), keys(() -> asStaff.call(() -> disbursements.reject(p.id(), p.version(), " "))));
        LedgerView rejected = asStaff.call(() -> disbursements.reject(p.id(), p.version(), "세금계산서 금액 불일치"));
        assertEquals(PaymentStatus.REJECTED, rejected.payments().get(0).status());
        assertEquals(Money.won(80_000_000), rejected.total().remaining(), "a rejected request frees its amount");
        reconciles(rejected);

        // a rejected invoice may be claimed again (corrected), and approved once
        LedgerView again = asSupplier.call(() -> disbursements.requestPayment(project, 1, "80,000,000", first, SUPPLIER_NUMBER,
                start.plusDays(30)));
        LedgerView.Payment second = again.payments().get(1);
        LedgerView approved = asStaff.call(() -> disbursements.approve(second.id(), second.version()));
        assertEquals(Money.won(80_000_000), approved.total().paid());
        assertEquals(Money.ZERO, approved.total().remaining());
        reconciles(approved);
        assertEquals(List.of("payment.decided.concurrently"), keys(() -> asStaff.call(() -> disbursements.approve(second.id(),
                second.version()))));
        assertEquals(List.of("ledger.amount.aboveLine"), keys(() -> asSupplier.call(() -> disbursements.requestPayment(project, 1, "1",
                invoice(7), SUPPLIER_NUMBER, start))));
    }

    @Test
    void twoStaffApprovingTheSameRequestAtOnceMakeExactlyOneApproval() throws Exception {
        conclude();
        LocalDate start = asSme.call(() -> agreements.project(project, null)).terms().startsOn();
        LedgerView v = asSupplier.call(() -> disbursements.requestPayment(project, 1, "10,000,000", invoice(8), SUPPLIER_NUMBER, start));
        LedgerView.Payment p = v.payments().get(0);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            outcomes.add(pool.submit(() -> {
                go.await();
                try {
                    asStaff.call(() -> disbursements.approve(p.id(), p.version()));
                    return "approved";
                } catch (DomainException refused) {
                    return String.join(",", refused.getMessageKeys());
                }
            }));
        }
        go.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get());
        }
        pool.shutdown();
        results.sort(null);
        assertEquals(List.of("approved", "payment.decided.concurrently"), results);
        LedgerView after = asStaff.call(() -> disbursements.ledger(project));
        assertEquals(Money.won(10_000_000), after.total().paid(), "paid once");
        reconciles(after);
    }

    @Test
    void depositsStayWithinWhatIsDueAndEachSideDoesOnlyItsPart() {
        conclude();
        LocalDate today = kr.go.smartfactory.shared.domain.KoreanTime.today(java.time.Clock.systemUTC());
        String sme = BusinessRegistrationNumber.of(TestData.brn()).digits();
        assertEquals(List.of("deposit.aboveDue"), keys(() -> asSme.call(() -> disbursements.recordDeposit(project, "40,000,001", today,
                "테스트기업", sme, "기업은행"))));
        assertEquals(List.of("deposit.date", "deposit.holder", "deposit.bank"), keys(() -> asSme.call(() -> disbursements.recordDeposit(
                project, "1,000", today.plusDays(1), " ", sme, ""))));
        LedgerView d = asSme.call(() -> disbursements.recordDeposit(project, "40,000,000", today, "(주)테스트", sme, "기업은행"));
        assertEquals(Money.ZERO, d.due());

        assertThrows(EJBAccessException.class, () -> asSme.call(() -> disbursements.requestPayment(project, 1, "1,000", invoice(9),
                SUPPLIER_NUMBER, today)));
        assertThrows(EJBAccessException.class, () -> asSupplier.call(() -> disbursements.recordDeposit(project, "1", today, "x", sme, "x")));
        assertThrows(EJBAccessException.class, () -> asSupplier.call(() -> disbursements.approve(1, 0)));
        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> disbursements.ledger(project)));
        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> disbursements.recordDeposit(project, "1", today, "x", sme,
                "x")));
    }
}
