package kr.go.smartfactory.shared.infrastructure;

import java.util.function.IntFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import kr.go.smartfactory.shared.domain.YearlyCounter;

/** Reads a {@link YearlyCounter} under a write lock for the issuing transaction, creating the year's row when missing. */
public final class YearlyCounters {

    private YearlyCounters() {
    }

    public static <C extends YearlyCounter> C locked(EntityManager em, Class<C> type, int year, IntFunction<C> create) {
        C counter = em.find(type, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            // the migrations create the years ahead; a later year's first number creates its row
            counter = create.apply(year);
            em.persist(counter);
            em.flush();
            em.lock(counter, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter;
    }
}
