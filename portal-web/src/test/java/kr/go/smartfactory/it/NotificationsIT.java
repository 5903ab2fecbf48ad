package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.notification.application.Inbox;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.notification.domain.OutboxMail;
import kr.go.smartfactory.notification.domain.Recipient;
import kr.go.smartfactory.notification.infrastructure.MailDelivery;

/**
 * Notifications: the inbox copy and the mail are written with the change (and vanish with a rollback), the mail is
 * sent after the commit, a mail server that is down delays the mail but loses nothing, and each person reads only
 * their own inbox in their language.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT extends MailingTest {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsDemoSme.class, AsAdmin.class);
    }

    @Inject
    private Notifications notifications;

    @Inject
    private Inbox inbox;

    @Inject
    private MailDelivery delivery;

    @Inject
    private AsDemoSme asSme;

    @Inject
    private AsAdmin asAdmin;

    @PersistenceContext
    private EntityManager em;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static Recipient someone(Locale locale) {
        return new Recipient(1L, "notify-" + UUID.randomUUID().toString().substring(0, 8) + "@test.smartfactory.kr", locale);
    }

    private long inboxOf(String email) {
        return em.createQuery("select count(n) from Notification n where n.recipientEmail = :e", Long.class)
                .setParameter("e", email).getSingleResult();
    }

    private OutboxMail outboxTo(String email) {
        em.clear();
        return em.createQuery("select m from OutboxMail m where m.to = :e", OutboxMail.class).setParameter("e", email).getSingleResult();
    }

    @Test
    void aNotificationReachesTheInboxAndTheMailboxInTheRecipientsLanguage() throws Exception {
        Recipient english = someone(Locale.ENGLISH);
        asAdmin.call(() -> {
            notifications.notify(english, "registration.rejected", "/my/registration.xhtml", "한울로보틱스(주)", "The certificate is unreadable.");
            return null;
        });
        assertEquals(1, inboxOf(english.email()));
        Message mail = mailbox.latestTo(english.email());
        assertTrue(mail.getSubject().contains("not approved"), mail.getSubject());
        String body = Mailbox.body(mail);
        assertTrue(body.contains("The certificate is unreadable.") && body.contains("http://127.0.0.1:8080/my/registration.xhtml"), body);
        for (int i = 0; i < 50 && outboxTo(english.email()).getStatus() != OutboxMail.Status.SENT; i++) {
            Thread.sleep(100);
        }
        OutboxMail sent = outboxTo(english.email());
        assertEquals(OutboxMail.Status.SENT, sent.getStatus());
        assertNull(sent.getBody(), "the body (it may hold a one-time link) is erased once sent");
    }

    @Test
    void aRolledBackChangeLeavesNoNotificationAndSendsNoMail() throws Exception {
        Recipient recipient = someone(Locale.KOREAN);
        assertThrows(jakarta.ejb.EJBException.class, () -> asAdmin.call(() -> {
            notifications.notify(recipient, "registration.approved", "/my/registration.xhtml", "롤백(주)");
            throw new IllegalStateException("the change failed");
        }));
        Thread.sleep(1500);
        assertEquals(0, inboxOf(recipient.email()));
        assertEquals(0, mailbox.countTo(recipient.email()));
    }

    @Test
    void aMailServerThatIsDownDelaysTheMailButLosesNothing() throws Exception {
        mailbox.close();
        Recipient recipient = someone(Locale.KOREAN);
        asAdmin.call(() -> {
            notifications.notify(recipient, "registration.approved", "/my/registration.xhtml", "재시도(주)");
            return null;
        });
        OutboxMail failed = null;
        for (int i = 0; i < 100; i++) {
            failed = outboxTo(recipient.email());
            if (failed.getAttempts() > 0) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(OutboxMail.Status.PENDING, failed.getStatus());
        assertEquals(1, failed.getAttempts());
        assertTrue(failed.getLastError() != null && !failed.getLastError().isBlank());
        assertEquals(1, inboxOf(recipient.email()), "the inbox copy does not depend on the mail server");

        mailbox = new Mailbox();
        // two minutes later the retry is due: sent by this call or by the every-minute timer, whichever comes first
        TestClock.fixAt(Instant.now().plus(Duration.ofMinutes(2)));
        // a call sends one batch, oldest first: earlier tests' undeliverable mails may fill the first ones
        for (int batch = 0; batch < 40 && delivery.sendDue() >= MailDelivery.BATCH; batch++) {
            // the next batch
        }
        assertTrue(mailbox.latestTo(recipient.email()).getSubject().contains("승인"));
        for (int i = 0; i < 50 && outboxTo(recipient.email()).getStatus() != OutboxMail.Status.SENT; i++) {
            Thread.sleep(100);
        }
        OutboxMail sent = outboxTo(recipient.email());
        assertEquals(OutboxMail.Status.SENT, sent.getStatus());
        assertEquals(1, sent.getAttempts(), "one failed attempt before, none counted for the success");
    }

    @Test
    void everyoneReadsOnlyTheirOwnInbox() {
        Recipient sme = new Recipient(0L, "sme@demo.smartfactory.kr", Locale.KOREAN);
        long unread = asSme.call(() -> inbox.unreadCount());
        String company = "알림함시험" + System.nanoTime() + "(주)";
        asAdmin.call(() -> {
            notifications.inbox(sme, "registration.approved", "/my/index.xhtml", company);
            return null;
        });
        assertEquals(unread + 1, asSme.call(() -> inbox.unreadCount()));
        // earlier tests and runs may have left entries dated later (a clock fixed ahead): find this one by its company
        Inbox.Entry newest = asSme.call(() -> InboxSearch.find(inbox, Locale.ENGLISH, e -> e.body().contains(company))).orElseThrow();
        assertTrue(newest.title().contains("approved"), "read in the reader's language: " + newest.title());
        assertEquals("/my/index.xhtml", asSme.call(() -> inbox.open(newest.id())));
        assertEquals(unread, asSme.call(() -> inbox.unreadCount()));

        Recipient other = someone(Locale.KOREAN);
        asAdmin.call(() -> {
            notifications.inbox(other, "registration.approved", "/my/index.xhtml", "남의 것(주)");
            return null;
        });
        long othersId = em.createQuery("select n.id from Notification n where n.recipientEmail = :e", Long.class)
                .setParameter("e", other.email()).getSingleResult();
        assertThrows(Exception.class, () -> asSme.call(() -> inbox.open(othersId)), "another person's notification");
    }
}
