package kr.go.smartfactory.supplier.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * 공급기업 등록 심사: a supplier is listed in the directory only after programme staff have checked its business
 * registration certificate. Life cycle: DRAFT (signed up) → SUBMITTED (certificate attached) → APPROVED, or
 * REJECTED with a reason → SUBMITTED again after correction. Suppliers imported from the registry by staff are
 * APPROVED at once ({@link #registryImported}). An approved supplier stays approved; a later dispute over its
 * number is decided by staff (and may send it back to DRAFT through {@link #withdraw}).
 */
@Embeddable
public class SupplierRegistration implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String REGISTRY = "system:registry-import";

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_status", nullable = false, length = 20)
    private RegistrationStatus status;

    /** The attachment holding the business registration certificate. */
    @Column(name = "certificate_id")
    private Long certificateId;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    protected SupplierRegistration() {
        // JPA
    }

    static SupplierRegistration draft() {
        SupplierRegistration registration = new SupplierRegistration();
        registration.status = RegistrationStatus.DRAFT;
        return registration;
    }

    /** Submits (or, after a rejection, resubmits) with the certificate's attachment. */
    void submit(Long certificate, Instant now) {
        if (status != RegistrationStatus.DRAFT && status != RegistrationStatus.REJECTED) {
            throw new DomainException("registration.notSubmittable");
        }
        if (certificate == null) {
            throw DomainException.onField("certificate", "registration.certificate.required");
        }
        this.certificateId = certificate;
        this.status = RegistrationStatus.SUBMITTED;
        this.submittedAt = now;
        this.decidedAt = null;
        this.decidedBy = null;
        this.decisionNote = null;
    }

    void approve(String staff, Instant now) {
        requireSubmitted();
        decide(RegistrationStatus.APPROVED, staff, null, now);
    }

    void reject(String staff, String reason, Instant now) {
        requireSubmitted();
        decide(RegistrationStatus.REJECTED, staff, Texts.required(reason, 1000, "note", "registration.reject.reason"), now);
    }

    /** The registry's data, imported by staff, stands for a checked certificate. */
    void registryImported(Instant now) {
        if (status != RegistrationStatus.APPROVED) {
            decide(RegistrationStatus.APPROVED, REGISTRY, null, now);
        }
    }

    /** Staff withdrew the listing (a dispute found the registration was not the company's own). */
    void withdraw(String staff, String reason, Instant now) {
        this.status = RegistrationStatus.DRAFT;
        this.certificateId = null;
        this.submittedAt = null;
        this.decidedAt = now;
        this.decidedBy = staff;
        this.decisionNote = Texts.required(reason, 1000, "note", "registration.reject.reason");
    }

    private void requireSubmitted() {
        if (status != RegistrationStatus.SUBMITTED) {
            throw new DomainException("registration.notSubmitted");
        }
    }

    private void decide(RegistrationStatus decision, String staff, String note, Instant now) {
        this.status = decision;
        this.decidedBy = Objects.requireNonNull(staff);
        this.decidedAt = now;
        this.decisionNote = note;
    }

    public boolean isListed() {
        return status == RegistrationStatus.APPROVED;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Long getCertificateId() {
        return certificateId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
