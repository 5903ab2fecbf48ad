package kr.go.smartfactory.project.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file kept as evidence of an inspection (from the attachment store): who added it, when. */
@Embeddable
public class Evidence implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "attachment_id", nullable = false)
    private Long attachmentId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "added_by", nullable = false, length = 254)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Evidence() {
        // JPA
    }

    Evidence(long attachmentId, String fileName, String addedBy, Instant addedAt) {
        this.attachmentId = attachmentId;
        this.fileName = fileName;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
