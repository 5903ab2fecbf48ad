package kr.go.smartfactory.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The last number issued in a year for one kind of document ("SF-2026-000123" receipts, "AS-2026-000042" after-service
 * requests). Read under a write lock in the issuing transaction, so numbers are issued one at a time and a rolled-back
 * transaction gives its number back: the numbers of a year have no gaps. Each kind has its table and its prefix.
 */
@MappedSuperclass
public abstract class YearlyCounter {

    @Id
    @Column(name = "counter_year")
    private int year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected YearlyCounter() {
        // JPA
    }

    protected YearlyCounter(int year) {
        this.year = year;
    }

    /** The letters before the year ("SF", "AS"). */
    protected abstract String prefix();

    /** The next number, as "{prefix}-2026-000123". */
    public String next() {
        lastNumber++;
        return format(prefix(), year, lastNumber);
    }

    public static String format(String prefix, int year, int number) {
        return String.format("%s-%d-%06d", prefix, year, number);
    }

    public int getYear() {
        return year;
    }

    public int getLastNumber() {
        return lastNumber;
    }
}
