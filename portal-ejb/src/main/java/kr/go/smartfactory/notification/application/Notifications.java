package kr.go.smartfactory.notification.application;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import kr.go.smartfactory.notification.domain.Notification;
import kr.go.smartfactory.notification.domain.NotificationRepository;
import kr.go.smartfactory.notification.domain.OutboxMail;
import kr.go.smartfactory.notification.domain.Recipient;

/**
 * How every context tells people something: an entry in their in-portal inbox and an e-mail, both written in the
 * caller's transaction (nothing is sent for a change that rolls back, and the inbox copy never depends on the
 * mail server), the e-mail sent after the commit on another thread and retried until it goes. Texts are the
 * {@code notification/messages} templates in the recipient's language.
 */
@Stateless
@PermitAll
public class Notifications {

    @Inject
    private NotificationRepository notifications;

    @Inject
    private Event<MailQueued> queued;

    @Inject
    private Clock clock;

    /** Inbox entry and e-mail. {@code link} is a local path; {@code args} fill {1}, {2}, … of the template. */
    public void notify(Recipient recipient, String template, String link, Object... args) {
        inbox(recipient, template, link, args);
        mail(recipient.email(), recipient.locale(), template, link, args);
    }

    /** Inbox entry only (work queues of staff, where a mail each time would be noise). */
    public void inbox(Recipient recipient, String template, String link, Object... args) {
        requireTemplate(template);
        notifications.add(new Notification(recipient, template, link, texts(args), clock.instant()));
    }

    /**
     * E-mail only, to an address: confirmation and password links, which must not sit in an inbox (the body is
     * erased from the outbox once sent).
     */
    public void mail(String to, Locale locale, String template, String link, Object... args) {
        requireTemplate(template);
        List<String> texts = texts(args);
        OutboxMail mail = new OutboxMail(to, NotificationTexts.subject(template, locale, texts, link),
                NotificationTexts.body(template, locale, texts, link), clock.instant());
        notifications.add(mail);
        queued.fire(new MailQueued(mail.getId()));
    }

    private static List<String> texts(Object... args) {
        return Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toList();
    }

    private static void requireTemplate(String template) {
        if (!NotificationTexts.exists(template)) {
            throw new IllegalArgumentException("no notification template " + template);
        }
    }
}
