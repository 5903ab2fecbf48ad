package kr.go.smartfactory.shared.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends {@link OutgoingMail} through the server's mail session ({@code java:jboss/mail/Portal}, configured
 * by wildfly-config/cli/mail.cli) only after the transaction that asked for it commits: a rolled-back
 * sign-up sends no confirmation link.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Resource(lookup = "java:jboss/mail/Portal")
    private Session session;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.SEVERE, "Mail to " + mail.to() + " could not be sent: " + mail.subject(), e);
        }
    }
}
