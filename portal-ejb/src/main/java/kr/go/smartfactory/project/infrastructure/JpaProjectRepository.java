package kr.go.smartfactory.project.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import kr.go.smartfactory.project.domain.AgreementVersion;
import kr.go.smartfactory.project.domain.ChangeRequest;
import kr.go.smartfactory.project.domain.Project;
import kr.go.smartfactory.project.domain.ProjectRepository;
import kr.go.smartfactory.project.domain.ProjectStatus;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Project> project(long id) {
        return Optional.ofNullable(em.find(Project.class, id));
    }

    @Override
    public Optional<Project> byAgreementNumber(String agreementNumber) {
        return em.createQuery("select p from Project p where p.agreementNumber = :n", Project.class).setParameter("n", agreementNumber)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Project> projectOf(long applicationId) {
        return em.createQuery("select p from Project p where p.application.id = :a", Project.class).setParameter("a", applicationId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Project> projects(ProjectStatus status, Long announcementId, int first, int max) {
        return filtered("select p from Project p join fetch p.application", status, announcementId, " order by p.draftedAt desc, p.id desc",
                Project.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(ProjectStatus status, Long announcementId) {
        return filtered("select count(p) from Project p", status, announcementId, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, ProjectStatus status, Long announcementId, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
        if (status != null) {
            jpql.append(" and p.status = :status");
        }
        if (announcementId != null) {
            jpql.append(" and p.application.announcement.id = :round");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        if (status != null) {
            q.setParameter("status", status);
        }
        if (announcementId != null) {
            q.setParameter("round", announcementId);
        }
        return q;
    }

    @Override
    public List<Project> ofCompany(long companyId) {
        return em.createQuery("select p from Project p join fetch p.application where p.application.company.id = :c "
                + "or p.supplier.company.id = :c order by p.draftedAt desc, p.id desc", Project.class).setParameter("c", companyId)
                .getResultList();
    }

    @Override
    public List<Project> supervisedBy(long accountId) {
        return em.createQuery("select p from Project p join fetch p.application where p.supervisor.id = :a "
                + "order by case when p.status = :done then 1 else 0 end, p.draftedAt desc, p.id desc", Project.class)
                .setParameter("a", accountId).setParameter("done", ProjectStatus.COMPLETED).getResultList();
    }

    @Override
    public void add(Project project) {
        em.persist(project);
    }

    @Override
    public void lockForUpdate(Project project) {
        em.refresh(project, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<ChangeRequest> change(long id) {
        return Optional.ofNullable(em.find(ChangeRequest.class, id));
    }

    @Override
    public List<ChangeRequest> changes(long projectId) {
        return em.createQuery("select c from ChangeRequest c where c.project.id = :p order by c.requestedAt desc, c.id desc",
                ChangeRequest.class).setParameter("p", projectId).getResultList();
    }

    @Override
    public void add(ChangeRequest change) {
        em.persist(change);
    }

    @Override
    public Optional<kr.go.smartfactory.project.domain.Inspection> inspection(long id) {
        return Optional.ofNullable(em.find(kr.go.smartfactory.project.domain.Inspection.class, id));
    }

    @Override
    public List<kr.go.smartfactory.project.domain.Inspection> inspections(long projectId) {
        return em.createQuery("select i from Inspection i where i.project.id = :p order by i.recordedAt, i.id",
                kr.go.smartfactory.project.domain.Inspection.class).setParameter("p", projectId).getResultList();
    }

    @Override
    public void add(kr.go.smartfactory.project.domain.Inspection inspection) {
        em.persist(inspection);
    }

    @Override
    public Optional<kr.go.smartfactory.project.domain.Inspection> holdingEvidence(long attachmentId) {
        return em.createQuery("select i from Inspection i join i.evidence e where e.attachmentId = :a",
                kr.go.smartfactory.project.domain.Inspection.class).setParameter("a", attachmentId).getResultStream().findFirst();
    }

    @Override
    public Optional<kr.go.smartfactory.project.domain.SatisfactionSurvey> survey(long projectId) {
        return em.createQuery("select s from SatisfactionSurvey s where s.projectId = :p", kr.go.smartfactory.project.domain.SatisfactionSurvey.class)
                .setParameter("p", projectId).getResultStream().findFirst();
    }

    @Override
    public void add(kr.go.smartfactory.project.domain.SatisfactionSurvey survey) {
        em.persist(survey);
    }

    @Override
    public List<AgreementVersion> versions(long projectId) {
        return em.createQuery("select v from AgreementVersion v where v.projectId = :p order by v.number desc", AgreementVersion.class)
                .setParameter("p", projectId).getResultList();
    }

    @Override
    public void add(AgreementVersion version) {
        em.persist(version);
    }
}
