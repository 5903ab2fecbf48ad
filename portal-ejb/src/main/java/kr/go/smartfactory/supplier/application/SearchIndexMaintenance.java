package kr.go.smartfactory.supplier.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import kr.go.smartfactory.supplier.domain.SupplierProfile;

/**
 * Rebuilding the directory's index from the database without taking search offline: documents are replaced
 * in place chunk by chunk (the search-index-refresh job), never purged first, so every supplier stays
 * findable during the rebuild; then documents whose supplier no longer exists are removed.
 */
@Stateless
public class SearchIndexMaintenance {

    @PersistenceContext
    private EntityManager em;

    /** Profile ids after {@code afterId}, ascending. */
    public List<Long> profileIds(long afterId, int max) {
        return em.createQuery("select p.id from SupplierProfile p where p.id > :after order by p.id", Long.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /**
     * Replaces the documents of these suppliers with what the database holds now. Each replacement is atomic,
     * so a concurrent search sees the old or the new document, never none or two.
     */
    public void reindex(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<SupplierProfile> profiles = em.createQuery("select p from SupplierProfile p join fetch p.company where p.id in :ids",
                SupplierProfile.class).setParameter("ids", ids).getResultList();
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        profiles.forEach(plan::addOrUpdate);
        // applied when the chunk's transaction commits: one update per document, no gap in between
    }

    /** Removes index documents whose supplier profile is gone; returns how many. */
    public int purgeOrphans() {
        SearchSession session = Search.session(em);
        List<Long> indexed = session.search(SupplierProfile.class).select(f -> f.id(Long.class)).where(f -> f.matchAll())
                .fetchAllHits();
        Set<Long> existing = new HashSet<>(em.createQuery("select p.id from SupplierProfile p", Long.class).getResultList());
        int purged = 0;
        for (Long id : indexed) {
            if (!existing.contains(id)) {
                session.indexingPlan().purge(SupplierProfile.class, id, null);
                purged++;
            }
        }
        return purged;
    }
}
