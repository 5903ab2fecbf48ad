package kr.go.smartfactory.aftersales.infrastructure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import kr.go.smartfactory.aftersales.domain.AsFile;
import kr.go.smartfactory.aftersales.domain.AsMessage;
import kr.go.smartfactory.aftersales.domain.AsRequest;
import kr.go.smartfactory.aftersales.domain.KnowledgeCase;
import kr.go.smartfactory.aftersales.domain.AsRequestCounter;
import kr.go.smartfactory.aftersales.domain.AsRequestRepository;
import kr.go.smartfactory.aftersales.domain.AsSeverity;
import kr.go.smartfactory.aftersales.domain.AsStatus;
import kr.go.smartfactory.aftersales.domain.AsSupportGroup;
import kr.go.smartfactory.aftersales.domain.SlaTarget;
import kr.go.smartfactory.shared.infrastructure.YearlyCounters;

@ApplicationScoped
public class JpaAsRequestRepository implements AsRequestRepository {

    private static final List<AsStatus> OPEN = List.of(AsStatus.RECEIVED, AsStatus.DIAGNOSING, AsStatus.TREATING);

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(AsRequest request) {
        em.persist(request);
        em.flush(); // the id, for the thread's first message
    }

    @Override
    public void add(AsMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<AsRequest> request(long id) {
        return Optional.ofNullable(em.find(AsRequest.class, id));
    }

    @Override
    public void add(AsFile file) {
        em.persist(file);
    }

    @Override
    public List<AsFile> files(long requestId) {
        return em.createQuery("select f from AsFile f where f.requestId = :id order by f.createdAt, f.id", AsFile.class)
                .setParameter("id", requestId).getResultList();
    }

    @Override
    public Optional<AsFile> holdingFile(long attachmentId) {
        return em.createQuery("select f from AsFile f where f.attachmentId = :a", AsFile.class).setParameter("a", attachmentId)
                .getResultStream().findFirst();
    }

    @Override
    public List<AsRequest> ofCompanies(Collection<Long> companyIds) {
        if (companyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from AsRequest r where r.companyId in :c order by r.createdAt desc", AsRequest.class)
                .setParameter("c", companyIds).getResultList();
    }

    @Override
    public List<AsRequest> page(AsStatus status, Long groupId, int first, int max) {
        return filtered("select r from AsRequest r", status, groupId, " order by r.createdAt desc, r.id desc", AsRequest.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public List<AsRequest> filedBetween(java.time.Instant from, java.time.Instant to, long afterId, int max) {
        return em.createQuery("select r from AsRequest r where r.createdAt >= :from and r.createdAt < :to and r.id > :after order by r.id",
                AsRequest.class).setParameter("from", from).setParameter("to", to).setParameter("after", afterId).setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count(AsStatus status, Long groupId) {
        return filtered("select count(r) from AsRequest r", status, groupId, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, AsStatus status, Long groupId, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (status != null) {
            where.append(" and r.status = :status");
        }
        if (groupId != null) {
            where.append(" and r.groupId = :group");
        }
        TypedQuery<T> q = em.createQuery(select + where + order, type);
        if (status != null) {
            q.setParameter("status", status);
        }
        if (groupId != null) {
            q.setParameter("group", groupId);
        }
        return q;
    }

    @Override
    public AsRequestCounter counter(int year) {
        return YearlyCounters.locked(em, AsRequestCounter.class, year, AsRequestCounter::new);
    }

    @Override
    public List<AsMessage> messages(long requestId) {
        return em.createQuery("select m from AsMessage m where m.requestId = :id order by m.createdAt, m.id", AsMessage.class)
                .setParameter("id", requestId).getResultList();
    }

    @Override
    public List<AsRequest> ofCompany(long companyId) {
        return em.createQuery("select r from AsRequest r where r.companyId = :c order by r.createdAt desc", AsRequest.class)
                .setParameter("c", companyId).getResultList();
    }

    @Override
    public List<AsRequest> ofSupplier(long supplierId) {
        return em.createQuery("select r from AsRequest r where r.supplierId = :s order by r.createdAt desc", AsRequest.class)
                .setParameter("s", supplierId).getResultList();
    }

    @Override
    public List<AsRequest> ofGroup(long groupId) {
        return em.createQuery("select r from AsRequest r where r.groupId = :g order by r.createdAt desc", AsRequest.class)
                .setParameter("g", groupId).getResultList();
    }

    @Override
    public List<AsRequest> all(int max) {
        return em.createQuery("select r from AsRequest r order by r.createdAt desc", AsRequest.class).setMaxResults(max).getResultList();
    }

    @Override
    public List<AsRequest> open() {
        return em.createQuery("select r from AsRequest r where r.status in :open order by r.createdAt", AsRequest.class)
                .setParameter("open", OPEN).getResultList();
    }

    @Override
    public List<AsSupportGroup> activeGroups() {
        return em.createQuery("select g from AsSupportGroup g where g.active = true order by g.id", AsSupportGroup.class).getResultList();
    }

    @Override
    public Optional<AsSupportGroup> group(long id) {
        return Optional.ofNullable(em.find(AsSupportGroup.class, id));
    }

    @Override
    public List<AsSupportGroup> groupsOf(long accountId) {
        return em.createQuery("select distinct g from AsSupportGroup g join g.members m where m.accountId = :a order by g.id",
                AsSupportGroup.class).setParameter("a", accountId).getResultList();
    }

    @Override
    public SlaTarget target(AsSeverity severity) {
        return em.find(SlaTarget.class, severity);
    }

    @Override
    public void add(KnowledgeCase knowledgeCase) {
        em.persist(knowledgeCase);
    }

    @Override
    public Optional<KnowledgeCase> caseOf(long requestId) {
        return em.createQuery("select c from KnowledgeCase c where c.requestId = :id", KnowledgeCase.class)
                .setParameter("id", requestId).getResultStream().findFirst();
    }

    @Override
    public Optional<KnowledgeCase> knowledgeCase(long id) {
        return Optional.ofNullable(em.find(KnowledgeCase.class, id));
    }

    @Override
    public long publishedCaseCount() {
        return em.createQuery("select count(c) from KnowledgeCase c where c.withdrawnAt is null", Long.class).getSingleResult();
    }
}
