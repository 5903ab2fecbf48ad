package kr.go.smartfactory.it;

import java.io.File;
import java.net.URISyntaxException;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The WAR Maven built (the real artifact, deployed at "/"), with the test support classes and, for
 * in-container tests, GreenMail to receive the portal's mail inside the server.
 */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    public static WebArchive builtWar() {
        String path = System.getProperty("portal.war", "target/portal.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
    }

    public static WebArchive withTestSupport() {
        return builtWar().addClasses(TestData.class, Mailbox.class, MailingTest.class, PortalDeployment.class, RunAsHelper.class,
                        TestClock.class, TestClock.Adjustable.class, AsTestSupplier.class, SupplierFixture.class, BatchJobRun.class,
                        InboxSearch.class)
                .addAsLibrary(jarOf(GreenMail.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
