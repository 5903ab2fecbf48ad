package kr.go.smartfactory.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Inbox entries and the mail outbox. */
public interface NotificationRepository {

    void add(Notification notification);

    void add(OutboxMail mail);

    long unread(String recipientEmail);

    /** The recipient's notifications, newest first. */
    List<Notification> inbox(String recipientEmail, int first, int max);

    long count(String recipientEmail);

    Optional<Notification> notification(long id);

    int markAllRead(String recipientEmail, Instant now);

    Optional<OutboxMail> mail(long id);

    /** Ids of pending mails due at {@code now}, oldest first. */
    List<Long> dueMails(Instant now, int max);

    /**
     * Takes a due mail for one sender: moves its next attempt to {@code leaseUntil} if it is still due, so no other
     * node or thread sends it meanwhile; true if this caller got it.
     */
    boolean claim(long mailId, Instant now, Instant leaseUntil);
}
