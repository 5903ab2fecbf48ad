package kr.go.smartfactory.project.application;

import java.time.LocalDate;

import kr.go.smartfactory.project.domain.Project;
import kr.go.smartfactory.project.domain.ProjectStatus;
import kr.go.smartfactory.shared.domain.Money;

/** A row of a project list. */
public record ProjectSummary(long id, String agreementNumber, String receiptNumber, long announcementId, String roundTitle,
        long companyId, String companyName, long supplierId, String supplierName, ProjectStatus status, Money government, Money total, LocalDate startsOn,
        LocalDate endsOn, boolean smeConfirmed, boolean supplierConfirmed) {

    static ProjectSummary of(Project p) {
        var a = p.getApplication();
        return new ProjectSummary(p.getId(), p.getAgreementNumber(), a.getReceiptNumber(), a.getAnnouncement().getId(),
                a.getAnnouncement().getTitle(), a.getCompany().getId(), a.getCompany().getName(), p.getSupplier().getId(),
                p.getSupplier().getCompany().getName(),
                p.getStatus(), p.getGovernment(), p.getTotal(), p.getStartsOn(), p.getEndsOn(), p.getSmeConfirmedAt() != null,
                p.getSupplierConfirmedAt() != null);
    }
}
