package kr.go.smartfactory.usage.batch;

import java.time.Clock;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.batch.support.ReferenceTime;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.usage.application.UsageAggregation;

/**
 * The usage job's last step: raw logs past the policy's retention period go (day partitions dropped on PostgreSQL,
 * rows deleted on H2) — only days already added up. The exit status says how many partitions and rows went.
 */
@Named
@Dependent
public class PruneUsageLogs extends AbstractBatchlet {

    @Inject
    private UsageAggregation aggregation;

    @Inject
    private Clock clock;

    @Inject
    @BatchProperty
    private String referenceTime;

    @Override
    public String process() {
        return "PRUNED " + aggregation.prune(KoreanTime.dayOf(ReferenceTime.parse(referenceTime, clock)));
    }
}
