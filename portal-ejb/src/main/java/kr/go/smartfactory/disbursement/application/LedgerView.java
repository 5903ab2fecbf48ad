package kr.go.smartfactory.disbursement.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kr.go.smartfactory.disbursement.domain.PaymentStatus;
import kr.go.smartfactory.grant.domain.BudgetCategory;
import kr.go.smartfactory.project.application.ProjectView;
import kr.go.smartfactory.shared.domain.Money;

/**
 * A project's ledger (사업비 원장) as its pages show it: per budget line agreed / requested (pending) / paid / remaining,
 * the totals (agreed = paid + pending + remaining, to the won), the requests with their invoices and decisions, and
 * the deposits of the contributions against what is due.
 */
public record LedgerView(long projectId, String agreementNumber, boolean concluded, boolean completed, LocalDate startsOn, LocalDate endsOn, List<Line> lines,
        Line total, List<Payment> payments, List<DepositRow> deposits, Money contributions, Money deposited, ProjectView.Side side) {

    public record Line(int lineNo, BudgetCategory category, String description, Money agreed, Money pending, Money paid, Money remaining) {
    }

    public record Payment(long id, int number, int lineNo, String line, Money amount, String invoiceNumber, String issuer,
            LocalDate invoiceDate, PaymentStatus status, Instant requestedAt, String requestedBy, Instant decidedAt, String decidedBy,
            String reason, long version) {

        public boolean pending() {
            return status == PaymentStatus.PENDING;
        }
    }

    public record DepositRow(Money amount, LocalDate depositedOn, String holderName, String holderNumber, String bank, Instant recordedAt) {
    }

    public Money due() {
        return contributions.minus(deposited);
    }

    public boolean supplier() {
        return side == ProjectView.Side.SUPPLIER;
    }

    public boolean sme() {
        return side == ProjectView.Side.SME;
    }

    public boolean staff() {
        return side == ProjectView.Side.STAFF;
    }
}
