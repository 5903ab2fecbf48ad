package kr.go.smartfactory.usage.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.usage.domain.UsageKeyRepository;
import kr.go.smartfactory.usage.domain.UsageLogStore;
import kr.go.smartfactory.usage.domain.UsageLogs;
import kr.go.smartfactory.usage.domain.UsagePolicy;

/**
 * The nightly usage job's work: which days are still to be added up, adding one up (replacing whatever an earlier run
 * built for it, in the caller's transaction), and dropping raw logs past the retention period — never a day that has
 * not been added up.
 */
@Stateless
public class UsageAggregation {

    @Inject
    private UsageLogs logs;

    @Inject
    private UsageKeyRepository keys;

    @Inject
    private UsageLogStore store;

    @Inject
    private UsagePartitions partitions;

    @Inject
    private Clock clock;

    /**
     * The days to add up before {@code today}, oldest first: from {@code from} if given (a recount), else the day after
     * the last one added up, else the first key's day — never days whose raw logs are past the retention period.
     */
    public List<LocalDate> pendingDays(LocalDate today, LocalDate from) {
        UsagePolicy policy = keys.policy();
        LocalDate start = from;
        if (start == null) {
            start = logs.lastBuiltDay().map(d -> d.plusDays(1))
                    .orElseGet(() -> keys.firstIssuedAt().map(KoreanTime::dayOf).orElse(today));
        }
        if (start.isBefore(policy.keptFrom(today))) {
            start = policy.keptFrom(today);
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = start; d.isBefore(today); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** Adds one day up (in the caller's transaction, so with the job's checkpoint); returns the sites that sent anything. */
    public int build(LocalDate day) {
        return logs.buildDay(day, clock.instant());
    }

    /** Writes the refusals counted so far, outside any transaction (they are committed on their own). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void flushRefusals() {
        store.flushRefusals();
    }

    /**
     * Drops the raw logs of days past the retention period on {@code today} that have been added up: their partitions
     * (PostgreSQL, outside this transaction) and any rows left in tables; returns how many partitions and rows went.
     */
    public long prune(LocalDate today) {
        LocalDate cut = keys.policy().keptFrom(today);
        LocalDate built = logs.lastBuiltDay().orElse(null);
        if (built == null) {
            return 0;
        }
        if (built.plusDays(1).isBefore(cut)) {
            cut = built.plusDays(1);
        }
        return partitions.dropBefore(cut) + logs.deleteBefore(cut);
    }
}
