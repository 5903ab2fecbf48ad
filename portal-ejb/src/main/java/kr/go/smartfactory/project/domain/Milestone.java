package kr.go.smartfactory.project.domain;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One milestone of an agreement: what, when it is due, and when it was reached. */
@Embeddable
public class Milestone implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private MilestoneKind kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected Milestone() {
        // JPA
    }

    Milestone(MilestoneKind kind, LocalDate dueOn) {
        this.kind = kind;
        this.dueOn = dueOn;
    }

    void reschedule(LocalDate newDueOn) {
        this.dueOn = newDueOn;
    }

    void reach(LocalDate day) {
        if (doneOn == null) {
            doneOn = day;
        }
    }

    public boolean isOverdue(LocalDate today) {
        return doneOn == null && today.isAfter(dueOn);
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
