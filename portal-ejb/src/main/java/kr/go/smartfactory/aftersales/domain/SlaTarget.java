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

/**
 * The SLA of one severity, in business minutes: first response and resolution (data, seeded, editable by ADMIN). A
 * request copies them when it is filed ({@link AsRequest}), so a change applies to requests filed after it.
 */
@Entity
@Table(name = "as_sla_target")
public class SlaTarget {

    /** One business hour: no target is shorter. */
    public static final int MIN_MINUTES = 60;
    /** Four weeks of business days (180 business hours): no target is longer. */
    public static final int MAX_MINUTES = 60 * 9 * 5 * 4;

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

    /**
     * New targets in business minutes: each from one business hour to four weeks of business time, the first response
     * no later than the resolution. Requests already filed keep the targets they were filed with.
     */
    public void change(int firstResponse, int resolution) {
        DomainException.Collector problems = new DomainException.Collector();
        if (firstResponse < MIN_MINUTES || firstResponse > MAX_MINUTES) {
            problems.add("firstResponse", "as.sla.range");
        }
        if (resolution < MIN_MINUTES || resolution > MAX_MINUTES) {
            problems.add("resolution", "as.sla.range");
        } else if (firstResponse > resolution) {
            problems.add("resolution", "as.sla.order");
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
