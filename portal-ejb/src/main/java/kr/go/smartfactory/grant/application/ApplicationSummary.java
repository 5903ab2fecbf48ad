package kr.go.smartfactory.grant.application;

import java.time.Instant;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.grant.domain.ApplicationStatus;
import kr.go.smartfactory.grant.domain.BudgetLine;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.grant.domain.Participation;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.SmartLevel;

/** One row of an application list (the SME's, the supplier's inbox, staff's, the coordinator's). */
public record ApplicationSummary(long id, long announcementId, String announcementTitle, ProgramType programType,
        Instant closesAt, long companyId, String companyName, String registrationNumber, Region region, ApplicationStatus status,
        String receiptNumber, Instant submittedAt, int submissions, boolean revised, SmartLevel currentLevel,
        SmartLevel targetLevel, String supplierName, Participation participation, Money government, Money total,
        boolean eligibilityProblems, boolean editable, Instant updatedAt) {

    static ApplicationSummary of(GrantApplication a, Instant now) {
        var funding = BudgetLine.sum(a.getBudget());
        return new ApplicationSummary(a.getId(), a.getAnnouncement().getId(), a.getAnnouncement().getTitle(),
                a.getAnnouncement().getType(), a.getAnnouncement().getClosesAt(), a.getCompany().getId(), a.getCompany().getName(),
                a.getCompany().getRegistrationNumber().formatted(), a.getCompany().getRegion(), a.getStatus(), a.getReceiptNumber(),
                a.getSubmittedAt(), a.getSubmissionCount(), a.isRevised(), a.getCurrentLevel(), a.getTargetLevel(),
                a.getSupplier() == null ? null : a.getSupplier().getCompany().getName(), a.getParticipation(),
                funding.government(), funding.total(), a.isEligibilityProblems(), a.isEditable(now), a.getUpdatedAt());
    }
}
