package kr.go.smartfactory.usage.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.usage.domain.UsageKey;
import kr.go.smartfactory.usage.domain.UsageKeyRepository;
import kr.go.smartfactory.usage.domain.UsagePolicy;

@ApplicationScoped
public class JpaUsageKeyRepository implements UsageKeyRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(UsageKey key) {
        em.persist(key);
        em.flush();
    }

    @Override
    public Optional<UsageKey> key(long id) {
        return Optional.ofNullable(em.find(UsageKey.class, id));
    }

    @Override
    public Optional<UsageKey> byHash(String keyHash) {
        return em.createQuery("select k from UsageKey k where k.keyHash = :h", UsageKey.class).setParameter("h", keyHash)
                .getResultStream().findFirst();
    }

    @Override
    public List<UsageKey> ofCompany(long companyId) {
        return em.createQuery("select k from UsageKey k where k.companyId = :c order by k.issuedAt desc, k.id desc", UsageKey.class)
                .setParameter("c", companyId).getResultList();
    }

    @Override
    public List<UsageKey> issuedBy(long supplierCompanyId) {
        return em.createQuery("select k from UsageKey k where k.supplierCompanyId = :s order by k.issuedAt desc, k.id desc",
                UsageKey.class).setParameter("s", supplierCompanyId).getResultList();
    }

    @Override
    public List<UsageKey> all(int first, int max) {
        return em.createQuery("select k from UsageKey k order by k.issuedAt desc, k.id desc", UsageKey.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(k) from UsageKey k", Long.class).getSingleResult();
    }

    @Override
    public UsagePolicy policy() {
        return em.find(UsagePolicy.class, (int) UsagePolicy.ID);
    }

    @Override
    public java.util.Map<Long, Site> sites(java.util.Collection<Long> keyIds) {
        java.util.Map<Long, Site> sites = new java.util.HashMap<>();
        if (keyIds.isEmpty()) {
            return sites;
        }
        em.createQuery("select k.id, c.name, p.agreementNumber from UsageKey k join Company c on c.id = k.companyId "
                + "left join Project p on p.id = k.projectId where k.id in :ids", Object[].class).setParameter("ids", keyIds)
                .getResultList().forEach(r -> sites.put((Long) r[0], new Site((String) r[1], (String) r[2])));
        return sites;
    }

    @Override
    public Optional<java.time.Instant> firstIssuedAt() {
        return Optional.ofNullable(em.createQuery("select min(k.issuedAt) from UsageKey k", java.time.Instant.class).getSingleResult());
    }
}
