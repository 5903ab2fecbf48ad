package kr.go.smartfactory.web.support;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Turns message keys into messages in the visitor's language: page texts from the {@code msg} bundle,
 * input and rule messages from ValidationMessages (shared with Bean Validation and the services).
 */
public final class Messages {

    private static final String PAGE_BUNDLE = "kr.go.smartfactory.web.i18n.messages";

    private Messages() {
    }

    public static String text(String key) {
        Locale locale = locale();
        for (String bundle : List.of(PAGE_BUNDLE, "ValidationMessages")) {
            try {
                return ResourceBundle.getBundle(bundle, locale, Thread.currentThread().getContextClassLoader())
                        .getString(key);
            } catch (MissingResourceException notHere) {
                // try the next bundle
            }
        }
        return key;
    }

    /** The text of {@code key}, or {@code fallback} when no bundle has it. */
    public static String textOr(String key, String fallback) {
        String text = text(key);
        return text.equals(key) ? fallback : text;
    }

    /** Several keys' texts, joined with ", " (role names, …). */
    public static String texts(String prefix, java.util.Collection<?> values) {
        return values.stream().map(v -> text(prefix + v)).sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    public static void error(String key) {
        add(FacesMessage.SEVERITY_ERROR, null, key);
    }

    /** An error whose text has arguments ({0}, {1} …), formatted in the visitor's language. */
    public static void error(String key, Object... args) {
        String text = new java.text.MessageFormat(text(key), locale()).format(args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void info(String key) {
        add(FacesMessage.SEVERITY_INFO, null, key);
    }

    /** A confirmation whose text has arguments ({0}, {1} …). */
    public static void info(String key, Object... args) {
        String text = new java.text.MessageFormat(text(key), locale()).format(args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** Keeps the message across a redirect (Post-Redirect-Get). */
    public static void flashInfo(String key) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key);
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key) {
        String text = text(key);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /** The visitor's language (the view's locale; Korean outside a page). */
    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.KOREAN;
    }
}
