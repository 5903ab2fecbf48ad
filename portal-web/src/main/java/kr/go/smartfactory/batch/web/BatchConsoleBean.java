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

    /** What a step reports with a count: "CASES 4" (the knowledge base rebuilt with four cases), "ESCALATED 2" … */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("([A-Z_]+) (\\d+)");

    /**
     * A run's exit status in words: a batch status, a step's outcome, or a step's count ("CASES 4" reads 해결 사례 4건
     * 색인); a status the console has no words for is shown as the job wrote it.
     */
    public String exitText(String exitStatus) {
        if (exitStatus == null) {
            return "";
        }
        java.util.regex.Matcher counted = COUNTED.matcher(exitStatus);
        if (counted.matches()) {
            String text = Messages.textOr("batch.exit." + counted.group(1), null);
            if (text != null) {
                return text.formatted(String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(counted.group(2))));
            }
        }
        return Messages.textOr("batch.status." + exitStatus, exitStatus);
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
