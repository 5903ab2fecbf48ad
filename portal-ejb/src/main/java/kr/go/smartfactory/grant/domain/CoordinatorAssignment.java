package kr.go.smartfactory.grant.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * The coordinator (코디네이터) matched to an SME from its application to after-care: one per company at a time;
 * staff may hand the company to another coordinator.
 */
@Entity
@Table(name = "coordinator_assignment")
public class CoordinatorAssignment {

    @Id
    @Column(name = "company_id")
    private Long companyId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coordinator_id", nullable = false)
    private UserAccount coordinator;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, length = 254)
    private String assignedBy;

    @Version
    private long version;

    protected CoordinatorAssignment() {
        // JPA
    }

    public CoordinatorAssignment(long companyId, UserAccount coordinator, String by, Instant now) {
        this.companyId = companyId;
        assign(coordinator, by, now);
    }

    public void assign(UserAccount to, String by, Instant now) {
        if (to == null || !to.getRoles().contains(Role.COORDINATOR)) {
            throw DomainException.onField("coordinator", "coordinator.notCoordinator");
        }
        this.coordinator = to;
        this.assignedBy = by;
        this.assignedAt = now;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public UserAccount getCoordinator() {
        return coordinator;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }
}
