package kr.go.smartfactory.grant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last receipt number issued in a year. Read under a write lock in the submitting transaction, so numbers are
 * issued one at a time and a rolled-back submission gives its number back: the numbers of a year have no gaps.
 */
@Entity
@Table(name = "receipt_counter")
public class ReceiptCounter {

    @Id
    @Column(name = "counter_year")
    private int year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected ReceiptCounter() {
        // JPA
    }

    public ReceiptCounter(int year) {
        this.year = year;
    }

    /** The next number, as "SF-2026-000123". */
    public String next() {
        lastNumber++;
        return format(year, lastNumber);
    }

    public static String format(int year, int number) {
        return String.format("SF-%d-%06d", year, number);
    }

    public int getYear() {
        return year;
    }

    public int getLastNumber() {
        return lastNumber;
    }
}
