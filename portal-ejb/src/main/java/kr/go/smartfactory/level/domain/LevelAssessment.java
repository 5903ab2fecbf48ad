package kr.go.smartfactory.level.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * An official level assessment (수준확인) by a certifying body, recorded by staff with its report, and the level
 * certificate (수준확인서) it issues: valid for three years from the assessment day (the last valid day is the day
 * before the third anniversary), with a verification number anyone can check. Life cycle: recorded (certificate
 * issued) → possibly revoked by staff with a reason (a wrong record, a fraud finding); a revoked or expired
 * certificate no longer counts as the company's level.
 */
@Entity
@Table(name = "level_assessment")
public class LevelAssessment {

    public static final int VALID_YEARS = 3;
    private static final char[] NUMBER_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @Column(name = "certifying_body", nullable = false, length = 100)
    private String certifyingBody;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SmartLevel level;

    @Column
    private Integer score;

    @Column(name = "report_id")
    private Long reportAttachmentId;

    @Column(name = "certificate_number", nullable = false, unique = true, length = 30)
    private String certificateNumber;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason", length = 500)
    private String revocationReason;

    @Version
    private long version;

    protected LevelAssessment() {
        // JPA
    }

    /**
     * Records an assessment and issues its certificate; refused with every problem at once. The assessment day
     * cannot lie in the future nor so far back that the certificate would already have expired.
     */
    public static LevelAssessment record(Company company, String certifyingBody, LocalDate assessedOn, SmartLevel level,
            Integer score, Long reportAttachmentId, LocalDate today, Instant now) {
        DomainException.Collector problems = new DomainException.Collector();
        if (company.getKind() != CompanyKind.SME) {
            problems.add("company", "assessment.smeOnly");
        }
        String body = problems.check("certifyingBody", () -> Texts.required(certifyingBody, 100, "certifyingBody", "assessment.body.required"));
        if (assessedOn == null) {
            problems.add("assessedOn", "assessment.date.required");
        } else if (assessedOn.isAfter(today) || !validUntil(assessedOn).isAfter(today.minusDays(1))) {
            problems.add("assessedOn", "assessment.date.invalid");
        }
        if (level == null) {
            problems.add("level", "assessment.level.required");
        }
        if (score != null && (score < 0 || score > LevelScale.MAX_TOTAL)) {
            problems.add("score", "assessment.score.invalid");
        }
        problems.throwIfAny();
        LevelAssessment a = new LevelAssessment();
        a.company = company;
        a.certifyingBody = body;
        a.assessedOn = assessedOn;
        a.level = level;
        a.score = score;
        a.reportAttachmentId = reportAttachmentId;
        a.validUntil = validUntil(assessedOn);
        a.certificateNumber = newCertificateNumber(assessedOn.getYear());
        a.recordedAt = now;
        return a;
    }

    /** The last valid day: the day before the third anniversary of the assessment. */
    public static LocalDate validUntil(LocalDate assessedOn) {
        return assessedOn.plusYears(VALID_YEARS).minusDays(1);
    }

    /** SFL-2026-7K3M-Q9XD: the year and eight characters nobody can guess (no 0/O, 1/I). */
    static String newCertificateNumber(int year) {
        StringBuilder number = new StringBuilder("SFL-").append(year).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                number.append('-');
            }
            number.append(NUMBER_ALPHABET[RANDOM.nextInt(NUMBER_ALPHABET.length)]);
        }
        return number.toString();
    }

    public void revoke(String reason, Instant now) {
        if (revokedAt != null) {
            throw new DomainException("assessment.revoked");
        }
        this.revocationReason = Texts.required(reason, 500, "reason", "assessment.reason.required");
        this.revokedAt = now;
    }

    /** Whether the certificate counts on this (Korean) day. */
    public boolean isValidOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(assessedOn) && !day.isAfter(validUntil);
    }

    public Long getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public String getCertifyingBody() {
        return certifyingBody;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public SmartLevel getLevel() {
        return level;
    }

    public Integer getScore() {
        return score;
    }

    public Long getReportAttachmentId() {
        return reportAttachmentId;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationReason() {
        return revocationReason;
    }
}
