package kr.go.smartfactory.aftersales.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to a request (when it was filed) or to one message of its thread; the file itself is in the
 * attachment store, this records what it belongs to. An internal note's file is, like the note, the handlers' only.
 */
@Entity
@Table(name = "as_file")
public class AsFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    /** The message it came with; null for a file of the request itself. */
    @Column(name = "message_id")
    private Long messageId;

    @Column(name = "attachment_id", nullable = false, unique = true)
    private Long attachmentId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String name;

    @Column(name = "internal_note", nullable = false)
    private boolean internal;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AsFile() {
        // JPA
    }

    public AsFile(long requestId, Long messageId, long attachmentId, String name, boolean internal, Instant createdAt) {
        this.requestId = requestId;
        this.messageId = messageId;
        this.attachmentId = attachmentId;
        this.name = Objects.requireNonNull(name);
        this.internal = internal;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getMessageId() {
        return messageId;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public String getName() {
        return name;
    }

    public boolean isInternal() {
        return internal;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
