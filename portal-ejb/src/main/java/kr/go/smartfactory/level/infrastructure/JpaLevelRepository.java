package kr.go.smartfactory.level.infrastructure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import kr.go.smartfactory.level.domain.DiagnosisItem;
import kr.go.smartfactory.level.domain.LevelAssessment;
import kr.go.smartfactory.level.domain.LevelCutoff;
import kr.go.smartfactory.level.domain.LevelRepository;
import kr.go.smartfactory.level.domain.SelfDiagnosis;
import kr.go.smartfactory.shared.infrastructure.LikePatterns;

@ApplicationScoped
public class JpaLevelRepository implements LevelRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<DiagnosisItem> items() {
        return em.createQuery("select i from DiagnosisItem i order by i.area, i.position, i.code", DiagnosisItem.class).getResultList();
    }

    @Override
    public Optional<DiagnosisItem> item(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(DiagnosisItem.class, code));
    }

    @Override
    public List<LevelCutoff> cutoffs() {
        return em.createQuery("select c from LevelCutoff c order by c.minScore", LevelCutoff.class).getResultList();
    }

    @Override
    public Optional<SelfDiagnosis> diagnosisOf(long companyId) {
        return em.createQuery("select d from SelfDiagnosis d where d.company.id = :c", SelfDiagnosis.class)
                .setParameter("c", companyId).getResultStream().findFirst();
    }

    @Override
    public void add(SelfDiagnosis diagnosis) {
        em.persist(diagnosis);
    }

    @Override
    public void add(DiagnosisItem item) {
        em.persist(item);
    }

    @Override
    public void add(LevelAssessment assessment) {
        em.persist(assessment);
    }

    @Override
    public Optional<LevelAssessment> assessment(long id) {
        return Optional.ofNullable(em.find(LevelAssessment.class, id));
    }

    @Override
    public Optional<LevelAssessment> assessmentByCertificate(String certificateNumber) {
        if (certificateNumber == null || certificateNumber.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select a from LevelAssessment a join fetch a.company where a.certificateNumber = :n", LevelAssessment.class)
                .setParameter("n", certificateNumber.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public List<LevelAssessment> assessmentsOf(long companyId) {
        return em.createQuery("select a from LevelAssessment a where a.company.id = :c order by a.assessedOn desc, a.id desc",
                LevelAssessment.class).setParameter("c", companyId).getResultList();
    }

    @Override
    public List<LevelAssessment> assessments(String text, int first, int max) {
        TypedQuery<LevelAssessment> q = em.createQuery("select a from LevelAssessment a join fetch a.company" + where(text)
                + " order by a.assessedOn desc, a.id desc", LevelAssessment.class);
        bind(q, text);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countAssessments(String text) {
        TypedQuery<Long> q = em.createQuery("select count(a) from LevelAssessment a" + where(text), Long.class);
        bind(q, text);
        return q.getSingleResult();
    }

    private static String where(String text) {
        return text == null || text.isBlank() ? ""
                : " where lower(a.company.name) like :text escape '!' or lower(a.certificateNumber) like :text escape '!'";
    }

    private static void bind(TypedQuery<?> q, String text) {
        if (text != null && !text.isBlank()) {
            q.setParameter("text", LikePatterns.containing(text));
        }
    }
}
