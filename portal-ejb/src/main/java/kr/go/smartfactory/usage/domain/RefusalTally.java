package kr.go.smartfactory.usage.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests of known keys that were refused (too often, a bad field, a revoked key), counted per key, Korea-time day and
 * code in memory and handed over in bulk: a refusal stores no log, so a flood of them must not cost a write each.
 * Thread-safe; a count taken by {@link #drain} is gone from the tally, {@link #restore} puts it back (a failed write).
 */
public final class RefusalTally {

    /** How many requests of one key were refused on one day for one reason. */
    public record Count(long keyId, LocalDate day, ReceiptCode code, long refused) {
    }

    private record Slot(long keyId, LocalDate day, ReceiptCode code) {
    }

    /** Changed only through atomic per-slot operations (merge, computeIfPresent), so no count falls between two. */
    private final ConcurrentHashMap<Slot, Long> counts = new ConcurrentHashMap<>();

    public void count(long keyId, LocalDate day, ReceiptCode code) {
        if (code == ReceiptCode.ACCEPTED) {
            throw new IllegalArgumentException("an accepted log is not a refusal");
        }
        counts.merge(new Slot(keyId, day, code), 1L, Long::sum);
    }

    /** Takes every count gathered so far (those counted meanwhile stay for the next drain). */
    public List<Count> drain() {
        List<Count> taken = new ArrayList<>();
        for (Slot slot : counts.keySet()) {
            counts.computeIfPresent(slot, (s, n) -> {
                taken.add(new Count(s.keyId(), s.day(), s.code(), n));
                return null;
            });
        }
        return taken;
    }

    /** Puts counts back that could not be written. */
    public void restore(List<Count> taken) {
        for (Count c : taken) {
            counts.merge(new Slot(c.keyId(), c.day(), c.code()), c.refused(), Long::sum);
        }
    }
}
