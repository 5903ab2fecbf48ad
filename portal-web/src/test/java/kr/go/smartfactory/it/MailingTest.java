package kr.go.smartfactory.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** In-container tests that read the portal's mail: GreenMail runs inside the server for each test. */
abstract class MailingTest {

    protected Mailbox mailbox;

    @BeforeEach
    void startMail() {
        mailbox = new Mailbox();
    }

    @AfterEach
    void stopMail() {
        mailbox.close();
    }
}
