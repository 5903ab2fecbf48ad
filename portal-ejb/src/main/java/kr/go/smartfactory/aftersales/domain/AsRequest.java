package kr.go.smartfactory.aftersales.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.calendar.domain.BusinessCalendar;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * An after-service request (AS 요청) of an SME, on one of its projects or on the company: routed on filing
 * ({@link Routing}) to the project's supplier or a regional support group, worked through 접수 → 진단 → 코칭/수리 →
 * 완료, rated by the requester (종료) or refused with a reason (반려). Its SLA clock ({@link SlaClock}) runs in business
 * hours and stands still while the request waits on the requester; each wait is kept.
 */
@Entity
@Table(name = "as_request")
public class AsRequest {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_REASON = 1000;
    /** 0: none; 1: the group leader (or the supplier's members) told; 2: regional staff told. */
    public static final int MAX_ESCALATION = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The request number shown to everyone (AS-2026-000042). */
    @Column(name = "request_number", nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "project_id")
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private AsCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 20)
    private AsSeverity severity;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "description", nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AsStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "handler_kind", nullable = false, length = 20)
    private HandlerKind handlerKind;

    @Column(name = "supplier_id")
    private Long supplierId;

    @Column(name = "group_id")
    private Long groupId;

    /** 하자보수: a defect inside the intensive-AS period, repaired by the supplier at no cost. */
    @Column(name = "warranty", nullable = false)
    private boolean warranty;

    /** The expert (an account) a support group's leader assigned; null for a supplier's request. */
    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "first_responded_at")
    private Instant firstRespondedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "reject_reason", length = MAX_REASON)
    private String rejectReason;

    @Column(name = "reroute_reason", length = MAX_REASON)
    private String rerouteReason;

    @Column(name = "rating")
    private Integer rating;

    @Column(name = "rating_comment", length = 2000)
    private String ratingComment;

    /** The targets of its severity when it was filed (business minutes): a later change of the targets applies to later requests. */
    @Column(name = "sla_first_response_minutes", nullable = false)
    private int firstResponseMinutes;

    @Column(name = "sla_resolution_minutes", nullable = false)
    private int resolutionMinutes;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @ElementCollection
    @CollectionTable(name = "as_request_pause", joinColumns = @JoinColumn(name = "request_id"))
    @OrderBy("pausedAt")
    private List<AsPause> pauses = new ArrayList<>();

    @Version
    private long version;

    protected AsRequest() {
        // JPA
    }

    /**
     * A filed request; {@code route} from {@link Routing}, {@code targets} the SLA of its severity now (kept on the
     * request). The form is checked by {@link #form} (every problem at once).
     */
    public AsRequest(String number, long companyId, Long projectId, AsCategory category, AsSeverity severity, String title,
            String description, String requestedBy, Routing.Route route, SlaTarget targets, Instant now) {
        Form checked = form(category, severity, title, description);
        if (targets == null || targets.getSeverity() != severity) {
            throw new IllegalArgumentException("the targets of " + severity + " expected, got " + targets);
        }
        this.firstResponseMinutes = targets.getFirstResponseMinutes();
        this.resolutionMinutes = targets.getResolutionMinutes();
        String t = checked.title();
        String d = checked.description();
        this.number = Objects.requireNonNull(number);
        this.companyId = companyId;
        this.projectId = projectId;
        this.category = category;
        this.severity = severity;
        this.title = t;
        this.description = d;
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.status = AsStatus.RECEIVED;
        this.createdAt = Objects.requireNonNull(now);
        routeTo(route);
    }

    /** What the requester typed, checked: title and description trimmed. */
    public record Form(AsCategory category, AsSeverity severity, String title, String description) {
    }

    /**
     * Checks a request's form, every problem at once, each on its field — before anything else is decided about the
     * request (its routing), so the requester first learns what to correct.
     */
    public static Form form(AsCategory category, AsSeverity severity, String title, String description) {
        DomainException.Collector problems = new DomainException.Collector();
        if (category == null) {
            problems.add("category", "as.category.required");
        }
        if (severity == null) {
            problems.add("severity", "as.severity.required");
        }
        String t = problems.check("title", () -> Texts.required(title, MAX_TITLE, "title", "as.title.invalid"));
        String d = problems.check("description", () -> Texts.required(description, MAX_DESCRIPTION, "description", "as.description.invalid"));
        problems.throwIfAny();
        return new Form(category, severity, t, d);
    }

    // ----- the thread

    /**
     * A message of the thread. The requester's reply ends a wait on it (the clock runs again); a handler's visible
     * message is the first response when none was given yet. Internal notes are the handler's only. Nothing is
     * posted on a closed or refused request.
     */
    public AsMessage post(String author, boolean fromRequester, boolean internal, String body, Instant now) {
        if (status == AsStatus.CLOSED || status == AsStatus.REJECTED) {
            throw new DomainException("as.closed");
        }
        if (fromRequester && internal) {
            throw new DomainException("as.internal.handlerOnly");
        }
        String text = Texts.required(body, AsMessage.MAX_BODY, "body", "as.message.invalid");
        if (fromRequester) {
            resume(now);
        } else if (!internal) {
            responded(now);
        }
        return new AsMessage(id, author, fromRequester, internal, text, now);
    }

    /** The handler asks the requester something and waits: the message is sent and the clock stands still until the reply. */
    public AsMessage askRequester(String author, String body, Instant now) {
        requireOpen();
        if (isWaitingOnRequester()) {
            throw new DomainException("as.pause.already");
        }
        AsMessage question = post(author, false, false, body, now);
        pauses.add(new AsPause(now, author));
        return question;
    }

    private void resume(Instant now) {
        pauses.stream().filter(AsPause::isOpen).forEach(p -> p.resume(now));
    }

    private void responded(Instant now) {
        if (firstRespondedAt == null) {
            firstRespondedAt = now;
        }
    }

    // ----- the workflow

    /** The handler moves the request on (진단, 코칭/수리, 완료); a move is also a response. */
    public void moveTo(AsStatus next, Instant now) {
        if (next == AsStatus.REJECTED || next == AsStatus.CLOSED || !status.next().contains(next)) {
            throw new DomainException("as.status.notAllowed");
        }
        responded(now);
        status = next;
        if (next == AsStatus.COMPLETED) {
            resume(now);
            completedAt = now;
        }
    }

    /** 반려: refused with a reason, from any open step. */
    public void reject(String reason, Instant now) {
        requireOpen();
        rejectReason = Texts.required(reason, MAX_REASON, "reason", "as.reason.required");
        responded(now);
        resume(now);
        status = AsStatus.REJECTED;
        closedAt = now;
    }

    /** The requesting company's rating of a completed request (1–5, a comment), once; the request is then closed. */
    public void rate(Integer score, String comment, Instant now) {
        if (status != AsStatus.COMPLETED) {
            throw new DomainException(status == AsStatus.CLOSED ? "as.rated.already" : "as.rate.notCompleted");
        }
        DomainException.Collector problems = new DomainException.Collector();
        if (score == null || score < 1 || score > 5) {
            problems.add("rating", "as.rating.range");
        }
        String note = problems.check("ratingComment", () -> Texts.optional(comment, 2000, "ratingComment", "as.rating.comment.tooLong"));
        problems.throwIfAny();
        rating = score;
        ratingComment = note;
        status = AsStatus.CLOSED;
        closedAt = now;
    }

    /** Staff send an open request elsewhere, with a reason; a new handler starts unassigned and unescalated. */
    public void reroute(Routing.Route route, String reason, Instant now) {
        requireOpen();
        String why = Texts.required(reason, MAX_REASON, "rerouteReason", "as.reason.required");
        if (route.kind() == handlerKind && Objects.equals(route.supplierId(), supplierId) && Objects.equals(route.groupId(), groupId)) {
            throw new DomainException("as.reroute.same");
        }
        routeTo(route);
        rerouteReason = why;
        assigneeId = null;
        escalationLevel = 0;
        escalatedAt = null;
    }

    private void routeTo(Routing.Route route) {
        this.handlerKind = route.kind();
        this.supplierId = route.supplierId();
        this.groupId = route.groupId();
        this.warranty = route.warranty();
    }

    /** A support group's leader assigns one of its experts (the service checks membership). */
    public void assign(long expertAccountId) {
        requireOpen();
        if (handlerKind != HandlerKind.SUPPORT_GROUP) {
            throw new DomainException("as.assign.groupOnly");
        }
        assigneeId = expertAccountId;
    }

    /**
     * The housekeeping job's escalation of an overdue request, one level at a time (leader, then regional staff).
     * Returns whether the level rose (false: already at the top, or not overdue).
     */
    public boolean escalate(BusinessCalendar calendar, Instant now) {
        if (!status.isOpen() || escalationLevel >= MAX_ESCALATION || !isOverdue(calendar, now)) {
            return false;
        }
        escalationLevel++;
        escalatedAt = now;
        return true;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new DomainException("as.closed");
        }
    }

    // ----- the SLA

    public SlaClock clock() {
        return new SlaClock(createdAt, pauses.stream().map(AsPause::interval).toList());
    }

    /** Its first-response target (business time), as it was when the request was filed. */
    public Duration firstResponseTarget() {
        return Duration.ofMinutes(firstResponseMinutes);
    }

    /** Its resolution target (business time), as it was when the request was filed. */
    public Duration resolutionTarget() {
        return Duration.ofMinutes(resolutionMinutes);
    }

    public SlaState firstResponseState(BusinessCalendar calendar, Instant now) {
        return clock().state(calendar, firstResponseTarget(), firstRespondedAt, now);
    }

    public SlaState resolutionState(BusinessCalendar calendar, Instant now) {
        Instant done = completedAt != null ? completedAt : status == AsStatus.REJECTED ? closedAt : null;
        return clock().state(calendar, resolutionTarget(), done, now);
    }

    /** Either clock past its target while the request is open. */
    public boolean isOverdue(BusinessCalendar calendar, Instant now) {
        return status.isOpen() && (firstResponseState(calendar, now) == SlaState.OVERDUE
                || resolutionState(calendar, now) == SlaState.OVERDUE);
    }

    /** Business time the clock ran until completion (or until now while open). */
    public Duration businessTimeTaken(BusinessCalendar calendar, Instant now) {
        return clock().elapsed(calendar, completedAt != null ? completedAt : now);
    }

    public boolean isWaitingOnRequester() {
        return pauses.stream().anyMatch(AsPause::isOpen);
    }

    // ----- read

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public AsCategory getCategory() {
        return category;
    }

    public AsSeverity getSeverity() {
        return severity;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public AsStatus getStatus() {
        return status;
    }

    public HandlerKind getHandlerKind() {
        return handlerKind;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public boolean isWarranty() {
        return warranty;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFirstRespondedAt() {
        return firstRespondedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public String getRerouteReason() {
        return rerouteReason;
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public int getEscalationLevel() {
        return escalationLevel;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public List<AsPause> getPauses() {
        return List.copyOf(pauses);
    }
}
