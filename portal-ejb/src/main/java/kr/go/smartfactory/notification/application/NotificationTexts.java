package kr.go.smartfactory.notification.application;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Notification texts from the {@code notification/messages} bundle, in Korean or English: for each template a
 * {@code .subject} (e-mail subject and inbox title) and a {@code .body}; argument {0} is always the link, made
 * absolute with {@code portal.base-url} (system property; default http://localhost:8080).
 */
public final class NotificationTexts {

    private static final String BUNDLE = "kr.go.smartfactory.notification.messages";

    private NotificationTexts() {
    }

    public static String subject(String template, Locale locale, List<String> args, String link) {
        return format(template + ".subject", locale, args, link);
    }

    public static String body(String template, Locale locale, List<String> args, String link) {
        return format(template + ".body", locale, args, link);
    }

    public static boolean exists(String template) {
        try {
            bundle(Locale.KOREAN).getString(template + ".subject");
            bundle(Locale.KOREAN).getString(template + ".body");
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static String format(String key, Locale locale, List<String> args, String link) {
        List<Object> all = new ArrayList<>();
        all.add(link == null ? baseUrl() : baseUrl() + link);
        all.addAll(args);
        return new MessageFormat(bundle(locale).getString(key), supported(locale)).format(all.toArray());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), NotificationTexts.class.getClassLoader());
    }

    static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.KOREAN;
    }

    public static String baseUrl() {
        String url = System.getProperty("portal.base-url", "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
