package kr.go.smartfactory.membership.domain;

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

import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * 등록 이의: a second sign-up with a business registration number that is already registered. Instead of refusing
 * the newcomer — who may be the real company while someone else registered its number, or simply a colleague —
 * the portal keeps what they entered and lets staff decide with the certificate in hand. Life cycle: OPEN (the
 * claimant may attach evidence) → JOINED, TRANSFERRED (both with the claimant's kind matching the company's) or
 * REJECTED; a transfer and a rejection say why. Both parties are told at each step.
 */
@Entity
@Table(name = "company_claim")
public class CompanyClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claimant_id", nullable = false)
    private UserAccount claimant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CompanyKind kind;

    @Column(name = "claimed_name", nullable = false, length = 200)
    private String claimedName;

    @Column(name = "claimed_ceo", nullable = false, length = 100)
    private String claimedCeo;

    @Column(name = "claimed_address", nullable = false, length = 300)
    private String claimedAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "claimed_region", nullable = false, length = 20)
    private Region claimedRegion;

    @Column(name = "claimed_industry", length = 10)
    private String claimedIndustry;

    @Column(name = "evidence_id")
    private Long evidenceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimStatus status;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Version
    private long version;

    protected CompanyClaim() {
        // JPA
    }

    public CompanyClaim(Company company, UserAccount claimant, CompanyKind kind, String name, String ceo, String address,
            Region region, String industry, Instant now) {
        if (claimant.getCompany() != null) {
            throw new DomainException("claim.alreadyMember");
        }
        this.company = Objects.requireNonNull(company);
        this.claimant = claimant;
        this.kind = Objects.requireNonNull(kind);
        this.claimedName = Company.checkName(name);
        this.claimedCeo = Company.checkCeoName(ceo);
        this.claimedAddress = Company.checkAddress(address);
        this.claimedRegion = Objects.requireNonNull(region);
        this.claimedIndustry = industry;
        this.status = ClaimStatus.OPEN;
        this.openedAt = now;
    }

    /** The claimant's business registration certificate (an attachment), replacing an earlier one. */
    public void attachEvidence(long attachmentId) {
        requireOpen();
        this.evidenceId = attachmentId;
    }

    /**
     * Records the decision. Joining or taking over needs the claimant to be of the company's kind (an SME cannot
     * act for a supplier); a transfer or a rejection says why.
     */
    public void decide(ClaimDecision decision, String staff, Long staffCompanyId, String note, Instant now) {
        requireOpen();
        if (staffCompanyId != null && staffCompanyId.equals(company.getId())) {
            throw new DomainException("claim.ownCompany");
        }
        if (decision != ClaimDecision.REJECT && kind != company.getKind()) {
            throw new DomainException("claim.kindDiffers");
        }
        this.decisionNote = decision == ClaimDecision.JOIN ? Texts.optional(note, 1000, "note", "claim.note.size")
                : Texts.required(note, 1000, "note", "claim.note.required");
        this.status = decision.outcome();
        this.decidedBy = Objects.requireNonNull(staff);
        this.decidedAt = now;
    }

    private void requireOpen() {
        if (status != ClaimStatus.OPEN) {
            throw new DomainException("claim.decided");
        }
    }

    public Long getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public UserAccount getClaimant() {
        return claimant;
    }

    public CompanyKind getKind() {
        return kind;
    }

    public String getClaimedName() {
        return claimedName;
    }

    public String getClaimedCeo() {
        return claimedCeo;
    }

    public String getClaimedAddress() {
        return claimedAddress;
    }

    public Region getClaimedRegion() {
        return claimedRegion;
    }

    public String getClaimedIndustry() {
        return claimedIndustry;
    }

    public Long getEvidenceId() {
        return evidenceId;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public Instant getOpenedAt() {
        return openedAt;
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
