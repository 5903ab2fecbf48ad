package kr.go.smartfactory.usage.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import kr.go.smartfactory.shared.domain.KoreanTime;

/**
 * One usage log as a client's MES sent it to {@code sendLogData.json}, read from its parameters whatever shape they
 * came in (the web layer turns a form body, a query string or JSON into the same map): {@code crtfcKey},
 * {@code logDt} (yyyy-MM-dd HH:mm:ss with none to nine fraction digits, Korea time), {@code useSe} (code or word),
 * {@code sysUser}, {@code conectIp}, {@code dataUsgqty} (a whole number, sent as a number or a string).
 */
public record LogEntry(Instant loggedAt, UseKind kind, String user, String address, long quantity) {

    public static final String KEY = "crtfcKey";
    public static final String LOGGED_AT = "logDt";
    public static final String KIND = "useSe";
    public static final String USER = "sysUser";
    public static final String ADDRESS = "conectIp";
    public static final String QUANTITY = "dataUsgqty";

    public static final int MAX_KEY = 100;
    public static final int MAX_USER = 100;
    /** The longest textual IPv6 address (with an IPv4 tail). */
    public static final int MAX_ADDRESS = 45;
    /** A client's clock may run ahead; a log dated further ahead than this is refused. */
    public static final Duration FUTURE_SLACK = Duration.ofDays(1);

    private static final DateTimeFormatter LOG_DT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern QUANTITY_TEXT = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+(\\.0*)?|\\d+\\.");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    public LogEntry {
        Objects.requireNonNull(loggedAt);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(user);
        Objects.requireNonNull(address);
    }

    /**
     * What was read: the key as sent (null when missing) and either the entry or the first refusal with the parameter
     * it concerns. The key is checked by the caller first, so that nobody without a key learns more than that.
     */
    public record Reading(String key, LogEntry entry, ReceiptCode refusal, String field) {

        public boolean refused() {
            return refusal != null;
        }
    }

    /** Reads the parameters (their names in any case); {@code now} bounds how far ahead logDt may be. */
    public static Reading read(Map<String, String> parameters, Instant now) {
        Map<String, String> p = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        parameters.forEach((name, value) -> {
            if (name != null && value != null) {
                p.putIfAbsent(name.strip(), value);
            }
        });
        String key = blankToNull(p.get(KEY));
        if (key == null) {
            return new Reading(null, null, ReceiptCode.MISSING_FIELD, KEY);
        }
        if (key.length() > MAX_KEY) {
            return new Reading(null, null, ReceiptCode.UNKNOWN_KEY, KEY);
        }
        for (String field : new String[] {LOGGED_AT, KIND, USER, ADDRESS, QUANTITY}) {
            if (blankToNull(p.get(field)) == null) {
                return new Reading(key, null, ReceiptCode.MISSING_FIELD, field);
            }
        }
        Instant at = loggedAt(p.get(LOGGED_AT));
        if (at == null || at.isAfter(now.plus(FUTURE_SLACK))) {
            return new Reading(key, null, ReceiptCode.BAD_DATE, LOGGED_AT);
        }
        UseKind kind = UseKind.read(p.get(KIND)).orElse(null);
        if (kind == null) {
            return new Reading(key, null, ReceiptCode.UNKNOWN_USE, KIND);
        }
        String user = p.get(USER).strip();
        if (user.length() > MAX_USER || user.chars().anyMatch(Character::isISOControl)) {
            return new Reading(key, null, ReceiptCode.BAD_VALUE, USER);
        }
        String address = p.get(ADDRESS).strip();
        if (!isIpAddress(address)) {
            return new Reading(key, null, ReceiptCode.BAD_VALUE, ADDRESS);
        }
        Long quantity = quantity(p.get(QUANTITY));
        if (quantity == null) {
            return new Reading(key, null, ReceiptCode.BAD_VALUE, QUANTITY);
        }
        return new Reading(key, new LogEntry(at, kind, user, address, quantity), null, null);
    }

    /** logDt in Korea time, or null when it is not a date and time of the expected form. */
    static Instant loggedAt(String sent) {
        try {
            // some clients write ISO's T between date and time
            return LocalDateTime.parse(sent.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2})T", "$1 "), LOG_DT)
                    .atZone(KoreanTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A whole number from 0 (12, "12", "12.0", "1,234"), or null. */
    static Long quantity(String sent) {
        String s = sent.strip();
        if (!QUANTITY_TEXT.matcher(s).matches()) {
            return null;
        }
        try {
            return new BigDecimal(s.replace(",", "")).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    /** An IPv4 or IPv6 address written out (never a host name: nothing is looked up). */
    static boolean isIpAddress(String s) {
        if (s.isEmpty() || s.length() > MAX_ADDRESS) {
            return false;
        }
        if (IPV4.matcher(s).matches()) {
            return true;
        }
        if (!s.contains(":") || !IPV6_CHARS.matcher(s).matches()) {
            return false;
        }
        try {
            // a literal with a colon is parsed, never resolved
            return java.net.InetAddress.getByName(s) instanceof java.net.Inet6Address || s.startsWith("::ffff:");
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
