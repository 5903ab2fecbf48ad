package kr.go.smartfactory.usage.batch;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(UsageDayWriter.class.getName());

    @Inject
    private StepContext step;

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public void writeItems(List<Object> items) {
        for (Object day : items) {
            try {
                aggregation.build((LocalDate) day);
            } catch (RuntimeException e) {
                // logged here in full; the step fails with a plain exception, because JBeret stores the failure
                // serialised and cannot read back a driver's exception class (PostgreSQL's) from its own module
                LOG.log(Level.WARNING, e, () -> "usage totals of " + day + " not built");
                throw new IllegalStateException("usage totals of " + day + " not built: " + rootMessage(e));
            }
        }
        long done = (step.getPersistentUserData() == null ? 0L : (Long) step.getPersistentUserData()) + items.size();
        step.setPersistentUserData(done);
        step.setExitStatus("DAYS " + done);
    }
}
