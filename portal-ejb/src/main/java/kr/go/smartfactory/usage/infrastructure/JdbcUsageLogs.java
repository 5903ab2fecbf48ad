package kr.go.smartfactory.usage.infrastructure;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.usage.domain.UsageLogs;

/** The usage log table read with SQL (it has no entity: rows are written by the group commit and never changed). */
@ApplicationScoped
public class JdbcUsageLogs implements UsageLogs {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, Instant> lastLogAt(Collection<Long> keyIds) {
        Map<Long, Instant> last = new HashMap<>();
        if (keyIds.isEmpty()) {
            return last;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select key_id, max(received_at) from usage_log where key_id in (:ids) group by key_id")
                .setParameter("ids", keyIds).getResultList();
        for (Object[] r : rows) {
            last.put(((Number) r[0]).longValue(), instant(r[1]));
        }
        return last;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("a time of an unexpected type: " + value.getClass());
    }
}
