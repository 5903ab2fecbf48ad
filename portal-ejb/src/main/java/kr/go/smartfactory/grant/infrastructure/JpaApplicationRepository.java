package kr.go.smartfactory.grant.infrastructure;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.grant.domain.ApplicationFilter;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.grant.domain.ApplicationStatus;
import kr.go.smartfactory.grant.domain.ApplicationVersion;
import kr.go.smartfactory.grant.domain.ConsultationNote;
import kr.go.smartfactory.grant.domain.CoordinatorAssignment;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.grant.domain.PriorSupport;
import kr.go.smartfactory.grant.domain.ReceiptCounter;
import kr.go.smartfactory.shared.infrastructure.YearlyCounters;
import kr.go.smartfactory.shared.infrastructure.LikePatterns;

@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<GrantApplication> application(long id) {
        return Optional.ofNullable(em.find(GrantApplication.class, id));
    }

    @Override
    public Optional<GrantApplication> applicationForUpdate(long id) {
        GrantApplication found = em.find(GrantApplication.class, id);
        if (found != null) {
            em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(found);
    }

    @Override
    public Optional<GrantApplication> applicationOf(long announcementId, long companyId) {
        return em.createQuery("select a from GrantApplication a where a.announcement.id = :an and a.company.id = :c",
                GrantApplication.class).setParameter("an", announcementId).setParameter("c", companyId).getResultStream().findFirst();
    }

    @Override
    public List<GrantApplication> applicationsOf(long companyId) {
        return em.createQuery("select a from GrantApplication a join fetch a.announcement where a.company.id = :c "
                + "order by a.createdAt desc, a.id desc", GrantApplication.class).setParameter("c", companyId).getResultList();
    }

    @Override
    public List<GrantApplication> otherSubmitted(long companyId, long exceptId) {
        return em.createQuery("select a from GrantApplication a where a.company.id = :c and a.id <> :id and a.status = :s "
                + "order by a.id", GrantApplication.class).setParameter("c", companyId).setParameter("id", exceptId)
                .setParameter("s", ApplicationStatus.SUBMITTED).getResultList();
    }

    @Override
    public List<GrantApplication> askingSupplier(long supplierId) {
        return em.createQuery("select a from GrantApplication a join fetch a.announcement join fetch a.company "
                + "where a.supplier.id = :s order by a.participationAt desc, a.id desc", GrantApplication.class)
                .setParameter("s", supplierId).setMaxResults(500).getResultList();
    }

    @Override
    public List<GrantApplication> applications(ApplicationFilter filter, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Long> ids = em.createQuery("select a.id from GrantApplication a" + where
                + " order by a.submittedAt desc nulls last, a.id desc", Long.class);
        parameters.forEach(ids::setParameter);
        List<Long> page = ids.setFirstResult(first).setMaxResults(max).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, GrantApplication> byId = new HashMap<>();
        withIds(page).forEach(a -> byId.put(a.getId(), a));
        return page.stream().map(byId::get).toList();
    }

    @Override
    public long count(ApplicationFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(a) from GrantApplication a" + where(filter, parameters), Long.class);
        parameters.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(ApplicationFilter f, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (f.announcementId() != null) {
            where.append(" and a.announcement.id = :announcement");
            parameters.put("announcement", f.announcementId());
        }
        if (f.region() != null) {
            where.append(" and a.company.region = :region");
            parameters.put("region", f.region());
        }
        if (f.status() != null) {
            where.append(" and a.status = :status");
            parameters.put("status", f.status());
        }
        if (f.eligibilityProblems() != null) {
            where.append(" and a.eligibilityProblems = :problems");
            parameters.put("problems", f.eligibilityProblems());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and (lower(a.company.name) like :text escape '!' or lower(a.receiptNumber) like :text escape '!')");
            parameters.put("text", LikePatterns.containing(f.text()));
        }
        return where.toString();
    }

    @Override
    public List<GrantApplication> ofCoordinator(long coordinatorId) {
        return em.createQuery("select a from GrantApplication a join fetch a.announcement join fetch a.company "
                + "where a.company.id in (select c.companyId from CoordinatorAssignment c where c.coordinator.id = :k) "
                + "order by a.company.name, a.createdAt desc", GrantApplication.class).setParameter("k", coordinatorId).getResultList();
    }

    @Override
    public void add(GrantApplication application) {
        em.persist(application);
    }

    @Override
    public ReceiptCounter receiptCounter(int year) {
        return YearlyCounters.locked(em, ReceiptCounter.class, year, ReceiptCounter::new);
    }

    @Override
    public void add(ApplicationVersion version) {
        em.persist(version);
    }

    @Override
    public List<ApplicationVersion> versions(long applicationId) {
        return em.createQuery("select v from ApplicationVersion v where v.applicationId = :a order by v.number desc",
                ApplicationVersion.class).setParameter("a", applicationId).getResultList();
    }

    @Override
    public List<PriorSupport> priorSupports(BusinessRegistrationNumber registrationNumber) {
        return em.createQuery("select p from PriorSupport p where p.registrationNumber = :n order by p.startsOn desc",
                PriorSupport.class).setParameter("n", registrationNumber).getResultList();
    }

    @Override
    public void add(PriorSupport support) {
        em.persist(support);
    }

    @Override
    public Optional<CoordinatorAssignment> coordinatorOf(long companyId) {
        return Optional.ofNullable(em.find(CoordinatorAssignment.class, companyId));
    }

    @Override
    public List<CoordinatorAssignment> assignmentsOf(long coordinatorId) {
        return em.createQuery("select c from CoordinatorAssignment c where c.coordinator.id = :k order by c.assignedAt desc",
                CoordinatorAssignment.class).setParameter("k", coordinatorId).getResultList();
    }

    @Override
    public void add(CoordinatorAssignment assignment) {
        em.persist(assignment);
    }

    @Override
    public List<ConsultationNote> notes(long companyId) {
        return em.createQuery("select n from ConsultationNote n where n.companyId = :c order by n.writtenAt desc, n.id desc",
                ConsultationNote.class).setParameter("c", companyId).getResultList();
    }

    @Override
    public void add(ConsultationNote note) {
        em.persist(note);
    }

    @Override
    public Optional<GrantApplication> holdingDocument(long attachmentId) {
        return em.createQuery("select a from GrantApplication a join a.documents d where d.attachmentId = :id", GrantApplication.class)
                .setParameter("id", attachmentId).getResultStream().findFirst();
    }

    @Override
    public List<GrantApplication> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from GrantApplication a join fetch a.announcement join fetch a.company "
                + "left join fetch a.supplier where a.id in :ids",
                GrantApplication.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public List<GrantApplication> submittedOfRound(long announcementId) {
        return em.createQuery("select a from GrantApplication a join fetch a.company where a.announcement.id = :an and a.status = :s "
                + "order by a.receiptNumber", GrantApplication.class).setParameter("an", announcementId)
                .setParameter("s", ApplicationStatus.SUBMITTED).getResultList();
    }
}
