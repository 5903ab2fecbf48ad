package kr.go.smartfactory.project.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.go.smartfactory.shared.domain.NotAudited;

/**
 * One version of an agreement's terms, in force from a day on (version 1 from its conclusion, the next from an
 * approved change's decision day) until the next version's day. Kept for ever; the terms as JSON.
 */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    /** The change request it applies (none: the conclusion). */
    @Column(name = "change_request_id")
    private Long changeRequestId;

    @NotAudited
    @Column(name = "terms", nullable = false, length = 20000)
    private String terms;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    protected AgreementVersion() {
        // JPA
    }

    private AgreementVersion(long projectId, int number, LocalDate effectiveFrom, Long changeRequestId, String terms, String recordedBy,
            Instant recordedAt) {
        this.projectId = projectId;
        this.number = number;
        this.effectiveFrom = effectiveFrom;
        this.changeRequestId = changeRequestId;
        this.terms = terms;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    private static final jakarta.json.bind.Jsonb JSON = jakarta.json.bind.JsonbBuilder.create();

    /** The version of these terms, in force from {@code effectiveFrom}. */
    public static AgreementVersion of(long projectId, int number, LocalDate effectiveFrom, Long changeRequestId, AgreementTerms terms,
            String recordedBy, Instant recordedAt) {
        return new AgreementVersion(projectId, number, effectiveFrom, changeRequestId, JSON.toJson(terms), recordedBy, recordedAt);
    }

    /** The terms as they were. */
    public AgreementTerms terms() {
        return JSON.fromJson(terms, AgreementTerms.class);
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public Long getChangeRequestId() {
        return changeRequestId;
    }

    public String getTerms() {
        return terms;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
