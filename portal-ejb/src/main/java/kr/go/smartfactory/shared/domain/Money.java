package kr.go.smartfactory.shared.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An amount of Korean won, exact: whole won in a {@link BigDecimal} (never {@code double}), stored as
 * {@code numeric(15,0)} — up to 999조 원, far above any programme budget. Grants, contributions, caps,
 * payments and deposits are all {@code Money}; shares of an amount are cut to whole won downwards (원 단위
 * 절사), as the programme's grant rules compute them, so a government share never exceeds its percentage.
 *
 * <p>Embed it with the column named by the owner:
 * {@code @Embedded @AttributeOverride(name = "won", column = @Column(name = "grant_cap"))}.
 * Shown as {@code 1,234,000원} to Korean readers and {@code ₩1,234,000} to English ones.
 */
@Embeddable
public class Money implements Comparable<Money>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** numeric(15,0) */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    @Column(name = "amount", precision = 15, scale = 0)
    private BigDecimal won;

    protected Money() {
        // JPA
    }

    private Money(BigDecimal won) {
        if (won.abs().compareTo(LIMIT) >= 0) {
            throw new DomainException("money.tooLarge");
        }
        this.won = won.setScale(0, RoundingMode.UNNECESSARY);
    }

    public static Money won(long won) {
        return new Money(BigDecimal.valueOf(won));
    }

    /** Whole won only: 1,000.50 won is refused rather than rounded away. */
    public static Money of(BigDecimal won) {
        Objects.requireNonNull(won);
        if (won.stripTrailingZeros().scale() > 0) {
            throw new DomainException("money.fraction");
        }
        return new Money(won);
    }

    /**
     * What people type: {@code 1234000}, {@code 1,234,000}, {@code ₩1,234,000}, {@code 1,234,000원},
     * {@code -5,000}. Anything else is {@link DomainException} {@code money.invalid}.
     */
    public static Money parse(String text) {
        if (text == null) {
            throw new DomainException("money.invalid");
        }
        String t = text.strip().replace("₩", "").replace("￦", "").replace("원", "").replace(" ", "");
        if (!t.matches("-?(\\d{1,3}(,\\d{3})+|\\d+)")) {
            throw new DomainException("money.invalid");
        }
        return of(new BigDecimal(t.replace(",", "")));
    }

    public BigDecimal amount() {
        return won;
    }

    public long longValue() {
        return won.longValueExact();
    }

    public Money plus(Money other) {
        return new Money(won.add(other.won));
    }

    public Money minus(Money other) {
        return new Money(won.subtract(other.won));
    }

    public Money times(long factor) {
        return new Money(won.multiply(BigDecimal.valueOf(factor)));
    }

    /** {@code percent}% of this amount, cut to whole won (e.g. 50% of 99,999원 is 49,999원). */
    public Money percent(BigDecimal percent) {
        return new Money(won.multiply(percent).divide(HUNDRED, 0, RoundingMode.DOWN));
    }

    /** What share of {@code whole} this amount is, in percent with two decimals, rounded half up. */
    public BigDecimal percentOf(Money whole) {
        if (whole.isZero()) {
            throw new DomainException("money.divideByZero");
        }
        return won.multiply(HUNDRED).divide(whole.won, 2, RoundingMode.HALF_UP);
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return won.signum() == 0;
    }

    public boolean isNegative() {
        return won.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /** This amount, or {@link DomainException} with {@code key} when it is below zero. */
    public Money requireNotNegative(String key) {
        if (isNegative()) {
            throw new DomainException(key);
        }
        return this;
    }

    /** 1,234,000원 (Korean) or ₩1,234,000 (any other language). */
    public String format(Locale locale) {
        return locale != null && "ko".equals(locale.getLanguage()) ? formatWon() : formatSymbol();
    }

    /** 1,234,000원 */
    public String formatWon() {
        return grouped(won) + "원";
    }

    /** ₩1,234,000 (-₩5,000 below zero) */
    public String formatSymbol() {
        return (isNegative() ? "-₩" : "₩") + grouped(won.abs());
    }

    /** 1억 2,345만 6,000원: the units Korean announcements use; 0원 for zero. */
    public String formatKoreanUnits() {
        if (isZero()) {
            return "0원";
        }
        BigDecimal rest = won.abs();
        StringBuilder text = new StringBuilder(isNegative() ? "-" : "");
        String[] units = {"조", "억", "만", ""};
        BigDecimal[] sizes = {new BigDecimal("1000000000000"), new BigDecimal("100000000"), new BigDecimal("10000"), BigDecimal.ONE};
        for (int i = 0; i < units.length; i++) {
            BigDecimal[] qr = rest.divideAndRemainder(sizes[i]);
            if (qr[0].signum() > 0) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != '-') {
                    text.append(' ');
                }
                text.append(grouped(qr[0])).append(units[i]);
            }
            rest = qr[1];
        }
        return text.append('원').toString();
    }

    private static String grouped(BigDecimal value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    @Override
    public int compareTo(Money other) {
        return won.compareTo(other.won);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && won.compareTo(other.won) == 0;
    }

    @Override
    public int hashCode() {
        return won.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return formatWon();
    }
}
