package kr.go.smartfactory.batch.application;

import java.util.Properties;
import java.util.logging.Logger;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

import kr.go.smartfactory.account.domain.Role;

/** Starts the nightly jobs (Korean time; the portal is quiet then), as programme staff would from the console. */
@Singleton
@RunAs(Role.Names.STAFF)
public class NightlySchedule {

    private static final Logger LOG = Logger.getLogger(NightlySchedule.class.getName());

    @EJB
    private BatchJobs jobs;

    @Schedule(hour = "3", minute = "10", timezone = "Asia/Seoul", persistent = false, info = "housekeeping")
    void housekeeping() {
        long id = jobs.launch("housekeeping", new Properties());
        LOG.info(() -> "Nightly housekeeping started as execution " + id);
    }

    /** Shortly after midnight: yesterday's usage is complete, and the audit reads its totals in the morning. */
    @Schedule(hour = "0", minute = "20", timezone = "Asia/Seoul", persistent = false, info = "usage-daily")
    void usageDaily() {
        long id = jobs.launch("usage-daily", new Properties());
        LOG.info(() -> "Nightly usage totals started as execution " + id);
    }

    @Schedule(hour = "2", minute = "30", timezone = "Asia/Seoul", persistent = false, info = "search-index-refresh")
    void searchIndexRefresh() {
        long id = jobs.launch("search-index-refresh", new Properties());
        LOG.info(() -> "Nightly search index refresh started as execution " + id);
    }
}
