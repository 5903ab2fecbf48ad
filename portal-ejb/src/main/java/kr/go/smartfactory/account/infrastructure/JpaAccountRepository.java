package kr.go.smartfactory.account.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.AccountStatus;
import kr.go.smartfactory.account.domain.AccountToken;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void recordSignIn(long accountId, java.time.Instant at) {
        em.createQuery("update UserAccount a set a.lastSignInAt = :at where a.id = :id")
                .setParameter("at", at).setParameter("id", accountId).executeUpdate();
    }

    @Override
    public Optional<UserAccount> accountByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select a from UserAccount a left join fetch a.company where a.email = :email", UserAccount.class)
                .setParameter("email", UserAccount.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> account(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public boolean emailTaken(String email) {
        return em.createQuery("select count(a) from UserAccount a where a.email = :email", Long.class)
                .setParameter("email", UserAccount.normalizeEmail(email)).getSingleResult() > 0;
    }

    @Override
    public Optional<AccountToken> tokenByHash(String tokenHash) {
        return em.createQuery("select t from AccountToken t join fetch t.account where t.tokenHash = :hash", AccountToken.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
    }

    @Override
    public void add(AccountToken token) {
        em.persist(token);
    }

    @Override
    public void remove(UserAccount account) {
        em.remove(account);
    }

    @Override
    public void removeTokens(UserAccount account) {
        em.createQuery("delete from AccountToken t where t.account = :account").setParameter("account", account).executeUpdate();
    }

    @Override
    public List<UserAccount> activeWithRole(Role role) {
        return em.createQuery("select a from UserAccount a where a.status = :active and concat(',', a.roles, ',') like :role order by a.id",
                UserAccount.class).setParameter("active", AccountStatus.ACTIVE).setParameter("role", "%," + role.name() + ",%")
                .getResultList();
    }

    @Override
    public List<UserAccount> members(long companyId) {
        return em.createQuery("select a from UserAccount a where a.company.id = :c order by a.createdAt, a.id", UserAccount.class)
                .setParameter("c", companyId).getResultList();
    }

    @Override
    public List<Long> spentTokenIds(long afterId, Instant now, int max) {
        return em.createQuery("select t.id from AccountToken t where t.id > :after and (t.usedAt is not null or t.expiresAt <= :now) order by t.id", Long.class)
                .setParameter("after", afterId).setParameter("now", now).setMaxResults(max).getResultList();
    }

    @Override
    public int removeTokens(List<Long> ids) {
        return ids.isEmpty() ? 0 : em.createQuery("delete from AccountToken t where t.id in :ids").setParameter("ids", ids).executeUpdate();
    }

    @Override
    public List<Long> unconfirmedAccountIds(long afterId, Instant signedUpBefore, int max) {
        return em.createQuery("select a.id from UserAccount a where a.id > :after and a.status = :pending and a.createdAt < :before order by a.id", Long.class)
                .setParameter("after", afterId).setParameter("pending", AccountStatus.PENDING_CONFIRMATION)
                .setParameter("before", signedUpBefore).setMaxResults(max).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<UserAccount> accounts(String emailOrName, Role role, int first, int max) {
        TypedQuery<UserAccount> query = accountQuery("select a from UserAccount a left join fetch a.company", emailOrName, role,
                " order by a.createdAt desc, a.id desc", UserAccount.class);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countAccounts(String emailOrName, Role role) {
        return accountQuery("select count(a) from UserAccount a", emailOrName, role, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> accountQuery(String select, String emailOrName, Role role, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (emailOrName != null && !emailOrName.isBlank()) {
            where.add("(a.email like :text or lower(a.contactName) like :text)");
        }
        if (role != null) {
            // roles are one sorted, comma-separated column; match a whole name
            where.add("(concat(',', a.roles, ',') like :role)");
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        if (emailOrName != null && !emailOrName.isBlank()) {
            query.setParameter("text", "%" + emailOrName.strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (role != null) {
            query.setParameter("role", "%," + role.name() + ",%");
        }
        return query;
    }
}
