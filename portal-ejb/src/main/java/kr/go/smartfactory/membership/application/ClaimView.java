package kr.go.smartfactory.membership.application;

import java.time.Instant;

import kr.go.smartfactory.attachment.application.AttachmentView;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.membership.domain.ClaimStatus;
import kr.go.smartfactory.membership.domain.CompanyClaim;

/**
 * A claim with both sides: the registered company's data and what the claimant entered, side by side for staff;
 * the claimant's own view leaves out the registered members' details.
 */
public record ClaimView(long id, ClaimStatus status, String registrationNumber, CompanyKind registeredKind,
        String registeredName, String registeredCeo, String registeredAddress, Region registeredRegion, CompanyKind claimedKind,
        String claimedName, String claimedCeo, String claimedAddress, Region claimedRegion, String claimantEmail,
        String claimantName, AttachmentView evidence, Instant openedAt, Instant decidedAt, String decisionNote) {

    static ClaimView of(CompanyClaim c, AttachmentView evidence) {
        var company = c.getCompany();
        return new ClaimView(c.getId(), c.getStatus(), company.getRegistrationNumber().formatted(), company.getKind(),
                company.getName(), company.getCeoName(), company.getAddress(), company.getRegion(), c.getKind(),
                c.getClaimedName(), c.getClaimedCeo(), c.getClaimedAddress(), c.getClaimedRegion(), c.getClaimant().getEmail(),
                c.getClaimant().getContactName(), evidence, c.getOpenedAt(), c.getDecidedAt(), c.getDecisionNote());
    }

    public boolean open() {
        return status == ClaimStatus.OPEN;
    }

    public boolean kindsDiffer() {
        return registeredKind != claimedKind;
    }
}
