package kr.go.smartfactory.supplier.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * A supplier asks to change registry data — its company name — which only takes effect when programme staff
 * approve it (the registration number itself never changes: a new number is a new company). Life cycle:
 * PENDING → APPROVED (the name changes) or REJECTED (with a note); one pending request per supplier.
 */
@Entity
@Table(name = "registry_change_request")
public class RegistryChangeRequest {

    public enum Status {
        PENDING, APPROVED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private SupplierProfile supplier;

    @Column(name = "current_name", nullable = false, length = 200)
    private String currentName;

    @Column(name = "requested_name", nullable = false, length = 200)
    private String requestedName;

    @Column(length = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Version
    private long version;

    protected RegistryChangeRequest() {
        // JPA
    }

    public RegistryChangeRequest(SupplierProfile supplier, String requestedName, String reason, String requestedBy, Instant now) {
        this.supplier = Objects.requireNonNull(supplier);
        this.currentName = supplier.getCompany().getName();
        this.requestedName = Texts.required(requestedName, 200, "newName", "registry.name.invalid");
        if (this.requestedName.equals(currentName)) {
            throw DomainException.onField("newName", "registry.name.same");
        }
        this.reason = Texts.optional(reason, 1000, "newNameReason", "registry.reason.size");
        this.status = Status.PENDING;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    /** Applies the new name to the company. */
    public void approve(String staff, Instant now) {
        requirePending();
        supplier.getCompany().correctRegistryData(requestedName, supplier.getCompany().getCeoName(),
                supplier.getCompany().getAddress(), supplier.getCompany().getRegion());
        decide(Status.APPROVED, staff, null, now);
    }

    public void reject(String staff, String note, Instant now) {
        requirePending();
        decide(Status.REJECTED, staff, Texts.required(note, 1000, "note", "registry.reject.note"), now);
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new DomainException("registry.notPending");
        }
    }

    private void decide(Status decision, String staff, String note, Instant now) {
        this.status = decision;
        this.decidedBy = staff;
        this.decisionNote = note;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public SupplierProfile getSupplier() {
        return supplier;
    }

    public String getCurrentName() {
        return currentName;
    }

    public String getRequestedName() {
        return requestedName;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
