package kr.go.smartfactory.grant.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * A support a company received before this portal (기지원 이력, imported from the legacy system) or, later, from a
 * project the portal ran: matched by business registration number, compared by target level and period by the
 * duplicate-support rule.
 */
@Entity
@Table(name = "prior_support")
public class PriorSupport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private BusinessRegistrationNumber registrationNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "program_type", length = 20)
    private ProgramType programType;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level", nullable = false, length = 20)
    private SmartLevel targetLevel;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    /** The legacy system's project number. */
    @Column(nullable = false, length = 100)
    private String reference;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PriorSupport() {
        // JPA
    }

    public PriorSupport(BusinessRegistrationNumber registrationNumber, ProgramType programType, SmartLevel targetLevel,
            LocalDate startsOn, LocalDate endsOn, String reference, Instant now) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("support ends before it starts");
        }
        this.registrationNumber = registrationNumber;
        this.programType = programType;
        this.targetLevel = targetLevel;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.reference = reference;
        this.recordedAt = now;
    }

    public SupportRecord record() {
        return new SupportRecord(reference, targetLevel, startsOn, endsOn, false);
    }

    public Long getId() {
        return id;
    }

    public BusinessRegistrationNumber getRegistrationNumber() {
        return registrationNumber;
    }

    public ProgramType getProgramType() {
        return programType;
    }

    public SmartLevel getTargetLevel() {
        return targetLevel;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getReference() {
        return reference;
    }
}
