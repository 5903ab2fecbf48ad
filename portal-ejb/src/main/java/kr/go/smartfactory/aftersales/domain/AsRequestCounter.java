package kr.go.smartfactory.aftersales.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import kr.go.smartfactory.shared.domain.YearlyCounter;

/** The last after-service request number issued in a year ("AS-2026-000042"; see {@link YearlyCounter}). */
@Entity
@Table(name = "as_request_counter")
public class AsRequestCounter extends YearlyCounter {

    protected AsRequestCounter() {
        // JPA
    }

    public AsRequestCounter(int year) {
        super(year);
    }

    @Override
    protected String prefix() {
        return "AS";
    }
}
