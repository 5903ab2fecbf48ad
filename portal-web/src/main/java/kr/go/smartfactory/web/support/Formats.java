package kr.go.smartfactory.web.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.Money;

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

    /** An amount as the visitor reads it: 50,000,000원 in Korean, ₩50,000,000 in English. */
    public String money(Money amount) {
        return amount == null ? "" : amount.format(Messages.locale());
    }

    /** An amount of whole won held as a number (a submitted version's budget line), formatted like {@link #money}. */
    public String won(long won) {
        return money(Money.won(won));
    }

    /** A large amount in the units of Korean announcements (250억원); in English the same as {@link #money}. */
    public String moneyUnits(Money amount) {
        if (amount == null) {
            return "";
        }
        return "ko".equals(Messages.locale().getLanguage()) ? amount.formatKoreanUnits() : amount.formatSymbol();
    }

    /** A percentage without needless decimals: 50%, 12.5%. */
    public String percent(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString() + "%";
    }

    /** A score to two decimals: 87.50. */
    public String decimal(java.math.BigDecimal value) {
        return value == null ? "" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** A month of a report: 2026.12. */
    public String month(java.time.YearMonth month) {
        return month == null ? "" : String.format(java.util.Locale.ROOT, "%d.%02d", month.getYear(), month.getMonthValue());
    }

    /** A calendar date (deadlines): 2026.12.03. */
    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
