package kr.go.smartfactory.usage.batch;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.batch.support.ReferenceTime;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.usage.application.UsageAggregation;

/**
 * The usage job's days: those before the reference day not yet added up (or from the {@code from} parameter, a
 * recount), oldest first. Checkpoints on the last day written, so a restarted run goes on with the next one. The
 * refusals counted in memory are written first, so that the days' totals include them.
 */
@Named
@Dependent
public class UsageDayReader extends AbstractItemReader {

    @Inject
    private UsageAggregation aggregation;

    @Inject
    private Clock clock;

    @Inject
    @BatchProperty
    private String referenceTime;

    @Inject
    @BatchProperty
    private String from;

    private final Deque<LocalDate> days = new ArrayDeque<>();
    private LocalDate last;

    @Override
    public void open(Serializable checkpoint) {
        aggregation.flushRefusals();
        Instant reference = ReferenceTime.parse(referenceTime, clock);
        LocalDate start = from == null || from.isBlank() ? null : LocalDate.parse(from.strip());
        last = (LocalDate) checkpoint;
        aggregation.pendingDays(KoreanTime.dayOf(reference), start).stream().filter(d -> last == null || d.isAfter(last)).forEach(days::add);
    }

    @Override
    public Object readItem() {
        LocalDate next = days.poll();
        if (next != null) {
            last = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
