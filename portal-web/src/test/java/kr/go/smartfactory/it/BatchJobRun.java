package kr.go.smartfactory.it;

import java.time.Instant;
import java.util.Properties;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;

/** Starts a batch job on the server's runtime with a reference time and waits (at most a minute) until it ends. */
public final class BatchJobRun {

    private BatchJobRun() {
    }

    public static JobExecution run(String job, Instant referenceTime) throws InterruptedException {
        return run(job, referenceTime, new Properties());
    }

    /** Starts a job with a reference time and more parameters, and waits until it ends. */
    public static JobExecution run(String job, Instant referenceTime, Properties more) throws InterruptedException {
        Properties parameters = new Properties();
        parameters.putAll(more);
        parameters.setProperty("referenceTime", referenceTime.toString());
        return await(BatchRuntime.getJobOperator().start(job, parameters));
    }

    /** Waits (at most a minute) until an execution ends. */
    public static JobExecution await(long id) throws InterruptedException {
        JobOperator operator = BatchRuntime.getJobOperator();
        long deadline = System.currentTimeMillis() + 60_000;
        JobExecution execution = operator.getJobExecution(id);
        while (System.currentTimeMillis() < deadline
                && (execution.getBatchStatus() == BatchStatus.STARTING || execution.getBatchStatus() == BatchStatus.STARTED)) {
            Thread.sleep(200);
            execution = operator.getJobExecution(id);
        }
        return execution;
    }

    /** A step's exit status in a finished execution. */
    public static String exitStatus(JobExecution execution, String step) {
        return BatchRuntime.getJobOperator().getStepExecutions(execution.getExecutionId()).stream()
                .filter(s -> s.getStepName().equals(step)).map(StepExecution::getExitStatus).findFirst().orElseThrow();
    }
}
