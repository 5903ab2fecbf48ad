package kr.go.smartfactory.usage.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored usage logs and their daily totals: read for the usage views and the audit, added up and pruned by the
 * nightly usage job. Days are Korea-time days of receipt.
 */
public interface UsageLogs {

    /** When each of these keys' sites last had a log accepted (keys without any are absent). */
    Map<Long, Instant> lastLogAt(Collection<Long> keyIds);

    /** A site's daily totals from {@code from} to {@code to} (days without any are absent), oldest first. */
    List<DailyUse> daily(long keyId, LocalDate from, LocalDate to);

    /** A site's use so far on a day not yet added up (today), counted from the raw logs. */
    DailyUse live(long keyId, LocalDate day);

    /** The last day the nightly job added up, if any. */
    Optional<LocalDate> lastBuiltDay();

    /**
     * Adds one day up, replacing what an earlier run built for it (so running again changes nothing); returns how many
     * sites sent anything that day.
     */
    int buildDay(LocalDate day, Instant builtAt);

    /** A site that sent no accepted log in the idle window, with the last day it did (null: never). */
    record IdleSite(long keyId, String keyHint, String label, long companyId, String companyName, Long projectId,
            String agreementNumber, Instant issuedAt, LocalDate lastUsedOn) {
    }

    /**
     * Sites (keys in force, issued before {@code since}) with no accepted log from {@code since} to {@code through},
     * longest idle first.
     */
    List<IdleSite> idle(LocalDate since, LocalDate through, int first, int max);

    long countIdle(LocalDate since, LocalDate through);

    /** Deletes raw logs and refusal counts of days before {@code day} that are still in tables (not dropped partitions). */
    long deleteBefore(LocalDate day);
}
