package kr.go.smartfactory.aftersales.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One wait on the requester: the SLA clock stood still from {@code pausedAt} to {@code resumedAt} (null: still waiting). */
@Embeddable
public class AsPause {

    @Column(name = "paused_at", nullable = false)
    private Instant pausedAt;

    @Column(name = "paused_by", nullable = false, length = 254)
    private String pausedBy;

    @Column(name = "resumed_at")
    private Instant resumedAt;

    protected AsPause() {
        // JPA
    }

    AsPause(Instant pausedAt, String pausedBy) {
        this.pausedAt = pausedAt;
        this.pausedBy = pausedBy;
    }

    void resume(Instant now) {
        this.resumedAt = now;
    }

    public boolean isOpen() {
        return resumedAt == null;
    }

    SlaClock.Interval interval() {
        return new SlaClock.Interval(pausedAt, resumedAt);
    }

    public Instant getPausedAt() {
        return pausedAt;
    }

    public String getPausedBy() {
        return pausedBy;
    }

    public Instant getResumedAt() {
        return resumedAt;
    }
}
