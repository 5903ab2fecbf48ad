package kr.go.smartfactory.aftersales.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One message of a request's thread: from the requester or from whoever handles it; an internal note (handlers and
 * staff only) is never shown to the requester. Written through {@link AsRequest#post}, never changed.
 */
@Entity
@Table(name = "as_message")
public class AsMessage {

    static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "author", nullable = false, length = 254)
    private String author;

    @Column(name = "from_requester", nullable = false)
    private boolean fromRequester;

    @Column(name = "internal_note", nullable = false)
    private boolean internal;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AsMessage() {
        // JPA
    }

    AsMessage(Long requestId, String author, boolean fromRequester, boolean internal, String body, Instant createdAt) {
        this.requestId = requestId;
        this.author = author;
        this.fromRequester = fromRequester;
        this.internal = internal;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getAuthor() {
        return author;
    }

    public boolean isFromRequester() {
        return fromRequester;
    }

    public boolean isInternal() {
        return internal;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
