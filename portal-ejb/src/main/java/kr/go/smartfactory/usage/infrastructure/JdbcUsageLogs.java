package kr.go.smartfactory.usage.infrastructure;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.usage.domain.DailyUse;
import kr.go.smartfactory.usage.domain.UsageLogs;
import kr.go.smartfactory.usage.domain.UseKind;

/**
 * The usage tables read and added up with SQL (they have no entities: logs are written by the group commit and never
 * changed, totals are built by set operations). The same SQL runs on PostgreSQL and H2; on PostgreSQL a day's bounds
 * select exactly one day partition.
 */
@ApplicationScoped
public class JdbcUsageLogs implements UsageLogs {

    /** The seven 사용구분 columns of usage_daily, in {@link UseKind} order. */
    private static final String KIND_COLUMNS = "logins, logouts, views, creates, updates, deletes, stock_moves";

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, Instant> lastLogAt(Collection<Long> keyIds) {
        Map<Long, Instant> last = new HashMap<>();
        if (keyIds.isEmpty()) {
            return last;
        }
        for (Object[] r : rows(em.createNativeQuery("select key_id, max(received_at) from usage_log where key_id in (:ids) group by key_id")
                .setParameter("ids", keyIds))) {
            last.put(((Number) r[0]).longValue(), instant(r[1]));
        }
        return last;
    }

    @Override
    public List<DailyUse> daily(long keyId, LocalDate from, LocalDate to) {
        return rows(em.createNativeQuery("select use_day, submitted, accepted, users, " + KIND_COLUMNS + ", quantity from usage_daily "
                + "where key_id = :k and use_day between :f and :t order by use_day")
                .setParameter("k", keyId).setParameter("f", from).setParameter("t", to))
                .stream().map(r -> new DailyUse(keyId, date(r[0]), num(r[1]), num(r[2]), (int) num(r[3]), kinds(r, 4), num(r[11])))
                .toList();
    }

    @Override
    public DailyUse live(long keyId, LocalDate day) {
        Object[] r = (Object[]) em.createNativeQuery("select count(*), count(distinct sys_user), " + kindSums() + ", coalesce(sum(data_qty), 0) "
                + "from usage_log where key_id = :k and received_at >= :from and received_at < :to")
                .setParameter("k", keyId).setParameter("from", start(day)).setParameter("to", start(day.plusDays(1))).getSingleResult();
        Number refused = (Number) em.createNativeQuery("select coalesce(sum(refused), 0) from usage_refusal where key_id = :k and use_day = :d")
                .setParameter("k", keyId).setParameter("d", day).getSingleResult();
        long accepted = num(r[0]);
        return new DailyUse(keyId, day, accepted + refused.longValue(), accepted, (int) num(r[1]), kinds(r, 2), num(r[9]));
    }

    @Override
    public Optional<LocalDate> lastBuiltDay() {
        Object last = em.createNativeQuery("select max(use_day) from usage_day").getSingleResult();
        return Optional.ofNullable(last).map(JdbcUsageLogs::date);
    }

    @Override
    public int buildDay(LocalDate day, Instant builtAt) {
        OffsetDateTime built = OffsetDateTime.ofInstant(builtAt, ZoneOffset.UTC);
        em.createNativeQuery("delete from usage_daily where use_day = :d").setParameter("d", day).executeUpdate();
        em.createNativeQuery("delete from usage_day where use_day = :d").setParameter("d", day).executeUpdate();
        int sites = em.createNativeQuery("insert into usage_daily (key_id, use_day, company_id, project_id, submitted, accepted, users, "
                + KIND_COLUMNS + ", quantity, built_at) "
                + "select k.id, :d, k.company_id, k.project_id, coalesce(l.accepted, 0) + coalesce(r.refused, 0), coalesce(l.accepted, 0), "
                + "coalesce(l.users, 0), coalesce(l.k1, 0), coalesce(l.k2, 0), coalesce(l.k3, 0), coalesce(l.k4, 0), coalesce(l.k5, 0), "
                + "coalesce(l.k6, 0), coalesce(l.k7, 0), coalesce(l.quantity, 0), :built "
                + "from usage_key k "
                + "left join (select key_id, count(*) accepted, count(distinct sys_user) users, " + kindSums("k") + ", sum(data_qty) quantity "
                + "  from usage_log where received_at >= :from and received_at < :to group by key_id) l on l.key_id = k.id "
                + "left join (select key_id, sum(refused) refused from usage_refusal where use_day = :d group by key_id) r on r.key_id = k.id "
                + "where l.key_id is not null or r.key_id is not null")
                .setParameter("d", day).setParameter("built", built).setParameter("from", start(day)).setParameter("to", start(day.plusDays(1)))
                .executeUpdate();
        em.createNativeQuery("insert into usage_day (use_day, sites, submitted, accepted, built_at) "
                + "select :d, count(*), coalesce(sum(submitted), 0), coalesce(sum(accepted), 0), :built from usage_daily where use_day = :d")
                .setParameter("d", day).setParameter("built", built).executeUpdate();
        return sites;
    }

    @Override
    public List<IdleSite> idle(LocalDate since, LocalDate through, int first, int max) {
        return rows(em.createNativeQuery("select k.id, k.key_hint, k.label, k.company_id, c.name, k.project_id, p.agreement_number, k.issued_at, "
                + "(select max(d.use_day) from usage_daily d where d.key_id = k.id and d.accepted > 0) last_used " + IDLE
                + " order by last_used nulls first, k.issued_at, k.id")
                .setParameter("since", since).setParameter("through", through).setParameter("start", start(since))
                .setFirstResult(first).setMaxResults(max))
                .stream().map(r -> new IdleSite(num(r[0]), (String) r[1], (String) r[2], num(r[3]), (String) r[4],
                        r[5] == null ? null : num(r[5]), (String) r[6], instant(r[7]), r[8] == null ? null : date(r[8])))
                .toList();
    }

    private static final String IDLE = "from usage_key k join company c on c.id = k.company_id left join project p on p.id = k.project_id "
            + "where k.revoked_at is null and k.issued_at < :start and not exists (select 1 from usage_daily d where d.key_id = k.id "
            + "and d.use_day between :since and :through and d.accepted > 0)";

    @Override
    public long countIdle(LocalDate since, LocalDate through) {
        return num(em.createNativeQuery("select count(*) " + IDLE).setParameter("since", since).setParameter("through", through)
                .setParameter("start", start(since)).getSingleResult());
    }

    @Override
    public long deleteBefore(LocalDate day) {
        long logs = em.createNativeQuery("delete from usage_log where received_at < :start").setParameter("start", start(day)).executeUpdate();
        return logs + em.createNativeQuery("delete from usage_refusal where use_day < :d").setParameter("d", day).executeUpdate();
    }

    private static String kindSums() {
        return kindSums(null);
    }

    /** sum(case when use_se = 'DO6001' then 1 else 0 end) [k1], … for each 사용구분 in order. */
    private static String kindSums(String alias) {
        StringBuilder sql = new StringBuilder();
        UseKind[] kinds = UseKind.values();
        for (int i = 0; i < kinds.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("coalesce(sum(case when use_se = '").append(kinds[i].code()).append("' then 1 else 0 end), 0)");
            if (alias != null) {
                sql.append(' ').append(alias).append(i + 1);
            }
        }
        return sql.toString();
    }

    private static Map<UseKind, Long> kinds(Object[] row, int from) {
        Map<UseKind, Long> by = new EnumMap<>(UseKind.class);
        UseKind[] kinds = UseKind.values();
        for (int i = 0; i < kinds.length; i++) {
            long n = num(row[from + i]);
            if (n > 0) {
                by.put(kinds[i], n);
            }
        }
        return by;
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(KoreanTime.ZONE).toOffsetDateTime();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query) {
        return query.getResultList();
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("a date of an unexpected type: " + value.getClass());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("a time of an unexpected type: " + value.getClass());
    }
}
