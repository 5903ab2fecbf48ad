package kr.go.smartfactory.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 선정 결과: where one application ended in its round's ranking — rank, score, how many evaluators counted,
 * shortlisted or not, the outcome — when it was decided and notified, and the last day an objection may be filed.
 * Decided again after re-scoring; each change is in the audit trail.
 */
@Entity
@Table(name = "evaluation_result")
public class EvaluationResult {

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "announcement_id", nullable = false)
    private Long announcementId;

    @Column(name = "rank_no", nullable = false)
    private int rank;

    @Column(name = "score", nullable = false, precision = 7, scale = 2)
    private BigDecimal score;

    @Column(name = "evaluators", nullable = false)
    private int evaluators;

    @Column(name = "shortlisted", nullable = false)
    private boolean shortlisted;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false, length = 254)
    private String decidedBy;

    @Column(name = "notified_at", nullable = false)
    private Instant notifiedAt;

    @Column(name = "objection_until", nullable = false)
    private LocalDate objectionUntil;

    @Version
    private long version;

    protected EvaluationResult() {
        // JPA
    }

    /** The first decision, notified now; objections until {@code today + objectionDays} inclusive. */
    public EvaluationResult(long applicationId, long announcementId, Ranking.Place place, String by, Instant now, LocalDate today,
            int objectionDays) {
        this.applicationId = applicationId;
        this.announcementId = announcementId;
        this.outcome = Outcome.of(place);
        take(place, by, now);
        this.notifiedAt = now;
        this.objectionUntil = today.plusDays(objectionDays);
    }

    /**
     * Decides again (after re-scoring). Returns whether the outcome changed: then it is notified again and a new
     * objection window opens; rank and score changes alone are recorded without a new notice.
     */
    public boolean decideAgain(Ranking.Place place, String by, Instant now, LocalDate today, int objectionDays) {
        Outcome next = Outcome.of(place);
        boolean changed = next != outcome;
        outcome = next;
        take(place, by, now);
        if (changed) {
            notifiedAt = now;
            objectionUntil = today.plusDays(objectionDays);
        }
        return changed;
    }

    private void take(Ranking.Place place, String by, Instant now) {
        this.rank = place.rank();
        this.score = place.score();
        this.evaluators = place.evaluators();
        this.shortlisted = place.shortlisted();
        this.decidedAt = now;
        this.decidedBy = by;
    }

    /** Whether an objection may still be filed on that (Korean) day: until the window's last day inclusive. */
    public boolean acceptsObjection(LocalDate today) {
        return !today.isAfter(objectionUntil);
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getAnnouncementId() {
        return announcementId;
    }

    public int getRank() {
        return rank;
    }

    public BigDecimal getScore() {
        return score;
    }

    public int getEvaluators() {
        return evaluators;
    }

    public boolean isShortlisted() {
        return shortlisted;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }

    public LocalDate getObjectionUntil() {
        return objectionUntil;
    }
}
