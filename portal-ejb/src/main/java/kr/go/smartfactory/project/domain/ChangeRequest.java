package kr.go.smartfactory.project.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

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
 * 협약 변경 신청: the SME asks to change its concluded agreement (인력, H/W·S/W, 일정, 범위, 기타) — what, why, when the
 * cause arose and, for the schedule, the new end. Recorded always; refused at once when the window does not allow it
 * ({@link ChangeWindow}: more than 15 days after the cause, or less than a month before the end), otherwise approved
 * or refused by staff with a reason. One request waits at a time.
 */
@Entity
@Table(name = "change_request")
public class ChangeRequest {

    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChangeKind kind;

    @Column(name = "cause_on", nullable = false)
    private LocalDate causeOn;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "description", nullable = false, length = MAX_TEXT)
    private String description;

    @Column(name = "proposed_ends_on")
    private LocalDate proposedEndsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChangeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal", length = 30)
    private ChangeWindow.Refusal refusal;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decision_reason", length = MAX_TEXT)
    private String decisionReason;

    @Version
    private long version;

    protected ChangeRequest() {
        // JPA
    }

    /**
     * Records a request on {@code today}: refused with every problem of the form (nothing recorded), or recorded —
     * and, when the window does not allow it, refused automatically with the rule it broke.
     */
    public static ChangeRequest request(Project project, boolean anotherWaiting, ChangeKind kind, LocalDate causeOn, String description,
            LocalDate proposedEndsOn, String by, LocalDate today, Instant now) {
        if (project.getStatus() != ProjectStatus.CONCLUDED) {
            throw new DomainException("project.change.notConcluded");
        }
        if (anotherWaiting) {
            throw new DomainException("project.change.pending");
        }
        DomainException.Collector problems = new DomainException.Collector();
        if (kind == null) {
            problems.add("kind", "project.change.kind");
        }
        if (causeOn == null) {
            problems.add("causeOn", "project.change.causeOn");
        }
        String text = problems.check("description", () -> Texts.required(description, MAX_TEXT, "description", "project.change.description"));
        if (kind == ChangeKind.SCHEDULE && (proposedEndsOn == null || !proposedEndsOn.isAfter(project.getStartsOn())
                || proposedEndsOn.equals(project.getEndsOn()))) {
            problems.add("proposedEndsOn", "project.change.proposedEndsOn");
        }
        problems.throwIfAny();
        ChangeRequest c = new ChangeRequest();
        c.project = project;
        c.kind = kind;
        c.causeOn = causeOn;
        c.requestedOn = today;
        c.description = text;
        c.proposedEndsOn = kind == ChangeKind.SCHEDULE ? proposedEndsOn : null;
        c.requestedAt = now;
        c.requestedBy = by;
        Optional<ChangeWindow.Refusal> refused = ChangeWindow.check(causeOn, today, project.getEndsOn());
        if (refused.isPresent()) {
            c.status = ChangeStatus.REFUSED;
            c.refusal = refused.get();
            c.decidedAt = now;
        } else {
            c.status = ChangeStatus.REQUESTED;
        }
        return c;
    }

    /** Staff approve: the project takes the change; the terms now in force. */
    public AgreementTerms approve(String by, String reason, Instant now) {
        requireWaiting();
        AgreementTerms terms = project.apply(this, now);
        status = ChangeStatus.APPROVED;
        decidedAt = now;
        decidedBy = by;
        decisionReason = Texts.optional(reason, MAX_TEXT, "decisionReason", "project.change.reasonTooLong");
        return terms;
    }

    public void refuse(String by, String reason, Instant now) {
        requireWaiting();
        decisionReason = Texts.required(reason, MAX_TEXT, "decisionReason", "project.change.reason");
        status = ChangeStatus.REFUSED;
        decidedAt = now;
        decidedBy = by;
    }

    private void requireWaiting() {
        if (status != ChangeStatus.REQUESTED) {
            throw new DomainException("project.change.decided");
        }
    }

    public boolean isWaiting() {
        return status == ChangeStatus.REQUESTED;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public LocalDate getCauseOn() {
        return causeOn;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getProposedEndsOn() {
        return proposedEndsOn;
    }

    public ChangeStatus getStatus() {
        return status;
    }

    public ChangeWindow.Refusal getRefusal() {
        return refusal;
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

    public String getDecisionReason() {
        return decisionReason;
    }
}
