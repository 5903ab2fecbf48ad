package kr.go.smartfactory.account.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.AccountToken;
import kr.go.smartfactory.account.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.account.domain.Company;
import kr.go.smartfactory.account.domain.IndustryCode;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    /** Bind parameters per IN list: well under PostgreSQL's limit, and few round trips. */
    static final int IN_LIST_CHUNK = 1000;

    @PersistenceContext
    private EntityManager em;

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
    public Optional<Company> companyByRegistrationNumber(BusinessRegistrationNumber number) {
        return em.createQuery("select c from Company c where c.registrationNumber = :number", Company.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    @Override
    public Map<String, Company> companiesByRegistrationNumber(Collection<BusinessRegistrationNumber> numbers) {
        Map<String, Company> found = new HashMap<>();
        List<String> digits = numbers.stream().map(BusinessRegistrationNumber::digits).distinct().toList();
        for (int from = 0; from < digits.size(); from += IN_LIST_CHUNK) {
            em.createQuery("select c from Company c where c.registrationNumber.digits in :digits", Company.class)
                    .setParameter("digits", digits.subList(from, Math.min(digits.size(), from + IN_LIST_CHUNK)))
                    .getResultList().forEach(c -> found.put(c.getRegistrationNumber().digits(), c));
        }
        return found;
    }

    @Override
    public Optional<Company> company(long id) {
        return Optional.ofNullable(em.find(Company.class, id));
    }

    @Override
    public Optional<IndustryCode> industry(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(IndustryCode.class, code));
    }

    @Override
    public List<IndustryCode> industries() {
        return em.createQuery("select i from IndustryCode i order by i.sortOrder, i.code", IndustryCode.class)
                .setHint("org.hibernate.cacheable", true).getResultList();
    }

    @Override
    public Optional<AccountToken> tokenByHash(String tokenHash) {
        return em.createQuery("select t from AccountToken t join fetch t.account where t.tokenHash = :hash", AccountToken.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public void add(Object entity) {
        em.persist(entity);
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
