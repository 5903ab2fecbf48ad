package kr.go.smartfactory.shared.infrastructure;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The security log (logger {@code kr.go.smartfactory.security}): failed sign-ins, throttled attempts and
 * refused requests, with the client address. It never holds a password, a token or a whole e-mail address
 * (the local part is masked: {@code ad***@example.kr}). Operators route the category to its own file
 * (README, "Security log").
 */
public final class SecurityLog {

    private static final Logger LOG = Logger.getLogger("kr.go.smartfactory.security");

    private SecurityLog() {
    }

    public static void signInFailed(String email, String address, String reason) {
        LOG.log(Level.WARNING, () -> "sign-in failed: account=" + mask(email) + " address=" + clean(address) + " reason=" + reason);
    }

    public static void throttled(String email, String address, Duration retryAfter) {
        LOG.log(Level.WARNING, () -> "sign-in throttled: account=" + mask(email) + " address=" + clean(address)
                + " retryAfter=" + retryAfter.toSeconds() + "s");
    }

    public static void forbidden(String caller, String address, String method, String path) {
        LOG.log(Level.WARNING, () -> "forbidden: caller=" + (caller == null ? "anonymous" : mask(caller)) + " address="
                + clean(address) + " " + clean(method) + " " + clean(path));
    }

    public static void refused(String what, String address, String method, String path) {
        LOG.log(Level.WARNING, () -> "refused (" + clean(what) + "): address=" + clean(address) + " " + clean(method) + " " + clean(path));
    }

    /**
     * An e-mail address fit for a log: the first two characters of the local part, then {@code ***}, then the
     * domain. Anything that is not an address is masked whole. Control characters never reach the log.
     */
    public static String mask(String email) {
        if (email == null || email.isBlank()) {
            return "-";
        }
        String e = clean(email.strip());
        int at = e.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return e.substring(0, Math.min(2, at)) + "***" + e.substring(at);
    }

    /** No line breaks or other control characters from a request in the log (no forged log lines). */
    static String clean(String value) {
        if (value == null) {
            return "-";
        }
        String limited = value.length() > 200 ? value.substring(0, 200) + "…" : value;
        return limited.replaceAll("\\p{Cntrl}", "?");
    }
}
