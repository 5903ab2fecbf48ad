package kr.go.smartfactory.grant.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import kr.go.smartfactory.program.domain.RequiredDocument;

/** A document of an application (one per kind), stored in the attachment store (type checked by content there). */
@Embeddable
public class ApplicationDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 30)
    private RequiredDocument type;

    @Column(name = "attachment_id", nullable = false)
    private long attachmentId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ApplicationDocument() {
        // JPA
    }

    public ApplicationDocument(RequiredDocument type, long attachmentId, String fileName, Instant uploadedAt) {
        this.type = type;
        this.attachmentId = attachmentId;
        this.fileName = fileName;
        this.uploadedAt = uploadedAt;
    }

    public RequiredDocument getType() {
        return type;
    }

    public long getAttachmentId() {
        return attachmentId;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
