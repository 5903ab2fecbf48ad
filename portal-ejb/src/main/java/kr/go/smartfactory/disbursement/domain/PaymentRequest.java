package kr.go.smartfactory.disbursement.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * 사업비 지급 요청: the supplier asks for a payment against one budget line of a concluded agreement, with its tax
 * invoice (the 24-digit approval number of the e-tax invoice, the issuer's business number, the amount, the date). The
 * amounts and dates are the {@link Ledger}'s to check; staff approve or reject it once, with a reason when rejected.
 * Versioned: two staff deciding the same request at once make one decision; the other is told.
 */
@Entity
@Table(name = "payment_request")
public class PaymentRequest {

    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "number", nullable = false)
    private int number;

    /** The budget line's position in the agreement (1 = the first line). */
    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Embedded
    @AttributeOverride(name = "won", column = @Column(name = "amount", nullable = false, precision = 15, scale = 0))
    private Money amount;

    @Column(name = "invoice_number", nullable = false, length = 24)
    private String invoiceNumber;

    @Column(name = "issuer_brn", nullable = false, length = 10)
    private String issuerRegistrationNumber;

    @Column(name = "invoice_date", nullable = false)
    private LocalDate invoiceDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "reason", length = MAX_REASON)
    private String reason;

    @Version
    private long version;

    protected PaymentRequest() {
        // JPA
    }

    /**
     * A request the ledger accepted ({@link Ledger#request} checked line, amount and date); the invoice's own data
     * checked here, every problem at once.
     */
    public static PaymentRequest of(long projectId, Ledger.Request accepted, String invoiceNumber, String issuerRegistrationNumber,
            String by, Instant now) {
        PaymentRequest r = new PaymentRequest();
        r.invoiceNumber = invoiceNumber(invoiceNumber);
        r.issuerRegistrationNumber = issuer(issuerRegistrationNumber);
        r.projectId = projectId;
        r.number = accepted.number();
        r.lineNo = Integer.parseInt(accepted.line());
        r.amount = accepted.amount();
        r.invoiceDate = accepted.invoiceDate();
        r.status = PaymentStatus.PENDING;
        r.requestedAt = now;
        r.requestedBy = by;
        return r;
    }

    /** The invoice's own fields, every problem at once (before the ledger is asked). */
    public static void checkInvoice(String invoiceNumber, String issuerRegistrationNumber) {
        DomainException.Collector problems = new DomainException.Collector();
        problems.check("invoiceNumber", () -> invoiceNumber(invoiceNumber));
        problems.check("issuer", () -> issuer(issuerRegistrationNumber));
        problems.throwIfAny();
    }

    /** The 24 digits of an e-tax invoice approval number (hyphens and spaces as people type them are dropped). */
    static String invoiceNumber(String raw) {
        String digits = raw == null ? "" : raw.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{24}")) {
            throw DomainException.onField("invoiceNumber", "payment.invoice.number");
        }
        return digits;
    }

    private static String issuer(String raw) {
        if (raw == null || !BusinessRegistrationNumber.isValid(raw)) {
            throw DomainException.onField("issuer", "company.brn.invalid");
        }
        return BusinessRegistrationNumber.of(raw).digits();
    }

    public void approve(String by, Instant now) {
        requirePending();
        status = PaymentStatus.APPROVED;
        decidedAt = now;
        decidedBy = by;
    }

    public void reject(String by, String why, Instant now) {
        String text = Texts.required(why, MAX_REASON, "reason", "ledger.reject.reason");
        requirePending();
        status = PaymentStatus.REJECTED;
        reason = text;
        decidedAt = now;
        decidedBy = by;
    }

    private void requirePending() {
        if (status != PaymentStatus.PENDING) {
            throw new DomainException("ledger.request.decided");
        }
    }

    /** The invoice as formatted on paper: 8-8-8 digits. */
    public String getInvoiceNumberFormatted() {
        return invoiceNumber.substring(0, 8) + "-" + invoiceNumber.substring(8, 16) + "-" + invoiceNumber.substring(16);
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getNumber() {
        return number;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Money getAmount() {
        return amount;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public String getIssuerRegistrationNumber() {
        return issuerRegistrationNumber;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getReason() {
        return reason;
    }

    public long getVersion() {
        return version;
    }
}
