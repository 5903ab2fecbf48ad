package kr.go.smartfactory.evaluation.infrastructure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.evaluation.domain.AssignmentStatus;
import kr.go.smartfactory.evaluation.domain.EvaluationAssignment;
import kr.go.smartfactory.evaluation.domain.EvaluationRepository;
import kr.go.smartfactory.evaluation.domain.EvaluationResult;
import kr.go.smartfactory.evaluation.domain.EvaluatorProfile;
import kr.go.smartfactory.evaluation.domain.Objection;

@ApplicationScoped
public class JpaEvaluationRepository implements EvaluationRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<EvaluatorProfile> profile(long accountId) {
        return Optional.ofNullable(em.find(EvaluatorProfile.class, accountId));
    }

    @Override
    public java.util.Map<Long, EvaluatorProfile> profiles() {
        return em.createQuery("select distinct p from EvaluatorProfile p left join fetch p.ties", EvaluatorProfile.class).getResultList()
                .stream().collect(java.util.stream.Collectors.toMap(EvaluatorProfile::getAccountId, p -> p));
    }

    @Override
    public void add(EvaluatorProfile profile) {
        em.persist(profile);
    }

    @Override
    public Optional<EvaluationAssignment> assignment(long id) {
        return Optional.ofNullable(em.find(EvaluationAssignment.class, id));
    }

    @Override
    public Optional<EvaluationAssignment> assignment(long applicationId, long evaluatorId) {
        return em.createQuery("select x from EvaluationAssignment x where x.application.id = :a and x.evaluator.id = :e",
                EvaluationAssignment.class).setParameter("a", applicationId).setParameter("e", evaluatorId).getResultStream().findFirst();
    }

    @Override
    public List<EvaluationAssignment> assignmentsOfRound(long announcementId) {
        return em.createQuery("select x from EvaluationAssignment x join fetch x.application join fetch x.evaluator "
                + "where x.application.announcement.id = :an order by x.application.id, x.assignedAt, x.id", EvaluationAssignment.class)
                .setParameter("an", announcementId).getResultList();
    }

    @Override
    public List<EvaluationAssignment> assignmentsOf(long applicationId) {
        return em.createQuery("select x from EvaluationAssignment x join fetch x.evaluator where x.application.id = :a "
                + "order by x.assignedAt, x.id", EvaluationAssignment.class).setParameter("a", applicationId).getResultList();
    }

    @Override
    public List<EvaluationAssignment> assignmentsOfEvaluator(long evaluatorId) {
        return em.createQuery("select x from EvaluationAssignment x join fetch x.application where x.evaluator.id = :e "
                + "order by x.assignedAt desc, x.id desc", EvaluationAssignment.class).setParameter("e", evaluatorId).getResultList();
    }

    @Override
    public boolean evaluates(long applicationId, long evaluatorId) {
        return em.createQuery("select count(x) from EvaluationAssignment x where x.application.id = :a and x.evaluator.id = :e "
                + "and x.status in :reading", Long.class).setParameter("a", applicationId).setParameter("e", evaluatorId)
                .setParameter("reading", List.of(AssignmentStatus.DECLARED, AssignmentStatus.SUBMITTED)).getSingleResult() > 0;
    }

    @Override
    public void add(EvaluationAssignment assignment) {
        em.persist(assignment);
    }

    @Override
    public void remove(EvaluationAssignment assignment) {
        em.remove(assignment);
    }

    @Override
    public Optional<EvaluationResult> result(long applicationId) {
        return Optional.ofNullable(em.find(EvaluationResult.class, applicationId));
    }

    @Override
    public long rankedInRound(long announcementId) {
        return em.createQuery("select count(r) from EvaluationResult r where r.announcementId = :an", Long.class)
                .setParameter("an", announcementId).getSingleResult();
    }

    @Override
    public List<EvaluationResult> resultsOfRound(long announcementId) {
        return em.createQuery("select r from EvaluationResult r where r.announcementId = :an order by r.rank", EvaluationResult.class)
                .setParameter("an", announcementId).getResultList();
    }

    @Override
    public List<EvaluationResult> results(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from EvaluationResult r where r.applicationId in :ids", EvaluationResult.class)
                .setParameter("ids", applicationIds).getResultList();
    }

    @Override
    public void add(EvaluationResult result) {
        em.persist(result);
    }

    @Override
    public Optional<Objection> objection(long id) {
        return Optional.ofNullable(em.find(Objection.class, id));
    }

    @Override
    public List<Objection> objectionsOf(long applicationId) {
        return em.createQuery("select o from Objection o where o.application.id = :a order by o.filedAt desc, o.id desc", Objection.class)
                .setParameter("a", applicationId).getResultList();
    }

    @Override
    public List<Objection> objectionsOfRound(long announcementId) {
        return em.createQuery("select o from Objection o join fetch o.application where o.application.announcement.id = :an "
                + "order by o.filedAt desc, o.id desc", Objection.class).setParameter("an", announcementId).getResultList();
    }

    @Override
    public void add(Objection objection) {
        em.persist(objection);
    }
}
