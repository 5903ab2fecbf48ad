package kr.go.smartfactory.project.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import kr.go.smartfactory.shared.domain.DomainException;

/**
 * 시정조치: what the supplier must put right by a day; it answers, staff accept — or reopen it with a note, and it is
 * open again until answered anew.
 */
@Embeddable
public class CorrectiveAction implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status {
        OPEN, ANSWERED, ACCEPTED
    }

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "answer", length = 2000)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 254)
    private String answeredBy;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reopened", nullable = false)
    private int reopened;

    protected CorrectiveAction() {
        // JPA
    }

    CorrectiveAction(String description, LocalDate dueOn) {
        this.description = description;
        this.dueOn = dueOn;
        this.status = Status.OPEN;
    }

    void answer(String text, String by, Instant now) {
        if (status != Status.OPEN) {
            throw new DomainException("inspection.action.notOpen");
        }
        answer = text;
        answeredAt = now;
        answeredBy = by;
        status = Status.ANSWERED;
    }

    void accept(Instant now) {
        requireAnswered();
        status = Status.ACCEPTED;
        reviewedAt = now;
    }

    void reopen(String note, Instant now) {
        requireAnswered();
        status = Status.OPEN;
        reviewNote = note;
        reviewedAt = now;
        reopened++;
    }

    private void requireAnswered() {
        if (status != Status.ANSWERED) {
            throw new DomainException("inspection.action.notAnswered");
        }
    }

    public boolean isOverdue(LocalDate today) {
        return status == Status.OPEN && today.isAfter(dueOn);
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Status getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public int getReopened() {
        return reopened;
    }
}
