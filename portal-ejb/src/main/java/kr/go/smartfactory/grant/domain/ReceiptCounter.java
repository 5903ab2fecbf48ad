package kr.go.smartfactory.grant.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import kr.go.smartfactory.shared.domain.YearlyCounter;

/** The last application receipt number issued in a year ("SF-2026-000123"; see {@link YearlyCounter}). */
@Entity
@Table(name = "receipt_counter")
public class ReceiptCounter extends YearlyCounter {

    static final String PREFIX = "SF";

    protected ReceiptCounter() {
        // JPA
    }

    public ReceiptCounter(int year) {
        super(year);
    }

    @Override
    protected String prefix() {
        return PREFIX;
    }

    public static String format(int year, int number) {
        return format(PREFIX, year, number);
    }
}
