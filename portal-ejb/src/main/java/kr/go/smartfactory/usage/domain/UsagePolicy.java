package kr.go.smartfactory.usage.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.shared.domain.DomainException;

/**
 * The programme's usage numbers, kept as data (one row): after how many days without an accepted log a site counts as
 * idle (미사용 사이트), and how many days the raw logs are kept (their daily totals are kept for good). Raw logs must
 * outlive the idle window, so that an idle site can still be looked into.
 */
@Entity
@Table(name = "usage_policy")
public class UsagePolicy {

    public static final long ID = 1;
    public static final int MIN_IDLE_DAYS = 1;
    public static final int MAX_IDLE_DAYS = 365;
    public static final int MIN_RETENTION_DAYS = 7;
    public static final int MAX_RETENTION_DAYS = 3_650;

    @Id
    private Integer id;

    @Column(name = "idle_days", nullable = false)
    private int idleDays;

    @Column(name = "retention_days", nullable = false)
    private int retentionDays;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected UsagePolicy() {
        // JPA
    }

    /** A policy as given (tests; the stored one is changed with {@link #change}). */
    public static UsagePolicy of(int idleDays, int retentionDays) {
        UsagePolicy p = new UsagePolicy();
        p.id = (int) ID;
        p.change(idleDays, retentionDays, "system", Instant.EPOCH);
        return p;
    }

    /** New numbers: every problem at once, on "idleDays" and "retentionDays". */
    public void change(Integer idle, Integer retention, String by, Instant now) {
        DomainException.Collector problems = new DomainException.Collector();
        if (idle == null || idle < MIN_IDLE_DAYS || idle > MAX_IDLE_DAYS) {
            problems.add("idleDays", "usage.policy.idleDays.invalid");
        }
        if (retention == null || retention < MIN_RETENTION_DAYS || retention > MAX_RETENTION_DAYS) {
            problems.add("retentionDays", "usage.policy.retentionDays.invalid");
        } else if (idle != null && retention <= idle) {
            problems.add("retentionDays", "usage.policy.retentionDays.shorterThanIdle");
        }
        problems.throwIfAny();
        idleDays = idle;
        retentionDays = retention;
        updatedBy = Objects.requireNonNull(by);
        updatedAt = Objects.requireNonNull(now);
    }

    /** The first day whose raw logs are kept, judged on {@code today} (Korea time): older days may be dropped. */
    public LocalDate keptFrom(LocalDate today) {
        return today.minusDays(retentionDays);
    }

    /**
     * The first day of the idle window that ends with {@code lastFullDay}: a site with no accepted log from that day to
     * {@code lastFullDay} is idle.
     */
    public LocalDate idleSince(LocalDate lastFullDay) {
        return lastFullDay.minusDays(idleDays - 1L);
    }

    public int getIdleDays() {
        return idleDays;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
