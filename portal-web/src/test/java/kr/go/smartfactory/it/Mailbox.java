package kr.go.smartfactory.it;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** GreenMail as the portal's SMTP server (127.0.0.1:3025, as the test server is configured). */
public final class Mailbox implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private final GreenMail greenMail;

    public Mailbox() {
        int port = Integer.getInteger("portal.smtp.port", 3025);
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    /**
     * The latest mail to {@code address} whose subject contains {@code subjectPart}, waiting up to 10 s for it: mail
     * is sent after the commit, on another thread, so an earlier mail to the same address may be all there is yet.
     */
    public Message latestTo(String address, String subjectPart) throws MessagingException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            Message[] all = greenMail.getReceivedMessages();
            for (int i = all.length - 1; i >= 0; i--) {
                Message m = all[i];
                if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address))
                        && m.getSubject() != null && m.getSubject().contains(subjectPart)) {
                    return m;
                }
            }
            greenMail.waitForIncomingEmail(500, all.length + 1);
        }
        throw new AssertionError("no mail \"" + subjectPart + "\" arrived for " + address);
    }

    /** The latest mail to {@code address}, waiting up to 10 s for it (for the first mail to a fresh address). */
    public Message latestTo(String address) throws MessagingException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            Message[] all = greenMail.getReceivedMessages();
            Message[] mine = Arrays.stream(all).filter(m -> {
                try {
                    return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
                } catch (MessagingException e) {
                    return false;
                }
            }).toArray(Message[]::new);
            if (mine.length > 0) {
                return mine[mine.length - 1];
            }
            greenMail.waitForIncomingEmail(500, all.length + 1);
        }
        throw new AssertionError("no mail arrived for " + address);
    }

    /** How many mails {@code address} has received, waiting up to 10 s for there to be {@code atLeast}. */
    public long waitForCount(String address, long atLeast) {
        long deadline = System.currentTimeMillis() + 10_000;
        long count = countTo(address);
        while (count < atLeast && System.currentTimeMillis() < deadline) {
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
            count = countTo(address);
        }
        return count;
    }

    public long countTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).count();
    }

    /** The decoded text of a plain-text mail. */
    public static String body(Message message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The one-time token in the mail's link. */
    public static String token(Message message) {
        Matcher m = TOKEN.matcher(body(message));
        if (!m.find()) {
            throw new AssertionError("no link with a token in: " + body(message));
        }
        return m.group(1);
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
