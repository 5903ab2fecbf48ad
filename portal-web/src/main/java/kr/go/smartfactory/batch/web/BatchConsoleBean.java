package kr.go.smartfactory.batch.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.batch.application.BatchJobs;
import kr.go.smartfactory.batch.application.JobRunView;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Messages;

/** staff/jobs.xhtml: recent runs of the nightly jobs, start one now, restart a failed run. */
@Named
@RequestScoped
public class BatchConsoleBean {

    @Inject
    private BatchJobs jobs;

    private List<JobRunView> runs;

    public List<String> getJobs() {
        return BatchJobs.JOBS;
    }

    public boolean isAnyRunning() {
        return getRuns().stream().anyMatch(JobRunView::running);
    }

    public List<JobRunView> getRuns() {
        if (runs == null) {
            runs = jobs.recentRuns(30);
        }
        return runs;
    }

    /** A run's exit status in words when it is one of the batch statuses, as the job wrote it otherwise. */
    public String exitText(String exitStatus) {
        return exitStatus == null ? "" : Messages.textOr("batch.status." + exitStatus, exitStatus);
    }

    public void start(String job) {
        if (Actions.run(() -> jobs.start(job), "jobs.started")) {
            runs = null;
        }
    }

    public void restart(long executionId) {
        jobs.restart(executionId);
        Messages.info("jobs.restarted");
        runs = null;
    }
}
