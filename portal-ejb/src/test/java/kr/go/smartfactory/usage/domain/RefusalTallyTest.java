package kr.go.smartfactory.usage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class RefusalTallyTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    @Test
    void countsPerKeyDayAndCodeAndADrainTakesThemAway() {
        RefusalTally tally = new RefusalTally();
        tally.count(1, DAY, ReceiptCode.TOO_OFTEN);
        tally.count(1, DAY, ReceiptCode.TOO_OFTEN);
        tally.count(1, DAY, ReceiptCode.BAD_DATE);
        tally.count(2, DAY, ReceiptCode.TOO_OFTEN);
        tally.count(1, DAY.plusDays(1), ReceiptCode.TOO_OFTEN);
        List<RefusalTally.Count> taken = sorted(tally.drain());
        assertEquals(List.of(new RefusalTally.Count(1, DAY, ReceiptCode.BAD_DATE, 1), new RefusalTally.Count(1, DAY, ReceiptCode.TOO_OFTEN, 2),
                new RefusalTally.Count(1, DAY.plusDays(1), ReceiptCode.TOO_OFTEN, 1), new RefusalTally.Count(2, DAY, ReceiptCode.TOO_OFTEN, 1)),
                taken);
        assertTrue(tally.drain().isEmpty(), "nothing is taken twice");
    }

    @Test
    void countsThatCouldNotBeWrittenComeBackAddedToNewOnes() {
        RefusalTally tally = new RefusalTally();
        tally.count(1, DAY, ReceiptCode.TOO_OFTEN);
        List<RefusalTally.Count> failed = tally.drain();
        tally.count(1, DAY, ReceiptCode.TOO_OFTEN);
        tally.restore(failed);
        assertEquals(List.of(new RefusalTally.Count(1, DAY, ReceiptCode.TOO_OFTEN, 2)), tally.drain());
    }

    @Test
    void anAcceptedLogIsNoRefusal() {
        assertThrows(IllegalArgumentException.class, () -> new RefusalTally().count(1, DAY, ReceiptCode.ACCEPTED));
    }

    @Test
    void noCountIsLostWhileRequestsCountAndAWriterDrains() throws Exception {
        RefusalTally tally = new RefusalTally();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        int perThread = 50_000;
        for (int t = 0; t < 4; t++) {
            pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    tally.count(i % 3, DAY, ReceiptCode.TOO_OFTEN);
                }
            });
        }
        long drained = 0;
        pool.shutdown();
        while (!pool.awaitTermination(1, TimeUnit.MILLISECONDS)) {
            drained += tally.drain().stream().mapToLong(RefusalTally.Count::refused).sum();
        }
        drained += tally.drain().stream().mapToLong(RefusalTally.Count::refused).sum();
        assertEquals(4L * perThread, drained);
    }

    private static List<RefusalTally.Count> sorted(List<RefusalTally.Count> counts) {
        return counts.stream().sorted(Comparator.comparingLong(RefusalTally.Count::keyId).thenComparing(RefusalTally.Count::day)
                .thenComparing(c -> c.code().name())).toList();
    }
}
