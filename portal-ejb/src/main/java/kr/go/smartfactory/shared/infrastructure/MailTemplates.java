package kr.go.smartfactory.shared.infrastructure;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Mail texts from the {@code mails} resource bundle in the recipient's language, with links to the portal
 * at {@code portal.base-url} (system property; default http://localhost:8080).
 */
@ApplicationScoped
public class MailTemplates {

    private static final String BUNDLE = "kr.go.smartfactory.shared.mails";

    public OutgoingMail compose(String to, Locale locale, String template, String linkPath, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), MailTemplates.class.getClassLoader());
        Object[] all = new Object[args.length + 1];
        all[0] = baseUrl() + linkPath;
        System.arraycopy(args, 0, all, 1, args.length);
        String subject = bundle.getString(template + ".subject");
        String body = new MessageFormat(bundle.getString(template + ".body"), locale).format(all);
        return new OutgoingMail(to, subject, body);
    }

    private static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.KOREAN;
    }

    public static String baseUrl() {
        String url = System.getProperty("portal.base-url", "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
