package kr.go.smartfactory.batch.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * The batch console's service: which jobs exist, their recent runs, starting a job and restarting a failed
 * or stopped run from its last checkpoint. Staff and administrators only; the nightly schedule calls
 * {@link #launch} without a caller.
 */
@Stateless
public class BatchJobs {

    /** Jobs the console offers; the job XML lives in META-INF/batch-jobs. */
    public static final List<String> JOBS = List.of("housekeeping", "search-index-refresh", "usage-daily");

    @Inject
    private Clock clock;

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public long start(String jobName) {
        if (!JOBS.contains(jobName)) {
            throw new DomainException("batch.job.unknown");
        }
        return launch(jobName, new Properties());
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public long restart(long executionId) {
        return BatchRuntime.getJobOperator().restart(executionId, new Properties());
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<JobRunView> recentRuns(int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobRunView> runs = new ArrayList<>();
        Set<String> known = operator.getJobNames();
        for (String job : JOBS) {
            if (!known.contains(job)) {
                continue;
            }
            try {
                for (JobInstance instance : operator.getJobInstances(job, 0, max)) {
                    for (JobExecution execution : operator.getJobExecutions(instance)) {
                        runs.add(view(operator, instance, job, execution));
                    }
                }
            } catch (NoSuchJobException e) {
                // never run yet
            }
        }
        runs.sort(Comparator.comparingLong(JobRunView::executionId).reversed());
        return runs.size() > max ? runs.subList(0, max) : runs;
    }

    /** Starts a run with the reference time fixed now, so that a restart judges by the same instant. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public long launch(String jobName, Properties parameters) {
        Properties p = new Properties();
        p.putAll(parameters);
        p.putIfAbsent("referenceTime", clock.instant().toString());
        return BatchRuntime.getJobOperator().start(jobName, p);
    }

    /** A run with what its steps did so far: items read and written, steps finished of those started. */
    private static JobRunView view(JobOperator operator, JobInstance instance, String job, JobExecution execution) {
        long read = 0;
        long written = 0;
        int steps = 0;
        int stepsDone = 0;
        try {
            for (jakarta.batch.runtime.StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
                steps++;
                if (step.getBatchStatus() == jakarta.batch.runtime.BatchStatus.COMPLETED) {
                    stepsDone++;
                }
                for (jakarta.batch.runtime.Metric metric : step.getMetrics()) {
                    if (metric.getType() == jakarta.batch.runtime.Metric.MetricType.READ_COUNT) {
                        read += metric.getValue();
                    } else if (metric.getType() == jakarta.batch.runtime.Metric.MetricType.WRITE_COUNT) {
                        written += metric.getValue();
                    }
                }
            }
        } catch (jakarta.batch.operations.NoSuchJobExecutionException gone) {
            // purged meanwhile: no step figures
        }
        return new JobRunView(execution.getExecutionId(), instance.getInstanceId(), job, execution.getBatchStatus().name(),
                execution.getExitStatus(), instant(execution.getStartTime()), instant(execution.getEndTime()), read, written,
                steps, stepsDone);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
