package kr.go.smartfactory.dashboard.infrastructure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.dashboard.application.DashboardQueries;
import kr.go.smartfactory.disbursement.domain.PaymentStatus;
import kr.go.smartfactory.evaluation.domain.AssignmentStatus;
import kr.go.smartfactory.evaluation.domain.ObjectionStatus;
import kr.go.smartfactory.grant.domain.ApplicationStatus;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.project.domain.ChangeStatus;
import kr.go.smartfactory.project.domain.ProjectStatus;
import kr.go.smartfactory.shared.domain.Money;

@ApplicationScoped
public class JpaDashboardQueries implements DashboardQueries {

    /** Agreements signed: in build or completed. */
    private static final List<ProjectStatus> SIGNED = List.of(ProjectStatus.CONCLUDED, ProjectStatus.COMPLETED);

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Count> stages() {
        List<Count> counts = new ArrayList<>();
        for (Object[] row : em.createQuery("select a.announcement.type, a.status, count(a) from GrantApplication a "
                + "group by a.announcement.type, a.status", Object[].class).getResultList()) {
            counts.add(new Count("application." + row[1], (ProgramType) row[0], (Long) row[2]));
        }
        for (Object[] row : em.createQuery("select a.announcement.type, r.outcome, count(r) from EvaluationResult r, GrantApplication a "
                + "where a.id = r.applicationId group by a.announcement.type, r.outcome", Object[].class).getResultList()) {
            counts.add(new Count("outcome." + row[1], (ProgramType) row[0], (Long) row[2]));
        }
        for (Object[] row : em.createQuery("select p.application.announcement.type, p.status, count(p) from Project p "
                + "group by p.application.announcement.type, p.status", Object[].class).getResultList()) {
            counts.add(new Count("project." + row[1], (ProgramType) row[0], (Long) row[2]));
        }
        return counts;
    }

    @Override
    public List<RegionCount> regions() {
        List<RegionCount> counts = new ArrayList<>();
        for (Object[] row : em.createQuery("select a.company.region, count(a) from GrantApplication a where a.status = :s "
                + "group by a.company.region", Object[].class).setParameter("s", ApplicationStatus.SUBMITTED).getResultList()) {
            counts.add(new RegionCount((Region) row[0], "submitted", (Long) row[1]));
        }
        for (Object[] row : em.createQuery("select a.company.region, count(r) from EvaluationResult r, GrantApplication a "
                + "where a.id = r.applicationId and r.outcome = kr.go.smartfactory.evaluation.domain.Outcome.SELECTED "
                + "group by a.company.region", Object[].class).getResultList()) {
            counts.add(new RegionCount((Region) row[0], "selected", (Long) row[1]));
        }
        for (Object[] row : em.createQuery("select p.application.company.region, count(p) from Project p where p.status in :s "
                + "group by p.application.company.region", Object[].class).setParameter("s", SIGNED).getResultList()) {
            counts.add(new RegionCount((Region) row[0], "concluded", (Long) row[1]));
        }
        return counts;
    }

    @Override
    public List<Amounts> amounts() {
        Map<ProgramType, BigDecimal[]> byType = new EnumMap<>(ProgramType.class);
        for (Object[] row : em.createQuery("select p.application.announcement.type, sum(p.government.won), sum(p.company.won), "
                + "sum(p.partner.won) from Project p where p.status in :s group by p.application.announcement.type", Object[].class)
                .setParameter("s", SIGNED).getResultList()) {
            BigDecimal grant = (BigDecimal) row[1];
            byType.put((ProgramType) row[0], new BigDecimal[] {grant.add((BigDecimal) row[2]).add((BigDecimal) row[3]), grant, BigDecimal.ZERO});
        }
        for (Object[] row : em.createQuery("select p.application.announcement.type, sum(r.amount.won) from PaymentRequest r, Project p "
                + "where p.id = r.projectId and r.status = :paid and p.status in :s group by p.application.announcement.type", Object[].class)
                .setParameter("paid", PaymentStatus.APPROVED).setParameter("s", SIGNED).getResultList()) {
            BigDecimal[] sums = byType.computeIfAbsent((ProgramType) row[0], t -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO});
            sums[2] = (BigDecimal) row[1];
        }
        return byType.entrySet().stream().map(e -> new Amounts(e.getKey(), Money.of(e.getValue()[0]), Money.of(e.getValue()[1]),
                Money.of(e.getValue()[2]))).toList();
    }

    @Override
    public List<Overdue> overdueMilestones(LocalDate today, int max) {
        return em.createQuery("select p.id, p.agreementNumber, p.application.company.name, p.supplier.company.name, m.kind, m.dueOn "
                + "from Project p join p.milestones m where p.status = :s and m.dueOn < :today and m.doneOn is null "
                + "order by m.dueOn, p.id", Object[].class).setParameter("s", ProjectStatus.CONCLUDED).setParameter("today", today)
                .setMaxResults(max).getResultList().stream()
                .map(r -> new Overdue((Long) r[0], (String) r[1], (String) r[2], (String) r[3], String.valueOf(r[4]), (LocalDate) r[5]))
                .toList();
    }

    @Override
    public long waitingPayments() {
        return em.createQuery("select count(r) from PaymentRequest r where r.status = :s", Long.class)
                .setParameter("s", PaymentStatus.PENDING).getSingleResult();
    }

    @Override
    public long waitingChanges() {
        return em.createQuery("select count(c) from ChangeRequest c where c.status = :s", Long.class)
                .setParameter("s", ChangeStatus.REQUESTED).getSingleResult();
    }

    @Override
    public long openObjections() {
        return em.createQuery("select count(o) from Objection o where o.status = :s", Long.class)
                .setParameter("s", ObjectionStatus.FILED).getSingleResult();
    }

    @Override
    public long owedScorecards() {
        return em.createQuery("select count(x) from EvaluationAssignment x where x.status in :owing", Long.class)
                .setParameter("owing", List.of(AssignmentStatus.ASSIGNED, AssignmentStatus.DECLARED)).getSingleResult();
    }
}
