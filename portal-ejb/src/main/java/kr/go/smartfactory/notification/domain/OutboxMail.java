package kr.go.smartfactory.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.shared.domain.NotAudited;

/**
 * An e-mail waiting to be sent (transactional outbox): written in the transaction that asked for it, so a change
 * rolled back sends nothing and a change committed always sends, even if the mail server is down at that moment.
 * Life cycle: PENDING → SENT, or retried with growing pauses ({@link #RETRY_AFTER}) and FAILED after the last.
 * The body (which may hold a one-time link) is erased once sent.
 */
@Entity
@NotAudited
@Table(name = "mail_outbox")
public class OutboxMail {

    /** Pauses before the 2nd, 3rd, … attempt. */
    public static final List<Duration> RETRY_AFTER = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(12));

    public enum Status {
        PENDING, SENT, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "to_address", nullable = false, length = 254)
    private String to;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(length = 8000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Version
    private long version;

    protected OutboxMail() {
        // JPA
    }

    public OutboxMail(String to, String subject, String body, Instant now) {
        this.to = Objects.requireNonNull(to);
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public boolean isDue(Instant now) {
        return status == Status.PENDING && !nextAttemptAt.isAfter(now);
    }

    public void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        body = null;
        lastError = null;
    }

    /** An attempt failed: try again after the next pause, or give up after the last. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts > RETRY_AFTER.size()) {
            status = Status.FAILED;
            body = null;
        } else {
            nextAttemptAt = now.plus(RETRY_AFTER.get(attempts - 1));
        }
    }

    public Long getId() {
        return id;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
