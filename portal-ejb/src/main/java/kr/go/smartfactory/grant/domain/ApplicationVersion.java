package kr.go.smartfactory.grant.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.go.smartfactory.shared.domain.NotAudited;

/**
 * One submission of an application as it was submitted (its {@link ApplicationContent} as JSON), kept for ever:
 * resubmission adds a version, the one with the highest number counts. Never changed once written.
 */
@Entity
@Table(name = "application_version")
public class ApplicationVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(nullable = false)
    private int number;

    @Column(name = "receipt_number", nullable = false, length = 20)
    private String receiptNumber;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 254)
    private String submittedBy;

    /** The submitted content as JSON: kept here, not copied into the audit trail (which records the version's creation). */
    @NotAudited
    @Column(nullable = false, length = 100_000)
    private String content;

    protected ApplicationVersion() {
        // JPA
    }

    public ApplicationVersion(long applicationId, int number, String receiptNumber, Instant submittedAt, String submittedBy,
            String content) {
        this.applicationId = applicationId;
        this.number = number;
        this.receiptNumber = receiptNumber;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public int getNumber() {
        return number;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getContent() {
        return content;
    }
}
