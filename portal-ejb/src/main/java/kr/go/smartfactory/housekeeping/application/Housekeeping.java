package kr.go.smartfactory.housekeeping.application;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.account.domain.AccountStatus;
import kr.go.smartfactory.account.domain.Company;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.supplier.domain.SupplierProfile;

/**
 * What the nightly housekeeping job removes, read in id order so the job can checkpoint on the last id:
 * spent or expired one-time tokens, and sign-ups never confirmed (the account, its tokens, and its company
 * and supplier profile when no other account belongs to the company). Runs inside the job's chunk
 * transaction; deleting what is already gone is a no-op, so a restarted chunk does no harm.
 */
@Stateless
public class Housekeeping {

    @PersistenceContext
    private EntityManager em;

    public List<Long> spentTokenIds(long afterId, Instant now, int max) {
        return em.createQuery("select t.id from AccountToken t where t.id > :after and (t.usedAt is not null or t.expiresAt <= :now) order by t.id", Long.class)
                .setParameter("after", afterId).setParameter("now", now).setMaxResults(max).getResultList();
    }

    public int purgeTokens(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from AccountToken t where t.id in :ids").setParameter("ids", ids).executeUpdate();
    }

    public List<Long> unconfirmedAccountIds(long afterId, Instant signedUpBefore, int max) {
        return em.createQuery("select a.id from UserAccount a where a.id > :after and a.status = :pending and a.createdAt < :before order by a.id", Long.class)
                .setParameter("after", afterId).setParameter("pending", AccountStatus.PENDING_CONFIRMATION)
                .setParameter("before", signedUpBefore).setMaxResults(max).getResultList();
    }

    /** Deletes through the entity manager so each removal is written to the audit trail. */
    public int purgeUnconfirmed(List<Long> accountIds, Instant signedUpBefore) {
        int purged = 0;
        for (Long id : accountIds) {
            UserAccount account = em.find(UserAccount.class, id);
            if (account == null || account.getStatus() != AccountStatus.PENDING_CONFIRMATION
                    || !account.getCreatedAt().isBefore(signedUpBefore)) {
                continue;
            }
            Company company = account.getCompany();
            em.createQuery("delete from AccountToken t where t.account = :account").setParameter("account", account)
                    .executeUpdate();
            em.remove(account);
            if (company != null && em.createQuery("select count(a) from UserAccount a where a.company = :c and a.id <> :id", Long.class)
                    .setParameter("c", company).setParameter("id", id).getSingleResult() == 0) {
                em.createQuery("select p from SupplierProfile p where p.company = :c", SupplierProfile.class)
                        .setParameter("c", company).getResultList().forEach(em::remove);
                em.remove(company);
            }
            purged++;
        }
        em.flush();
        return purged;
    }
}
