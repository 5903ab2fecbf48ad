package kr.go.smartfactory.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest(name = "\"{0}\" is {1} won")
    @CsvSource(delimiter = '|', value = {
            "1234000 | 1234000", "1,234,000 | 1234000", "₩1,234,000 | 1234000", "1,234,000원 | 1234000",
            " 50,000,000 원 | 50000000", "0 | 0", "-5,000 | -5000", "￦999 | 999"})
    void parsesWhatPeopleType(String text, long won) {
        assertEquals(Money.won(won), Money.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "abc", "1,23,000", "1.5", "12,34", "1,234,000.00원", "--1", "1,000,00"})
    void refusesWhatIsNotAnAmount(String text) {
        DomainException e = assertThrows(DomainException.class, () -> Money.parse(text));
        assertTrue(List.of("money.invalid", "money.fraction").containsAll(e.getMessageKeys()), e.getMessageKeys().toString());
    }

    @Test
    void wholeWonOnlyAndWithinTheColumn() {
        assertEquals(List.of("money.fraction"), assertThrows(DomainException.class, () -> Money.of(new BigDecimal("1000.5"))).getMessageKeys());
        assertEquals(Money.won(1000), Money.of(new BigDecimal("1000.00")));
        assertEquals(List.of("money.tooLarge"),
                assertThrows(DomainException.class, () -> Money.of(new BigDecimal("1000000000000000"))).getMessageKeys());
        Money.of(new BigDecimal("999999999999999"));
    }

    @Test
    void arithmeticIsExact() {
        Money grant = Money.won(200_000_000);
        assertEquals(Money.won(250_000_000), grant.plus(Money.won(50_000_000)));
        assertEquals(Money.won(-1), Money.ZERO.minus(Money.won(1)));
        assertEquals(Money.won(600_000_000), grant.times(3));
        assertTrue(grant.isGreaterThan(Money.won(199_999_999)));
        assertTrue(Money.won(1).isLessThan(Money.won(2)));
        assertEquals(Money.won(1), Money.won(1).min(Money.won(2)));
        assertEquals(Money.won(2), Money.won(1).max(Money.won(2)));
        assertEquals(Money.won(7), Money.of(new BigDecimal("7.000")));
        assertEquals(Money.won(7).hashCode(), Money.of(new BigDecimal("7.000")).hashCode());
    }

    @ParameterizedTest(name = "{1}% of {0} is {2} (cut to whole won)")
    @CsvSource({
            "100000000, 50, 50000000",
            "99999, 50, 49999",
            "33333333, 30, 9999999",
            "123456789, 33.33, 41148147",
            "1, 99.99, 0",
            "-99999, 50, -49999"})
    void sharesAreCutToWholeWon(long amount, String percent, long expected) {
        assertEquals(Money.won(expected), Money.won(amount).percent(new BigDecimal(percent)));
    }

    @Test
    void percentOfAWhole() {
        assertEquals(new BigDecimal("30.00"), Money.won(30_000_000).percentOf(Money.won(100_000_000)));
        assertEquals(new BigDecimal("33.33"), Money.won(1).percentOf(Money.won(3)));
        assertEquals(List.of("money.divideByZero"), assertThrows(DomainException.class, () -> Money.won(1).percentOf(Money.ZERO)).getMessageKeys());
    }

    @ParameterizedTest(name = "{0} won: {1} / {2} / {3}")
    @CsvSource(delimiter = '|', value = {
            "1234000 | 1,234,000원 | ₩1,234,000 | 123만 4,000원",
            "0 | 0원 | ₩0 | 0원",
            "50000000 | 50,000,000원 | ₩50,000,000 | 5,000만원",
            "400000000 | 400,000,000원 | ₩400,000,000 | 4억원",
            "123456789012 | 123,456,789,012원 | ₩123,456,789,012 | 1,234억 5,678만 9,012원",
            "-5000 | -5,000원 | -₩5,000 | -5,000원"})
    void formatsTheKoreanAndTheEnglishWay(long won, String korean, String english, String units) {
        Money money = Money.won(won);
        assertEquals(korean, money.format(Locale.KOREAN));
        assertEquals(english, money.format(Locale.ENGLISH));
        assertEquals(units, money.formatKoreanUnits());
    }

    @Test
    void negativeAmountsAreRefusedWhereTheyMakeNoSense() {
        assertEquals(List.of("deposit.amount.negative"),
                assertThrows(DomainException.class, () -> Money.won(-1).requireNotNegative("deposit.amount.negative")).getMessageKeys());
        assertEquals(Money.ZERO, Money.ZERO.requireNotNegative("x"));
    }
}
