package kr.go.smartfactory.membership.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.membership.domain.ClaimRepository;
import kr.go.smartfactory.membership.domain.ClaimStatus;
import kr.go.smartfactory.membership.domain.CompanyClaim;

@ApplicationScoped
public class JpaClaimRepository implements ClaimRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(CompanyClaim claim) {
        em.persist(claim);
    }

    @Override
    public void remove(CompanyClaim claim) {
        em.remove(claim);
    }

    @Override
    public Optional<CompanyClaim> claim(long id) {
        return Optional.ofNullable(em.find(CompanyClaim.class, id));
    }

    @Override
    public List<CompanyClaim> byClaimant(long accountId) {
        return em.createQuery("select c from CompanyClaim c join fetch c.company where c.claimant.id = :a order by c.openedAt desc, c.id desc",
                CompanyClaim.class).setParameter("a", accountId).getResultList();
    }

    @Override
    public List<CompanyClaim> claims(ClaimStatus status, int first, int max) {
        String where = status == null ? "" : " where c.status = :status";
        var query = em.createQuery("select c from CompanyClaim c join fetch c.company join fetch c.claimant" + where
                + " order by case when c.status = :open then 0 else 1 end, c.openedAt, c.id", CompanyClaim.class)
                .setParameter("open", ClaimStatus.OPEN);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(ClaimStatus status) {
        var query = em.createQuery("select count(c) from CompanyClaim c" + (status == null ? "" : " where c.status = :status"), Long.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }
}
