package kr.go.smartfactory.notification.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import kr.go.smartfactory.notification.domain.NotificationRepository;
import kr.go.smartfactory.notification.domain.OutboxMail;

/**
 * Sends the outbox through the server's mail session ({@code java:jboss/mail/Portal}): a queued mail right after
 * its transaction commits, on the EJB container's asynchronous threads (the request that queued it does not
 * wait), and every minute whatever is due for a retry. A sender first claims the mail for a few minutes, so two
 * nodes or threads never send the same one; SMTP is spoken outside any transaction.
 */
@Stateless
@PermitAll
public class MailDelivery {

    /** Mails sent per call (the every-minute timer sends the next ones). */
    public static final int BATCH = 50;

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    static final Duration LEASE = Duration.ofMinutes(5);

    @Resource(lookup = "java:jboss/mail/Portal")
    private Session session;

    @Inject
    private NotificationRepository outbox;

    @Inject
    private Clock clock;

    @EJB
    private MailDelivery self;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendSoon(List<Long> ids) {
        ids.forEach(this::deliver);
    }

    /** Every minute: mails whose retry is due (and first attempts a crash interrupted). */
    @Schedule(hour = "*", minute = "*", persistent = false, info = "mail-outbox")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retryDue() {
        sendDue();
    }

    /** Tries every mail that is due now; returns how many it tried. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        List<Long> due = self.due();
        if (!due.isEmpty()) {
            LOG.info(() -> "Sending " + due.size() + " mails due at " + clock.instant());
        }
        due.forEach(this::deliver);
        return due.size();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due() {
        return outbox.dueMails(clock.instant(), BATCH);
    }

    private void deliver(long id) {
        OutboxMail mail = self.claim(id);
        if (mail == null) {
            LOG.fine(() -> "Mail " + id + " is being sent by another sender or was sent");
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getTo()));
            message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
            message.setText(mail.getBody() == null ? "" : mail.getBody(), StandardCharsets.UTF_8.name());
            Transport.send(message);
            self.record(id, null);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail " + id + " to " + kr.go.smartfactory.shared.infrastructure.SecurityLog.mask(mail.getTo()) + " not sent (will retry): " + e.getMessage());
            self.record(id, String.valueOf(e.getMessage()));
        }
    }

    /** The mail, if this sender got it (detached: read outside the transaction). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OutboxMail claim(long id) {
        Instant now = clock.instant();
        if (!outbox.claim(id, now, now.plus(LEASE))) {
            return null;
        }
        return outbox.mail(id).orElse(null);
    }

    /** The attempt's outcome: sent ({@code error} null) or failed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long id, String error) {
        outbox.mail(id).ifPresent(mail -> {
            if (error == null) {
                mail.sent(clock.instant());
            } else {
                mail.failed(error, clock.instant());
            }
        });
    }
}
