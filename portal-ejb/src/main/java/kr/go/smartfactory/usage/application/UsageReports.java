package kr.go.smartfactory.usage.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.usage.domain.DailyUse;
import kr.go.smartfactory.usage.domain.UsageKeyRepository;
import kr.go.smartfactory.usage.domain.UsageLogs;
import kr.go.smartfactory.usage.domain.UsagePolicy;

/**
 * What the sites' usage looks like: one site's daily use (its SME, the supplier of its project, staff, auditors), the
 * sites idle for the policy's number of days (staff, auditors — and the nightly audit), and the policy itself, which
 * administrators change. Past days come from the nightly totals, today from the raw logs.
 */
@Stateless
public class UsageReports {

    /** The longest period a chart shows. */
    public static final int MAX_DAYS = 92;
    private static final int EXPORT_PAGE = 500;

    @Inject
    private UsageLogs logs;

    @Inject
    private UsageKeyRepository keys;

    @Inject
    private UsageKeys usageKeys;

    @Inject
    private UsageAccess access;

    @Inject
    private Clock clock;

    /**
     * One site's use over the last {@code days} days ending today: every day present (zero when nothing came), the
     * nightly totals as of {@code builtThrough}, the days after that counted from the raw logs.
     */
    public record SiteUse(UsageKeys.KeyView key, List<DailyUse> days, LocalDate builtThrough, long mostAccepted, long accepted,
            long submitted) {
    }

    @RolesAllowed({Role.Names.SME, Role.Names.SUPPLIER, Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public SiteUse siteUse(long keyId, int days) {
        UsageKeys.KeyView key = usageKeys.key(keyId);
        int span = Math.max(1, Math.min(days, MAX_DAYS));
        LocalDate today = KoreanTime.today(clock);
        LocalDate from = today.minusDays(span - 1L);
        LocalDate built = logs.lastBuiltDay().orElse(null);
        Map<LocalDate, DailyUse> byDay = logs.daily(keyId, from, today).stream()
                .collect(Collectors.toMap(DailyUse::day, Function.identity()));
        List<DailyUse> series = new ArrayList<>(span);
        for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
            boolean counted = built != null && !d.isAfter(built);
            DailyUse use = counted ? byDay.get(d) : live(keyId, d, today);
            series.add(use == null ? DailyUse.none(keyId, d) : use);
        }
        return new SiteUse(key, series, built, series.stream().mapToLong(DailyUse::accepted).max().orElse(0),
                series.stream().mapToLong(DailyUse::accepted).sum(), series.stream().mapToLong(DailyUse::submitted).sum());
    }

    /** A day not added up yet: today always from the raw logs, an earlier one only if the nightly job is behind by it. */
    private DailyUse live(long keyId, LocalDate day, LocalDate today) {
        return day.isBefore(today.minusDays(MAX_DAYS)) ? null : logs.live(keyId, day);
    }

    /** The idle sites on one page, and what they were judged against. */
    public record IdleReport(int idleDays, LocalDate since, LocalDate through, LocalDate builtThrough, List<UsageLogs.IdleSite> sites,
            long total) {
    }

    /**
     * Sites in force with no accepted log in the policy's last N days — the days the nightly job has added up (up to
     * yesterday) — longest idle first; a key issued within the window is not idle yet.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public IdleReport idle(int first, int max) {
        UsagePolicy policy = keys.policy();
        LocalDate built = logs.lastBuiltDay().orElse(null);
        LocalDate through = built != null ? built : KoreanTime.today(clock).minusDays(1);
        LocalDate since = policy.idleSince(through);
        return new IdleReport(policy.getIdleDays(), since, through, built, logs.idle(since, through, first, max),
                logs.countIdle(since, through));
    }

    /** How many sites are idle now (the table's paging). */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public long countIdle() {
        LocalDate through = logs.lastBuiltDay().orElse(KoreanTime.today(clock).minusDays(1));
        return logs.countIdle(keys.policy().idleSince(through), through);
    }

    /** Every idle site, a page at a time (the export). */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public void forEachIdle(Consumer<? super UsageLogs.IdleSite> each) {
        for (int first = 0;; first += EXPORT_PAGE) {
            List<UsageLogs.IdleSite> page = idle(first, EXPORT_PAGE).sites();
            page.forEach(each);
            if (page.size() < EXPORT_PAGE) {
                return;
            }
        }
    }

    /** The policy as it stands. */
    public record PolicyView(int idleDays, int retentionDays, String updatedBy, Instant updatedAt) {
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public PolicyView policy() {
        return view(keys.policy());
    }

    /** New numbers (administrators): every problem next to its field, nothing changed when refused. */
    @RolesAllowed(Role.Names.ADMIN)
    public PolicyView changePolicy(Integer idleDays, Integer retentionDays) {
        UsagePolicy p = keys.policy();
        p.change(idleDays, retentionDays, access.email(), clock.instant());
        return view(p);
    }

    private static PolicyView view(UsagePolicy p) {
        return new PolicyView(p.getIdleDays(), p.getRetentionDays(), p.getUpdatedBy(), p.getUpdatedAt());
    }
}
