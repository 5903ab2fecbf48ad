package kr.go.smartfactory.disbursement.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.application.Recipients;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.disbursement.domain.Deposit;
import kr.go.smartfactory.disbursement.domain.DisbursementRepository;
import kr.go.smartfactory.disbursement.domain.Ledger;
import kr.go.smartfactory.disbursement.domain.PaymentRequest;
import kr.go.smartfactory.grant.domain.BudgetLine;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.project.application.Agreements;
import kr.go.smartfactory.project.application.ProjectAccess;
import kr.go.smartfactory.project.application.ProjectView;
import kr.go.smartfactory.project.domain.Project;
import kr.go.smartfactory.project.domain.ProjectRepository;
import kr.go.smartfactory.project.domain.ProjectStatus;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.Money;

/**
 * 사업비 (C6): the supplier requests payments against the budget lines of its concluded agreement with the tax invoice
 * (the {@link Ledger} rebuilt from the stored requests checks line, amount and date under a write lock on the project,
 * so two requests at once cannot both take the same remainder; a tax invoice is claimed once); staff approve or reject
 * each once — the decision carries the version the staff member saw, and of two decisions at once one wins and the other
 * is told why —; the SME records the deposits of its contribution. Every side sees the ledger of its own projects.
 */
@Stateless
public class Disbursements {

    @Inject
    private DisbursementRepository disbursements;

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProjectAccess access;

    @Inject
    private Notifications notifications;

    @Inject
    private Recipients recipients;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.Names.SME, Role.Names.SUPPLIER, Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public LedgerView ledger(long projectId) {
        Project p = access.find(projectId);
        return view(p, access.side(p));
    }

    /** The supplier's request, refused with every problem at once (line, amount, date, invoice number, issuer). */
    @RolesAllowed(Role.Names.SUPPLIER)
    public LedgerView requestPayment(long projectId, Integer lineNo, String amount, String invoiceNumber, String issuer,
            LocalDate invoiceDate) {
        Project p = access.asSide(projectId, ProjectView.Side.SUPPLIER);
        if (p.getStatus() != ProjectStatus.CONCLUDED) {
            throw new DomainException("payment.notConcluded");
        }
        projects.lockForUpdate(p);
        DomainException.Collector problems = new DomainException.Collector();
        Money money = problems.check("amount", () -> Money.parse(amount));
        problems.check("invoiceNumber", () -> {
            PaymentRequest.checkInvoice(invoiceNumber, issuer);
            return null;
        });
        Ledger ledger = ledger(p);
        Ledger.Request accepted = problems.check("line", () -> ledger.request(lineNo == null ? "" : String.valueOf(lineNo),
                money == null ? Money.won(1) : money, invoiceDate));
        problems.throwIfAny();
        PaymentRequest r = PaymentRequest.of(p.getId(), accepted, invoiceNumber, issuer, caller.account().getEmail(), clock.instant());
        if (disbursements.invoiceClaimed(r.getIssuerRegistrationNumber(), r.getInvoiceNumber())) {
            throw DomainException.onField("invoiceNumber", "payment.invoice.claimed");
        }
        disbursements.add(r);
        recipients.withRole(Role.STAFF).forEach(staff -> notifications.inbox(staff, "payment.requested", Agreements.STAFF_LINK + p.getId(),
                p.getSupplier().getCompany().getName(), p.getAgreementNumber(), r.getAmount().format(java.util.Locale.KOREAN)));
        return view(p, ProjectView.Side.SUPPLIER);
    }

    /** Approves a request as it was seen ({@code seenVersion}); refused if it changed meanwhile or another decision won. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public LedgerView approve(long requestId, long seenVersion) {
        PaymentRequest r = seen(requestId, seenVersion);
        r.approve(caller.account().getEmail(), clock.instant());
        disbursements.flush();
        return decided(r, "payment.approved");
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public LedgerView reject(long requestId, long seenVersion, String reason) {
        PaymentRequest r = seen(requestId, seenVersion);
        r.reject(caller.account().getEmail(), reason, clock.instant());
        disbursements.flush();
        return decided(r, "payment.rejected");
    }

    /** The SME records a deposit of its contribution into the project account. */
    @RolesAllowed(Role.Names.SME)
    public LedgerView recordDeposit(long projectId, String amount, LocalDate depositedOn, String holderName, String holderNumber,
            String bank) {
        Project p = access.asSide(projectId, ProjectView.Side.SME);
        if (p.getStatus() != ProjectStatus.CONCLUDED) {
            throw new DomainException("payment.notConcluded");
        }
        projects.lockForUpdate(p);
        Money deposited = disbursements.deposits(p.getId()).stream().map(Deposit::getAmount).reduce(Money.ZERO, Money::plus);
        Money due = p.getCompany().plus(p.getPartner()).minus(deposited);
        DomainException.Collector problems = new DomainException.Collector();
        Money money = problems.check("depositAmount", () -> Money.parse(amount));
        Deposit d = problems.check("depositAmount", () -> Deposit.record(p.getId(), money == null ? Money.won(1) : money, due, depositedOn,
                KoreanTime.today(clock), holderName, holderNumber, bank, caller.account().getEmail(), clock.instant()));
        problems.throwIfAny();
        disbursements.add(d);
        return view(p, ProjectView.Side.SME);
    }

    private PaymentRequest seen(long requestId, long seenVersion) {
        PaymentRequest r = disbursements.request(requestId).orElseThrow(() -> new DomainException("ledger.request.unknown"));
        if (r.getVersion() != seenVersion) {
            throw new DomainException("payment.decided.concurrently");
        }
        return r;
    }

    private LedgerView decided(PaymentRequest r, String template) {
        Project p = access.find(r.getProjectId());
        recipients.membersOf(p.getSupplier().getCompany().getId()).forEach(m -> notifications.notify(m, template,
                Agreements.MY_LINK + "?id=" + p.getId(), p.getAgreementNumber(), r.getAmount().format(java.util.Locale.KOREAN)));
        return view(p, ProjectView.Side.STAFF);
    }

    /** The ledger as it stands: agreed per line (its total), the stored requests in their states. */
    private Ledger ledger(Project p) {
        Ledger ledger = new Ledger(p.agreedByLine(), p.getStartsOn(), p.getEndsOn());
        for (PaymentRequest r : disbursements.requests(p.getId())) {
            ledger.restore(String.valueOf(r.getLineNo()), r.getAmount(), r.getInvoiceDate(), r.getStatus().state());
        }
        return ledger;
    }

    private LedgerView view(Project p, ProjectView.Side side) {
        Ledger ledger = ledger(p);
        List<BudgetLine> budget = p.getLines();
        List<LedgerView.Line> lines = new ArrayList<>();
        for (int i = 0; i < budget.size(); i++) {
            String key = String.valueOf(i + 1);
            BudgetLine l = budget.get(i);
            lines.add(new LedgerView.Line(i + 1, l.getCategory(), l.getDescription(), ledger.agreed(key), ledger.pending(key), ledger.paid(key),
                    ledger.remaining(key)));
        }
        LedgerView.Line total = new LedgerView.Line(0, null, null, ledger.agreedTotal(), ledger.pendingTotal(), ledger.paidTotal(),
                ledger.remainingTotal());
        List<LedgerView.Payment> payments = disbursements.requests(p.getId()).stream().map(r -> new LedgerView.Payment(r.getId(),
                r.getNumber(), r.getLineNo(), budget.get(r.getLineNo() - 1).getDescription(), r.getAmount(), r.getInvoiceNumberFormatted(),
                BusinessRegistrationNumber.of(r.getIssuerRegistrationNumber()).formatted(), r.getInvoiceDate(), r.getStatus(),
                r.getRequestedAt(), r.getRequestedBy(), r.getDecidedAt(), r.getDecidedBy(), r.getReason(), r.getVersion())).toList();
        List<Deposit> stored = disbursements.deposits(p.getId());
        List<LedgerView.DepositRow> deposits = stored.stream().map(d -> new LedgerView.DepositRow(d.getAmount(), d.getDepositedOn(),
                d.getHolderName(), BusinessRegistrationNumber.of(d.getHolderRegistrationNumber()).formatted(), d.getBank(), d.getRecordedAt()))
                .toList();
        return new LedgerView(p.getId(), p.getAgreementNumber(), p.getStatus() == ProjectStatus.CONCLUDED,
                p.getStatus() == ProjectStatus.COMPLETED, p.getStartsOn(), p.getEndsOn(),
                lines, total, payments, deposits, p.getCompany().plus(p.getPartner()),
                stored.stream().map(Deposit::getAmount).reduce(Money.ZERO, Money::plus), side);
    }
}
