package kr.go.smartfactory.supplier.application;

import java.time.Instant;
import java.time.LocalDate;

import kr.go.smartfactory.attachment.application.AttachmentView;
import kr.go.smartfactory.supplier.domain.RegistrationStatus;

/**
 * A supplier's registration as the supplier and staff see it: status, the certificate, when it was submitted and
 * by when staff should decide (처리기한, business days), and the decision.
 */
public record RegistrationView(long supplierId, String companyName, String registrationNumber, String ceoName,
        String region, RegistrationStatus status, AttachmentView certificate, Instant submittedAt, LocalDate dueDate,
        boolean overdue, Instant decidedAt, String decidedBy, String decisionNote) {

    public boolean listed() {
        return status == RegistrationStatus.APPROVED;
    }

    public boolean canSubmit() {
        return status == RegistrationStatus.DRAFT || status == RegistrationStatus.REJECTED;
    }

    public boolean awaitingReview() {
        return status == RegistrationStatus.SUBMITTED;
    }
}
