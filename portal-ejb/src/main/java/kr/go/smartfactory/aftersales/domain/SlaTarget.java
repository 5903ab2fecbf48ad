package kr.go.smartfactory.aftersales.domain;

import java.time.Duration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.shared.domain.DomainException;

/** The SLA of one severity, in business minutes: first response and resolution (data, seeded, editable by ADMIN). */
@Entity
@Table(name = "as_sla_target")
public class SlaTarget {

    /** A week of business days: no target is longer. */
    static final int MAX_MINUTES = 60 * 9 * 5 * 4;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "severity", length = 20)
    private AsSeverity severity;

    @Column(name = "first_response_minutes", nullable = false)
    private int firstResponseMinutes;

    @Column(name = "resolution_minutes", nullable = false)
    private int resolutionMinutes;

    @Version
    private long version;

    protected SlaTarget() {
        // JPA
    }

    public SlaTarget(AsSeverity severity, int firstResponseMinutes, int resolutionMinutes) {
        this.severity = severity;
        change(firstResponseMinutes, resolutionMinutes);
    }

    /** New targets; a first response within the resolution, both positive and at most four weeks of business time. */
    public void change(int firstResponse, int resolution) {
        DomainException.Collector problems = new DomainException.Collector();
        if (firstResponse < 1 || firstResponse > MAX_MINUTES) {
            problems.add("firstResponseMinutes", "as.sla.range");
        }
        if (resolution < 1 || resolution > MAX_MINUTES) {
            problems.add("resolutionMinutes", "as.sla.range");
        } else if (firstResponse > resolution) {
            problems.add("resolutionMinutes", "as.sla.order");
        }
        problems.throwIfAny();
        this.firstResponseMinutes = firstResponse;
        this.resolutionMinutes = resolution;
    }

    public AsSeverity getSeverity() {
        return severity;
    }

    public Duration firstResponse() {
        return Duration.ofMinutes(firstResponseMinutes);
    }

    public Duration resolution() {
        return Duration.ofMinutes(resolutionMinutes);
    }

    public int getFirstResponseMinutes() {
        return firstResponseMinutes;
    }

    public int getResolutionMinutes() {
        return resolutionMinutes;
    }
}
