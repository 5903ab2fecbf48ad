package kr.go.smartfactory.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.shared.domain.NotAudited;

/**
 * One message in a person's in-portal inbox (알림함). It keeps the template and its arguments, not rendered text,
 * so it reads in the language the person has chosen when they open it. Life cycle: unread → read. Written in
 * the transaction of the change it reports, so it exists exactly when the change does — even when the e-mail
 * about it cannot be sent.
 */
@Entity
@NotAudited
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(name = "recipient_email", nullable = false, length = 254)
    private String recipientEmail;

    @Column(nullable = false, length = 80)
    private String template;

    /** The arguments, one per line (texts never hold line breaks: they are stripped). */
    @Column(length = 2000)
    private String args;

    /** A local path to what it is about ("/staff/suppliers.xhtml?id=12"), or null. */
    @Column(length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Version
    private long version;

    protected Notification() {
        // JPA
    }

    public Notification(Recipient recipient, String template, String link, List<String> args, Instant now) {
        this.recipientId = recipient.accountId();
        this.recipientEmail = recipient.email();
        this.template = Objects.requireNonNull(template);
        this.link = link;
        this.args = String.join("\n", args.stream().map(a -> a == null ? "" : a.replace('\n', ' ').replace('\r', ' ')).toList());
        this.createdAt = now;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getTemplate() {
        return template;
    }

    public List<String> getArgs() {
        return args == null || args.isEmpty() ? List.of() : List.of(args.split("\n", -1));
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
