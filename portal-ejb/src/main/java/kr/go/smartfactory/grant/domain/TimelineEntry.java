package kr.go.smartfactory.grant.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of an application's timeline: when, what, and a short detail (a receipt number, a supplier's name). */
@Embeddable
public class TimelineEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "event", nullable = false, length = 30)
    private TimelineEvent event;

    @Column(name = "detail", length = 300)
    private String detail;

    protected TimelineEntry() {
        // JPA
    }

    TimelineEntry(Instant at, TimelineEvent event, String detail) {
        this.at = at;
        this.event = event;
        this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
    }

    public Instant getAt() {
        return at;
    }

    public TimelineEvent getEvent() {
        return event;
    }

    public String getDetail() {
        return detail;
    }
}
