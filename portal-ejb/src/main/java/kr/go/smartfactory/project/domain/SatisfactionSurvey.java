package kr.go.smartfactory.project.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/** 만족도 조사: sent to the SME when its project closes, answered once (1–5 and a comment); the score rates the supplier. */
@Entity
@Table(name = "satisfaction_survey")
public class SatisfactionSurvey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, unique = true)
    private Long projectId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "score")
    private Integer score;

    @Column(name = "comment", length = 2000)
    private String comment;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 254)
    private String answeredBy;

    @Version
    private long version;

    protected SatisfactionSurvey() {
        // JPA
    }

    public SatisfactionSurvey(long projectId, Instant now) {
        this.projectId = projectId;
        this.sentAt = now;
    }

    /** The SME's answer, once; the score from 1 to 5. */
    public void answer(Integer given, String text, String by, Instant now) {
        if (answeredAt != null) {
            throw new DomainException("survey.answered");
        }
        DomainException.Collector problems = new DomainException.Collector();
        if (given == null || given < 1 || given > 5) {
            problems.add("score", "profile.rating.range");
        }
        String note = problems.check("surveyComment", () -> Texts.optional(text, 2000, "surveyComment", "survey.comment.tooLong"));
        problems.throwIfAny();
        score = given;
        comment = note;
        answeredAt = now;
        answeredBy = by;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Integer getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }
}
