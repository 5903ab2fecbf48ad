package kr.go.smartfactory.document.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.Money;

/** How a value becomes a cell, the same in XLSX and CSV. */
final class Cells {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private Cells() {
    }

    /**
     * Text a spreadsheet would evaluate — starting with {@code = + - @}, a tab or a carriage return, also after
     * leading spaces — gets a leading apostrophe, so it stays text (CSV injection, OWASP).
     */
    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (text.charAt(0) == '\t' || text.charAt(0) == '\r') {
            return "'" + text;
        }
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char first = text.charAt(i);
        boolean dangerous = first == '=' || first == '+' || first == '-' || first == '@'
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
        return dangerous ? "'" + text : text;
    }

    /** The local date and time in Korea of an instant. */
    static LocalDateTime korean(Instant instant) {
        return LocalDateTime.ofInstant(instant, KoreanTime.ZONE);
    }

    /** A value as CSV text: numbers plain, dates in Korea time, text neutralised. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Money money) {
            return money.amount().toPlainString();
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof Instant instant) {
            return DATE_TIME.format(korean(instant));
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime);
        }
        return neutralise(value.toString());
    }
}
