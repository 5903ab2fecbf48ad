package kr.go.smartfactory.batch.application;

import java.time.Instant;

/** One execution of a batch job as the console shows it. */
public record JobRunView(long executionId, long instanceId, String jobName, String status, String exitStatus,
        Instant started, Instant ended, long itemsRead, long itemsWritten, int steps, int stepsDone) {

    /** Still going: the console refreshes itself and shows a progress bar. */
    public boolean running() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }

    /** Finished steps of the steps started so far, in percent (0 before the first step). */
    public int progressPercent() {
        return steps == 0 ? 0 : Math.min(100, stepsDone * 100 / steps);
    }
}
