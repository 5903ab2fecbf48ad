package kr.go.smartfactory.membership.application;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.application.Recipients;
import kr.go.smartfactory.account.domain.AccountPurging;
import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.CompanyClaimed;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.attachment.application.AttachmentView;
import kr.go.smartfactory.attachment.application.Attachments;
import kr.go.smartfactory.attachment.domain.AttachmentKind;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyRepository;
import kr.go.smartfactory.company.domain.CompanyTakenOver;
import kr.go.smartfactory.membership.domain.ClaimDecision;
import kr.go.smartfactory.membership.domain.ClaimRepository;
import kr.go.smartfactory.membership.domain.ClaimStatus;
import kr.go.smartfactory.membership.domain.CompanyClaim;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * Disputes over a registered business number (등록 이의). Opened by sign-up ({@link CompanyClaimed}): the claimant,
 * the company's members and programme staff are told at once. The claimant attaches their business registration
 * certificate; staff compare both sides and decide — the claimant joins the company as a colleague, takes the
 * company over (its former members are detached and disabled, and what they published goes back to review:
 * {@link CompanyTakenOver}), or the claim is rejected (the claimant's account is disabled). Both sides are told.
 */
@Stateless
public class CompanyClaims {

    public static final int MAX_PAGE = 200;

    @Inject
    private ClaimRepository claims;

    @Inject
    private CompanyRepository companies;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Attachments attachments;

    @Inject
    private Notifications notifications;

    @Inject
    private Recipients recipients;

    @Inject
    private Event<CompanyTakenOver> takenOver;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** Opens the claim, in the sign-up transaction (of an anonymous visitor). */
    @PermitAll
    public void opened(@Observes CompanyClaimed event) {
        Company company = companies.company(event.companyId()).orElseThrow();
        UserAccount claimant = accounts.account(event.accountId()).orElseThrow();
        CompanyClaim claim = new CompanyClaim(company, claimant, event.kind(), event.companyName(), event.ceoName(), event.address(),
                event.region(), event.industryCode(), clock.instant());
        claims.add(claim);
        String number = company.getRegistrationNumber().formatted();
        notifications.notify(Recipients.of(claimant), "claim.opened.claimant", "/my/index.xhtml", number);
        recipients.membersOf(company.getId()).forEach(member ->
                notifications.notify(member, "claim.opened.holder", "/my/index.xhtml", number, company.getName()));
        recipients.withRole(Role.STAFF).forEach(staff -> notifications.inbox(staff, "claim.opened.staff",
                "/staff/claims.xhtml", number, company.getName(), event.companyName()));
    }

    @PermitAll
    public void purging(@Observes AccountPurging event) {
        claims.byClaimant(event.accountId()).forEach(claims::remove);
    }

    // ---- the claimant ----------------------------------------------------------------------------------------

    /** The caller's own open or latest claim, if any. */
    @PermitAll
    public Optional<ClaimView> mine() {
        UserAccount me = caller.account();
        return claims.byClaimant(me.getId()).stream().findFirst().map(this::view);
    }

    /** Attaches (or replaces) the claimant's business registration certificate. */
    @PermitAll
    public ClaimView attachEvidence(String fileName, InputStream certificate) {
        UserAccount me = caller.account();
        CompanyClaim claim = claims.byClaimant(me.getId()).stream().filter(c -> c.getStatus() == ClaimStatus.OPEN).findFirst()
                .orElseThrow(() -> new DomainException("claim.notOpen"));
        AttachmentView file = attachments.store(AttachmentKind.BUSINESS_REGISTRATION_CERTIFICATE, null, fileName, certificate);
        claim.attachEvidence(file.id());
        return view(claim);
    }

    // ---- programme staff ------------------------------------------------------------------------------------

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public List<ClaimView> claims(ClaimStatus status, int first, int max) {
        return claims.claims(status, Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE)).stream().map(this::view).toList();
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public long count(ClaimStatus status) {
        return claims.count(status);
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public void decide(long claimId, ClaimDecision decision, String note) {
        if (decision == null) {
            throw DomainException.onField("decision", "claim.decision.required");
        }
        CompanyClaim claim = claims.claim(claimId).orElseThrow(() -> new DomainException("claim.notOpen"));
        UserAccount staff = caller.account();
        Company company = claim.getCompany();
        List<UserAccount> formerMembers = accounts.members(company.getId());
        claim.decide(decision, staff.getEmail(), staff.getCompany() == null ? null : staff.getCompany().getId(), note, clock.instant());
        UserAccount claimant = claim.getClaimant();
        switch (decision) {
            case JOIN -> claimant.joinCompany(company);
            case TRANSFER -> {
                formerMembers.forEach(UserAccount::leaveCompany);
                claimant.joinCompany(company);
                takenOver.fire(new CompanyTakenOver(company.getId(), staff.getEmail(), claim.getDecisionNote()));
            }
            case REJECT -> claimant.disable();
        }
        String number = company.getRegistrationNumber().formatted();
        String outcome = decision.name().toLowerCase(java.util.Locale.ROOT);
        notifications.notify(Recipients.of(claimant), "claim.decided.claimant." + outcome, "/my/index.xhtml", number,
                company.getName(), claim.getDecisionNote() == null ? "" : claim.getDecisionNote());
        formerMembers.stream().map(Recipients::of).forEach(member -> notifications.notify(member,
                "claim.decided.holder." + outcome, "/my/index.xhtml", number, company.getName(),
                claim.getDecisionNote() == null ? "" : claim.getDecisionNote()));
    }

    private ClaimView view(CompanyClaim claim) {
        AttachmentView evidence = null;
        if (claim.getEvidenceId() != null) {
            try {
                evidence = attachments.view(claim.getEvidenceId());
            } catch (AccessDeniedException | DomainException e) {
                evidence = null;
            }
        }
        return ClaimView.of(claim, evidence);
    }
}
