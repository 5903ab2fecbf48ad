package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.usage.application.UsageIntake;
import kr.go.smartfactory.usage.application.UsageKeys;
import kr.go.smartfactory.usage.application.UsageReports;
import kr.go.smartfactory.usage.domain.UsageLogs;

/**
 * The nightly usage job on the real batch runtime: each day's totals per site (submitted = accepted + refused, users,
 * by 사용구분) built from what the API received on that day; a second run and a restart after a failure end with the
 * same totals; the usage views read them, and only the site's own parties and staff may; idle sites are listed.
 */
@ExtendWith(ArquillianExtension.class)
class UsageDailyJobIT {

    private static final DateTimeFormatter LOG_DT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsDemoSupplier.class, AsPendingSupplier.class, AsDemoSme.class,
                AsDemoSme4.class, AsDemoStaff.class, BatchJobRun.class);
    }

    @Inject
    private UsageKeys keys;

    @Inject
    private UsageReports reports;

    @Inject
    private UsageIntake intake;

    @Inject
    private AsDemoSupplier asSupplier;

    @Inject
    private AsPendingSupplier asOtherSupplier;

    @Inject
    private AsDemoSme asSme;

    @Inject
    private AsDemoSme4 asOtherSme;

    @Inject
    private AsDemoStaff asStaff;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private long project() {
        return em.createQuery("select p.id from Project p where p.supplier.company.id = (select a.company.id from UserAccount a "
                + "where a.email = 'supplier@demo.smartfactory.kr') and p.application.company.id = (select a.company.id from UserAccount a "
                + "where a.email = 'sme@demo.smartfactory.kr') order by p.id", Long.class).setMaxResults(1).getSingleResult();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(KoreanTime.ZONE).toInstant();
    }

    /** Sends one log as the site's MES would at that instant; returns the result code. */
    private String send(String key, Instant when, String useSe, String user) throws Exception {
        TestClock.fixAt(when);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("crtfcKey", key);
        p.put("logDt", LOG_DT.format(when.atZone(KoreanTime.ZONE)));
        p.put("useSe", useSe);
        p.put("sysUser", user);
        p.put("conectIp", "10.0.0.7");
        p.put("dataUsgqty", "2");
        return intake.receive(p).get().code().code();
    }

    /** A site's stored totals of a day: submitted, accepted, users, logins, views, stock moves, quantity. */
    private List<Long> totals(long keyId, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select submitted, accepted, users, logins, views, stock_moves, quantity from usage_daily "
                + "where key_id = ?1 and use_day = ?2").setParameter(1, keyId).setParameter(2, day).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        for (Object v : rows.get(0)) {
            out.add(((Number) v).longValue());
        }
        return out;
    }

    private static JobExecution runFrom(LocalDate from) throws InterruptedException {
        Properties extra = new Properties();
        extra.setProperty("from", from.toString());
        return BatchJobRun.run("usage-daily", Instant.now(), extra);
    }

    @Test
    void eachDayIsAddedUpPerSiteAndASecondRunOrARestartAfterAFailureEndsTheSame() throws Exception {
        LocalDate today = KoreanTime.today(java.time.Clock.systemUTC());
        LocalDate first = today.minusDays(5);
        LocalDate second = today.minusDays(4);
        TestClock.fixAt(at(today.minusDays(10), 9));
        long project = project();
        UsageKeys.IssuedKey used = asSupplier.call(() -> keys.issueForProject(project, "MES 집계 시험"));
        UsageKeys.IssuedKey silent = asSupplier.call(() -> keys.issueForProject(project, "쓰지 않는 MES"));
        String key = used.secret();
        long id = used.key().id();

        // day one: six logs by two users (the burst), the seventh refused as too often, one with a bad date
        List<String> codes = new ArrayList<>();
        String[] kinds = {"DO6001", "조회", "DO6003", "입출고", "DO6007", "DO6002"};
        for (int i = 0; i < 6; i++) {
            codes.add(send(key, at(first, 9).plusSeconds(i), kinds[i], i % 2 == 0 ? "김작업" : "이품질"));
        }
        codes.add(send(key, at(first, 9).plusSeconds(10), "DO6003", "김작업"));
        TestClock.fixAt(at(first, 10));
        Map<String, String> badDate = new LinkedHashMap<>(Map.of("crtfcKey", key, "logDt", "2026-13-40 99:00:00", "useSe", "DO6003",
                "sysUser", "김작업", "conectIp", "10.0.0.7", "dataUsgqty", "1"));
        codes.add(intake.receive(badDate).get().code().code());
        assertEquals(List.of("AP1002", "AP1002", "AP1002", "AP1002", "AP1002", "AP1002", "AP1029", "AP1006"), codes);
        // day two: three views by one user
        for (int i = 0; i < 3; i++) {
            assertEquals("AP1002", send(key, at(second, 14).plusSeconds(i), "DO6003", "박관리"));
        }
        TestClock.reset();

        JobExecution run = runFrom(first);
        assertEquals(BatchStatus.COMPLETED, run.getBatchStatus());
        assertTrue(BatchJobRun.exitStatus(run, "usage-days").startsWith("DAYS "), BatchJobRun.exitStatus(run, "usage-days"));
        List<Long> dayOne = List.of(8L, 6L, 2L, 1L, 2L, 2L, 12L);
        List<Long> dayTwo = List.of(3L, 3L, 1L, 0L, 3L, 0L, 6L);
        assertEquals(dayOne, totals(id, first), "submitted 8 = 6 accepted + 2 refused; 2 users; 1 login, 2 views, 2 stock moves; qty 12");
        assertEquals(dayTwo, totals(id, second));
        assertEquals(List.of(), totals(id, first.minusDays(1)), "no row for a day without anything");
        assertEquals(List.of(), totals(silent.key().id(), first), "nor for a site that sent nothing");

        // a second run over the same days changes nothing
        assertEquals(BatchStatus.COMPLETED, runFrom(first).getBatchStatus());
        assertEquals(dayOne, totals(id, first));
        assertEquals(dayTwo, totals(id, second));

        // a run that fails part-way (a table it reads is away) is restarted from its checkpoint and ends the same
        ddl("alter table usage_refusal rename to usage_refusal_away");
        JobExecution failed;
        try {
            failed = runFrom(first);
        } finally {
            ddl("alter table usage_refusal_away rename to usage_refusal");
        }
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        long restarted = BatchRuntime.getJobOperator().restart(failed.getExecutionId(), new Properties());
        assertEquals(BatchStatus.COMPLETED, BatchJobRun.await(restarted).getBatchStatus());
        assertEquals(dayOne, totals(id, first));
        assertEquals(dayTwo, totals(id, second));

        // the views read the totals: the SME and the supplier of the site, staff; nobody else
        UsageReports.SiteUse seen = asSme.call(() -> reports.siteUse(id, 7));
        assertEquals(7, seen.days().size(), "every day of the period, oldest first, today last");
        assertEquals(today, seen.days().get(6).day());
        assertEquals(6, seen.days().get(1).accepted(), "day one");
        assertEquals(2, seen.days().get(1).refused());
        assertEquals(9, seen.accepted());
        assertEquals(6, seen.mostAccepted());
        assertEquals(9, asSupplier.call(() -> reports.siteUse(id, 7)).accepted());
        assertEquals(9, asStaff.call(() -> reports.siteUse(id, 7)).accepted());
        assertThrows(AccessDeniedException.class, () -> asOtherSupplier.call(() -> reports.siteUse(id, 7)),
                "another supplier cannot read this site's usage");
        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> reports.siteUse(id, 7)), "nor another SME");
        assertFalse(asOtherSupplier.call(() -> keys.visible()).stream().anyMatch(k -> k.id() == id), "nor list its key");

        // the key that never sent anything, issued before the window, is idle; the one used four days ago is not
        List<UsageLogs.IdleSite> idle = asStaff.call(() -> {
            List<UsageLogs.IdleSite> all = new ArrayList<>();
            reports.forEachIdle(all::add);
            return all;
        });
        assertTrue(idle.stream().anyMatch(s -> s.keyId() == silent.key().id()), "silent site idle");
        assertFalse(idle.stream().anyMatch(s -> s.keyId() == id), "used within the last 7 days");
        UsageLogs.IdleSite row = idle.stream().filter(s -> s.keyId() == silent.key().id()).findFirst().orElseThrow();
        assertEquals(null, row.lastUsedOn(), "never used");
        assertTrue(asStaff.call(() -> reports.countIdle()) >= 1);
    }

    @Test
    void rawLogsPastTheRetentionPeriodGoOnceTheirDaysAreAddedUp() throws Exception {
        LocalDate today = KoreanTime.today(java.time.Clock.systemUTC());
        LocalDate old = today.minusDays(200);
        TestClock.fixAt(at(old.minusDays(1), 9));
        long project = project();
        UsageKeys.IssuedKey k = asSupplier.call(() -> keys.issueForProject(project, "오래된 MES"));
        assertEquals("AP1002", send(k.secret(), at(old, 11), "DO6003", "김작업"));
        TestClock.reset();
        assertEquals(1L, logs(k.key().id()));
        JobExecution run = runFrom(today.minusDays(2));
        assertEquals(BatchStatus.COMPLETED, run.getBatchStatus());
        assertTrue(BatchJobRun.exitStatus(run, "usage-prune").startsWith("PRUNED "), BatchJobRun.exitStatus(run, "usage-prune"));
        assertEquals(0L, logs(k.key().id()), "200 days old, kept 90: gone");
    }

    private long logs(long keyId) {
        return ((Number) em.createNativeQuery("select count(*) from usage_log where key_id = " + keyId).getSingleResult()).longValue();
    }

    private void ddl(String sql) throws Exception {
        tx.begin();
        em.joinTransaction();
        em.createNativeQuery(sql).executeUpdate();
        tx.commit();
    }
}
