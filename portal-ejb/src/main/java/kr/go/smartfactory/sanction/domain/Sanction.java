package kr.go.smartfactory.sanction.domain;

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
import jakarta.persistence.Version;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * A sanction on a company or supplier, matched by its business registration number (never by name, PRODUCT.md
 * C10): a participation ban from a start day to an end day (inclusive; none: permanent, a second offence), or a
 * clawback or surcharge. The eligibility check of an application and the nightly audit ask whether a ban is
 * {@link #bansOn active} on a day; the fraud cases of the report centre record them; a lifted sanction stays on
 * record.
 */
@Entity
@Table(name = "sanction")
public class Sanction {

    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private BusinessRegistrationNumber registrationNumber;

    @Column(name = "company_name", nullable = false, length = 200)
    private String companyName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SanctionKind kind;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    /** Last day of a ban, inclusive; null: permanent. */
    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    /** The case or decision it comes from (e.g. a fraud case number). */
    @Column(length = 100)
    private String reference;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lift_reason", length = MAX_REASON)
    private String liftReason;

    @Version
    private long version;

    protected Sanction() {
        // JPA
    }

    private Sanction(BusinessRegistrationNumber registrationNumber, String companyName, SanctionKind kind, LocalDate startsOn,
            LocalDate endsOn, String reason, String reference, Instant now) {
        this.registrationNumber = registrationNumber;
        this.companyName = Texts.required(companyName, 200, "companyName", "sanction.company.required");
        this.kind = kind;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.reason = Texts.required(reason, MAX_REASON, "reason", "sanction.reason.required");
        this.reference = Texts.optional(reference, 100, "reference", "sanction.reference.tooLong");
        this.recordedAt = now;
    }

    /** A participation ban over these days (inclusive); {@code endsOn} null bans permanently. */
    public static Sanction participationBan(BusinessRegistrationNumber registrationNumber, String companyName, LocalDate startsOn,
            LocalDate endsOn, String reason, String reference, Instant now) {
        if (registrationNumber == null) {
            throw DomainException.onField("registrationNumber", "sanction.company.required");
        }
        if (startsOn == null) {
            throw DomainException.onField("startsOn", "sanction.startsOn.required");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw DomainException.onField("endsOn", "sanction.endsOn.beforeStart");
        }
        return new Sanction(registrationNumber, companyName, SanctionKind.PARTICIPATION_BAN, startsOn, endsOn, reason, reference, now);
    }

    /** Whether this sanction bans participation on that day (a lifted one no longer does). */
    public boolean bansOn(LocalDate day) {
        return kind == SanctionKind.PARTICIPATION_BAN && liftedAt == null && !day.isBefore(startsOn)
                && (endsOn == null || !day.isAfter(endsOn));
    }

    public void lift(String why, Instant now) {
        if (liftedAt != null) {
            throw new DomainException("sanction.lifted");
        }
        this.liftReason = Texts.required(why, MAX_REASON, "liftReason", "sanction.liftReason.required");
        this.liftedAt = now;
    }

    public Long getId() {
        return id;
    }

    public BusinessRegistrationNumber getRegistrationNumber() {
        return registrationNumber;
    }

    public String getCompanyName() {
        return companyName;
    }

    public SanctionKind getKind() {
        return kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getReason() {
        return reason;
    }

    public String getReference() {
        return reference;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }
}
