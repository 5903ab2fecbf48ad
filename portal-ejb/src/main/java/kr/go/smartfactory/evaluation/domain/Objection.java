package kr.go.smartfactory.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;

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

import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * 이의신청: an applicant's objection to its result, filed within the result's window (one open at a time), answered
 * by staff — upheld (인용), when the answer may send the application back to its evaluators for re-scoring, or
 * dismissed (기각) — always with a written answer. Never deleted.
 */
@Entity
@Table(name = "objection")
public class Objection {

    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private GrantApplication application;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "filed_by", nullable = false, length = 254)
    private String filedBy;

    @Column(name = "reason", nullable = false, length = MAX_TEXT)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObjectionStatus status;

    @Column(name = "answer", length = MAX_TEXT)
    private String answer;

    @Column(name = "rescored", nullable = false)
    private boolean rescored;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 254)
    private String answeredBy;

    @Version
    private long version;

    protected Objection() {
        // JPA
    }

    /**
     * Files an objection to this result, refused after the window's last day or while an earlier one waits for its
     * answer.
     */
    public static Objection file(GrantApplication application, EvaluationResult result, boolean anotherOpen, String reason,
            String by, Instant now, LocalDate today) {
        if (result == null) {
            throw new DomainException("objection.noResult");
        }
        if (!result.acceptsObjection(today)) {
            throw new DomainException("objection.closed");
        }
        if (anotherOpen) {
            throw new DomainException("objection.pending");
        }
        Objection o = new Objection();
        o.reason = Texts.required(reason, MAX_TEXT, "reason", "objection.reason.required");
        o.application = application;
        o.filedAt = now;
        o.filedBy = by;
        o.status = ObjectionStatus.FILED;
        return o;
    }

    /** Staff's answer: upheld (and whether the application is scored again) or dismissed; the answer is required. */
    public void answer(boolean upheld, boolean rescore, String text, String by, Instant now) {
        if (status != ObjectionStatus.FILED) {
            throw new DomainException("objection.answered");
        }
        if (rescore && !upheld) {
            throw DomainException.onField("rescore", "objection.rescore.dismissed");
        }
        this.answer = Texts.required(text, MAX_TEXT, "answer", "objection.answer.required");
        this.status = upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
        this.rescored = rescore;
        this.answeredAt = now;
        this.answeredBy = by;
    }

    public boolean isOpen() {
        return status == ObjectionStatus.FILED;
    }

    public Long getId() {
        return id;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public String getReason() {
        return reason;
    }

    public ObjectionStatus getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public boolean isRescored() {
        return rescored;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }
}
