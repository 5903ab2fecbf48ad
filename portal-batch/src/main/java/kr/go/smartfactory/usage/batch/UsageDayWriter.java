package kr.go.smartfactory.usage.batch;

import java.time.LocalDate;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.usage.application.UsageAggregation;

/**
 * Adds each day up in the chunk's transaction (with the checkpoint): the day's totals replace any earlier ones, so a
 * day written twice — a restart after a crash between commit and checkpoint, or a recount — ends the same. The step's
 * exit status says how many days were added up.
 */
@Named
@Dependent
public class UsageDayWriter extends AbstractItemWriter {

    @Inject
    private UsageAggregation aggregation;

    @Inject
    private StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        for (Object day : items) {
            aggregation.build((LocalDate) day);
        }
        long done = (step.getPersistentUserData() == null ? 0L : (Long) step.getPersistentUserData()) + items.size();
        step.setPersistentUserData(done);
        step.setExitStatus("DAYS " + done);
    }
}
