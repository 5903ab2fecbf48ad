package kr.go.smartfactory.web.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import kr.go.smartfactory.shared.domain.KoreanTime;

/** Dates as Korean readers expect them (2026.03.02 10:00, Korea time), in both languages. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm").withZone(KoreanTime.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd").withZone(KoreanTime.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    /** A count with thousands separators: 12,345. */
    public String count(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** A calendar date (deadlines): 2026.12.03. */
    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
