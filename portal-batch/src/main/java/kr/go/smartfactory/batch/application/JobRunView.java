package kr.go.smartfactory.batch.application;

import java.time.Instant;

/** One execution of a batch job as the console shows it. */
public record JobRunView(long executionId, long instanceId, String jobName, String status, String exitStatus,
        Instant started, Instant ended) {
}
