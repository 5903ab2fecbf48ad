package kr.go.smartfactory.housekeeping.batch;

import java.time.Clock;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.batch.support.ReferenceTime;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.usage.application.UsagePartitions;

/**
 * The housekeeping job's usage step: the usage log's day partitions for the reference day and the week after it
 * (PostgreSQL; nothing on H2). Idempotent: a partition that exists is left alone. The exit status says how many were
 * created.
 */
@Named
@Dependent
public class PrepareUsagePartitions extends AbstractBatchlet {

    static final int DAYS_AHEAD = 8;

    @Inject
    private UsagePartitions partitions;

    @Inject
    private Clock clock;

    @Inject
    @BatchProperty
    private String referenceTime;

    @Override
    public String process() {
        return "PARTITIONS " + partitions.prepare(ReferenceTime.parse(referenceTime, clock).atZone(KoreanTime.ZONE).toLocalDate(), DAYS_AHEAD);
    }
}
