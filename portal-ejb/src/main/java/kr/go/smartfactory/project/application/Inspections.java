package kr.go.smartfactory.project.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.application.Recipients;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.grant.domain.TimelineEvent;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.project.domain.CheckItem;
import kr.go.smartfactory.project.domain.Inspection;
import kr.go.smartfactory.project.domain.InspectionKind;
import kr.go.smartfactory.project.domain.MilestoneKind;
import kr.go.smartfactory.project.domain.Project;
import kr.go.smartfactory.project.domain.ProjectRepository;
import kr.go.smartfactory.project.domain.SatisfactionSurvey;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.domain.AmountBand;
import kr.go.smartfactory.supplier.domain.BuildHistory;
import kr.go.smartfactory.supplier.domain.HistoryKind;
import kr.go.smartfactory.supplier.domain.SupplierProfile;

/**
 * 점검 and 완료 (C5 steps 5–6): staff (or an appointed supervisor, named on the record) inspect a concluded project;
 * the supplier answers the corrective actions; staff accept or reopen them and complete the inspection — the interim one
 * reaches the 중간 milestone, the final one records the level reached and closes the project: a verified build history
 * for the supplier (what search ranks by), the intensive after-service period, and a satisfaction survey to the SME whose
 * score rates the supplier.
 */
@Stateless
public class Inspections {

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProjectAccess access;

    @Inject
    private Notifications notifications;

    @Inject
    private Recipients recipients;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private kr.go.smartfactory.attachment.application.Attachments attachments;

    @RolesAllowed({Role.Names.SME, Role.Names.SUPPLIER, Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR, Role.Names.EVALUATOR})
    public List<InspectionView> inspections(long projectId) {
        Project p = access.find(projectId);
        access.side(p);
        LocalDate today = KoreanTime.today(clock);
        return projects.inspections(p.getId()).stream().map(i -> InspectionView.of(i, today)).toList();
    }

    /**
     * Records an inspection (every problem at once); the supplier and the SME are told. Staff name the supervisor who
     * took part (free text); an appointed supervisor records under its own name.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.EVALUATOR})
    public InspectionView record(long projectId, InspectionKind kind, String supervisor, LocalDate inspectedOn,
            Map<CheckItem, CheckItem.Result> results, Map<CheckItem, String> notes, String findings, List<Inspection.Action> actions) {
        Project p = inspected(projectId);
        if (access.side(p) == ProjectView.Side.SUPERVISOR) {
            supervisor = caller.account().getContactName();
        }
        List<Inspection> earlier = projects.inspections(p.getId());
        boolean interimDone = earlier.stream().anyMatch(i -> i.getKind() == InspectionKind.INTERIM && !i.isOpen());
        boolean open = earlier.stream().anyMatch(Inspection::isOpen);
        Instant now = clock.instant();
        Inspection i = Inspection.record(p, kind, interimDone, open, caller.account().getEmail(), supervisor, inspectedOn, results, notes,
                findings, actions, KoreanTime.today(clock), now);
        projects.add(i);
        p.getApplication().recordStep(TimelineEvent.INSPECTED, p.getAgreementNumber(), now);
        tell(p, "inspection.recorded");
        return InspectionView.of(i, KoreanTime.today(clock));
    }

    /** The supplier answers a corrective action of its project; staff are told. */
    @RolesAllowed(Role.Names.SUPPLIER)
    public InspectionView answer(long inspectionId, int index, String text) {
        Inspection i = find(inspectionId);
        access.asSide(i.getProject().getId(), ProjectView.Side.SUPPLIER);
        i.answer(index, text, caller.account().getEmail(), clock.instant());
        recipients.withRole(Role.STAFF).forEach(staff -> notifications.inbox(staff, "inspection.answered",
                Agreements.STAFF_LINK + i.getProject().getId(), i.getProject().getSupplier().getCompany().getName(),
                i.getProject().getAgreementNumber()));
        return InspectionView.of(i, KoreanTime.today(clock));
    }

    /**
     * Keeps a file (checked by the attachment store) as evidence of an open inspection: staff, or the project's supplier
     * documenting its corrective actions. The SME owns it; the supplier reads it through the project.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.SUPPLIER, Role.Names.EVALUATOR})
    public InspectionView addEvidence(long inspectionId, String fileName, java.io.InputStream content) {
        Inspection i = find(inspectionId);
        ProjectView.Side side = access.side(i.getProject());
        if (side == ProjectView.Side.SME) {
            throw new kr.go.smartfactory.shared.domain.AccessDeniedException("the SME does not add inspection evidence");
        }
        var stored = attachments.store(kr.go.smartfactory.attachment.domain.AttachmentKind.INSPECTION_EVIDENCE,
                i.getProject().getApplication().getCompany().getId(), fileName, content);
        i.addEvidence(stored.id(), stored.name(), caller.account().getEmail(), clock.instant());
        return InspectionView.of(i, KoreanTime.today(clock));
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.EVALUATOR})
    public InspectionView accept(long inspectionId, int index) {
        Inspection i = find(inspectionId);
        inspected(i.getProject().getId());
        i.accept(index, clock.instant());
        return InspectionView.of(i, KoreanTime.today(clock));
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.EVALUATOR})
    public InspectionView reopen(long inspectionId, int index, String note) {
        Inspection i = find(inspectionId);
        inspected(i.getProject().getId());
        i.reopen(index, note, clock.instant());
        tell(i.getProject(), "inspection.reopened");
        return InspectionView.of(i, KoreanTime.today(clock));
    }

    /**
     * Completes the inspection. A final one closes the project: the level reached, a verified build history of the
     * solutions built (speciality codes) for the supplier, the after-service period, the survey.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public InspectionView complete(long inspectionId, SmartLevel reached, Set<String> solutions) {
        Inspection i = find(inspectionId);
        Project p = i.getProject();
        GrantApplication a = p.getApplication();
        Instant now = clock.instant();
        LocalDate today = KoreanTime.today(clock);
        i.complete(reached, a.getCurrentLevel(), now);
        if (i.getKind() == InspectionKind.INTERIM) {
            p.milestoneReached(MilestoneKind.INTERIM, today);
            return InspectionView.of(i, today);
        }
        if (solutions == null || solutions.isEmpty()) {
            throw DomainException.onField("solutions", "inspection.solutions");
        }
        p.close(reached, today, now);
        SupplierProfile supplier = p.getSupplier();
        String goals = a.getPlan() == null ? null : a.getPlan().getGoals();
        supplier.addHistory(HistoryKind.VERIFIED, new BuildHistory.Details(a.getCompany().getIndustry(), a.getCompany().getRegion(),
                today.getYear(), solutions, a.getCurrentLevel() == null ? SmartLevel.NONE : a.getCurrentLevel(), reached,
                AmountBand.of(p.getTotal()), goals), p.getAgreementNumber(), now);
        projects.add(new SatisfactionSurvey(p.getId(), now));
        a.recordStep(TimelineEvent.PROJECT_COMPLETED, p.getAgreementNumber(), now);
        recipients.membersOf(a.getCompany().getId()).forEach(m -> notifications.notify(m, "project.completed.survey",
                Agreements.MY_LINK + "?id=" + p.getId(), p.getAgreementNumber(), KoreanTime.DAY.format(p.getAsEndsOn())));
        recipients.membersOf(supplier.getCompany().getId()).forEach(m -> notifications.notify(m, "project.completed",
                Agreements.MY_LINK + "?id=" + p.getId(), p.getAgreementNumber(), KoreanTime.DAY.format(p.getAsEndsOn())));
        return InspectionView.of(i, today);
    }

    /** The SME's survey, if its project has one. */
    @RolesAllowed({Role.Names.SME, Role.Names.SUPPLIER, Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR, Role.Names.EVALUATOR})
    public java.util.Optional<SurveyView> survey(long projectId) {
        Project p = access.find(projectId);
        ProjectView.Side side = access.side(p);
        return projects.survey(p.getId()).map(s -> new SurveyView(s.getSentAt(), side == ProjectView.Side.SUPPLIER && !s.isAnswered() ? null
                : s.getScore(), side == ProjectView.Side.SUPPLIER || side == ProjectView.Side.SUPERVISOR ? null : s.getComment(), s.getAnsweredAt(), side == ProjectView.Side.SME
                && !s.isAnswered()));
    }

    public record SurveyView(Instant sentAt, Integer score, String comment, Instant answeredAt, boolean answerable) {
    }

    /** The SME answers its survey once; the score rates the supplier. */
    @RolesAllowed(Role.Names.SME)
    public SurveyView answerSurvey(long projectId, Integer score, String comment) {
        Project p = access.asSide(projectId, ProjectView.Side.SME);
        SatisfactionSurvey s = projects.survey(p.getId()).orElseThrow(() -> new DomainException("survey.notSent"));
        s.answer(score, comment, caller.account().getEmail(), clock.instant());
        p.getSupplier().rate(score);
        return survey(projectId).orElseThrow();
    }

    private Inspection find(long id) {
        return projects.inspection(id).orElseThrow(() -> new DomainException("inspection.notFound"));
    }

    private void tell(Project p, String template) {
        recipients.membersOf(p.getSupplier().getCompany().getId()).forEach(m -> notifications.notify(m, template,
                Agreements.MY_LINK + "?id=" + p.getId(), p.getAgreementNumber()));
        recipients.membersOf(p.getApplication().getCompany().getId()).forEach(m -> notifications.notify(m, template,
                Agreements.MY_LINK + "?id=" + p.getId(), p.getAgreementNumber()));
    }

    /** The project if the caller may inspect it (staff who act, or its appointed supervisor); others are refused. */
    private Project inspected(long projectId) {
        Project p = access.find(projectId);
        if (!access.inspects(p)) {
            throw new kr.go.smartfactory.shared.domain.AccessDeniedException("project " + projectId + " is not supervised by the caller");
        }
        return p;
    }
}
