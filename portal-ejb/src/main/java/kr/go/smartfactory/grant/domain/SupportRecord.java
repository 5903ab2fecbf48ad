package kr.go.smartfactory.grant.domain;

import java.time.LocalDate;

import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * A support the company had or is applying for, as the duplicate-support rule compares them: a legacy prior
 * support or an earlier project (with its period), or another submitted application (no period yet: pending).
 */
public record SupportRecord(String reference, SmartLevel targetLevel, LocalDate from, LocalDate to, boolean pending) {

    /** Running on or after that day (its end not before it; a pending application always). */
    public boolean runsOnOrAfter(LocalDate day) {
        return pending || to == null || !to.isBefore(day);
    }
}
