package kr.go.smartfactory.project.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.application.Recipients;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.document.pdf.PdfDocument;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.project.domain.AgreementTerms;
import kr.go.smartfactory.project.domain.AgreementVersion;
import kr.go.smartfactory.project.domain.ChangeKind;
import kr.go.smartfactory.project.domain.ChangeRequest;
import kr.go.smartfactory.project.domain.ChangeStatus;
import kr.go.smartfactory.project.domain.Project;
import kr.go.smartfactory.project.domain.ProjectRepository;
import kr.go.smartfactory.project.domain.ProjectStatus;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.Money;

/**
 * 협약 (C5 step 4): the SME and the supplier read and confirm their drafted agreement, staff conclude it; the SME asks
 * for changes, refused at once outside the window or decided by staff; every concluded version is kept with the day
 * it came into force, so the terms in force on any day can be shown and printed. Each side sees only its own
 * projects (another's does not exist for it); staff and auditors see all.
 */
@Stateless
public class Agreements {

    public static final String MY_LINK = "/my/project.xhtml";
    public static final String STAFF_LINK = "/staff/project.xhtml?id=";
    public static final String SUPERVISED_LINK = "/staff/supervised.xhtml?id=";
    public static final int MAX_PAGE = 200;
    public static final int MAX_EXPORT = 100_000;

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
    private kr.go.smartfactory.account.domain.AccountRepository accounts;

    @Inject
    private kr.go.smartfactory.evaluation.application.EvaluatorPool pool;

    // ---- the SME's and the supplier's side ----

    @RolesAllowed({Role.Names.SME, Role.Names.SUPPLIER})
    public List<ProjectSummary> mine() {
        var company = caller.company();
        return projects.ofCompany(company.getId()).stream().map(ProjectSummary::of).toList();
    }

    /** One project for its SME, its supplier, staff, auditors and its supervisor (as in force on {@code on}; null: now). */
    @RolesAllowed({Role.Names.SME, Role.Names.SUPPLIER, Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR, Role.Names.EVALUATOR})
    public ProjectView project(long id, LocalDate on) {
        Project p = find(id);
        return view(p, side(p), on);
    }

    /** The caller's side confirms the draft (a second confirmation changes nothing); staff are told when both have. */
    @RolesAllowed({Role.Names.SME, Role.Names.SUPPLIER})
    public ProjectView confirm(long id) {
        Project p = find(id);
        ProjectView.Side side = side(p);
        String by = caller.account().getEmail();
        Instant now = clock.instant();
        if (side == ProjectView.Side.SME) {
            p.confirmBySme(by, now);
        } else {
            p.confirmBySupplier(by, now);
        }
        if (p.isConfirmedByBoth()) {
            recipients.withRole(Role.STAFF).forEach(staff -> notifications.inbox(staff, "agreement.confirmed", STAFF_LINK + p.getId(),
                    p.getApplication().getCompany().getName(), p.getAgreementNumber()));
        }
        return view(p, side, null);
    }

    /**
     * The SME asks for a change: recorded (with its automatic refusal when outside the window) and staff told of what
     * waits for them.
     */
    @RolesAllowed(Role.Names.SME)
    public ProjectView requestChange(long id, ChangeKind kind, LocalDate causeOn, String description, LocalDate proposedEndsOn) {
        Project p = access.asSide(id, ProjectView.Side.SME);
        boolean waiting = projects.changes(p.getId()).stream().anyMatch(ChangeRequest::isWaiting);
        ChangeRequest c = ChangeRequest.request(p, waiting, kind, causeOn, description, proposedEndsOn, caller.account().getEmail(),
                KoreanTime.today(clock), clock.instant());
        projects.add(c);
        if (c.getStatus() == ChangeStatus.REQUESTED) {
            recipients.withRole(Role.STAFF).forEach(staff -> notifications.inbox(staff, "agreement.change.requested", STAFF_LINK + p.getId(),
                    p.getApplication().getCompany().getName(), p.getAgreementNumber()));
        }
        return view(p, ProjectView.Side.SME, null);
    }

    // ---- staff ----

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<ProjectSummary> projects(ProjectStatus status, Long announcementId, int first, int max) {
        return projects.projects(status, announcementId, Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE)).stream()
                .map(ProjectSummary::of).toList();
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public long count(ProjectStatus status, Long announcementId) {
        return projects.count(status, announcementId);
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public void forEach(ProjectStatus status, Long announcementId, Consumer<? super ProjectSummary> each) {
        kr.go.smartfactory.document.export.Paging.forEach((first, max) -> projects(status, announcementId, first, max), MAX_PAGE, MAX_EXPORT,
                each);
    }

    /**
     * Appoints the project's supervisor (감리) from the evaluator pool — refused when tied to the SME or the supplier,
     * by the same check as an evaluation —; the expert is told.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public ProjectView appointSupervisor(long id, long expertAccountId) {
        Project p = find(id);
        UserAccount expert = accounts.account(expertAccountId)
                .orElseThrow(() -> DomainException.onField("expert", "project.supervisor.notExpert"));
        var ties = pool.tiesTo(expertAccountId, p.getApplication().getCompany().getRegistrationNumber().digits(),
                p.getSupplier().getCompany().getRegistrationNumber().digits());
        p.appointSupervisor(expert, ties, caller.account().getEmail(), clock.instant());
        notifications.notify(Recipients.of(expert), "project.supervisor.appointed", SUPERVISED_LINK + p.getId(),
                p.getApplication().getCompany().getName(), p.getAgreementNumber());
        return view(p, ProjectView.Side.STAFF, null);
    }

    // ---- the supervisor (감리) ----

    /** The projects the calling expert was appointed to supervise. */
    @RolesAllowed(Role.Names.EVALUATOR)
    public List<ProjectSummary> supervised() {
        return projects.supervisedBy(caller.account().getId()).stream().map(ProjectSummary::of).toList();
    }

    /** Concludes the confirmed agreement: version 1 in force from today; both sides told. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public ProjectView conclude(long id) {
        Project p = find(id);
        String by = caller.account().getEmail();
        LocalDate today = KoreanTime.today(clock);
        AgreementTerms terms = p.conclude(by, today, clock.instant());
        projects.add(AgreementVersion.of(p.getId(), 1, today, null, terms, by, clock.instant()));
        p.getApplication().recordStep(kr.go.smartfactory.grant.domain.TimelineEvent.AGREEMENT_CONCLUDED, p.getAgreementNumber(), clock.instant());
        tellBothSides(p, "agreement.concluded");
        return view(p, ProjectView.Side.STAFF, null);
    }

    /** Approves (a new version in force from today) or refuses a waiting change, with a reason; the SME is told. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public ProjectView decideChange(long changeId, boolean approve, String reason) {
        ChangeRequest c = projects.change(changeId).orElseThrow(() -> new DomainException("project.change.notFound"));
        Project p = c.getProject();
        String by = caller.account().getEmail();
        Instant now = clock.instant();
        if (approve) {
            AgreementTerms terms = c.approve(by, reason, now);
            int next = projects.versions(p.getId()).stream().mapToInt(AgreementVersion::getNumber).max().orElse(0) + 1;
            projects.add(AgreementVersion.of(p.getId(), next, KoreanTime.today(clock), c.getId(), terms, by, now));
            p.getApplication().recordStep(kr.go.smartfactory.grant.domain.TimelineEvent.AGREEMENT_CHANGED, p.getAgreementNumber(), now);
        } else {
            c.refuse(by, reason, now);
        }
        recipients.membersOf(p.getApplication().getCompany().getId()).forEach(m -> notifications.notify(m,
                approve ? "agreement.change.approved" : "agreement.change.refused", MY_LINK + "?id=" + p.getId(), p.getAgreementNumber()));
        return view(p, ProjectView.Side.STAFF, null);
    }

    /** The agreement as a PDF (as in force on {@code on}; null: now), for those who may read the project. */
    @RolesAllowed({Role.Names.SME, Role.Names.SUPPLIER, Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR, Role.Names.EVALUATOR})
    public byte[] pdf(long id, LocalDate on, Locale locale) {
        Project p = find(id);
        side(p);
        ProjectView v = view(p, ProjectView.Side.STAFF, on);
        boolean english = "en".equals(locale.getLanguage());
        ResourceBundle t = ResourceBundle.getBundle("kr.go.smartfactory.project.documents", english ? Locale.ENGLISH : Locale.KOREAN,
                Agreements.class.getClassLoader());
        AgreementTerms terms = v.terms();
        var a = p.getApplication();
        List<List<String>> lines = new ArrayList<>();
        for (AgreementTerms.Line l : terms.lines()) {
            lines.add(List.of(t.getString("category." + l.category()), l.description(), won(l.government(), locale), won(l.company(), locale),
                    won(l.partner(), locale)));
        }
        List<List<String>> dues = terms.milestones().stream().map(m -> List.of(t.getString("milestone." + m.kind()),
                PdfDocument.longDate(m.dueOn(), english))).toList();
        String state = t.getString("status." + p.getStatus()) + (v.termsVersion() > 0 ? " · " + String.format(t.getString("agreement.version"),
                v.termsVersion(), PdfDocument.longDate(v.termsOn(), english)) : "");
        return PdfDocument.titled(t.getString("agreement.title"))
                .language(english ? "en" : "ko-KR")
                .number(p.getAgreementNumber())
                .created(clock.instant())
                .fields(List.of(new PdfDocument.Field(t.getString("agreement.round"), a.getAnnouncement().getTitle()),
                        new PdfDocument.Field(t.getString("agreement.receipt"), a.getReceiptNumber()),
                        new PdfDocument.Field(t.getString("agreement.company"), a.getCompany().getName() + " ("
                                + a.getCompany().getRegistrationNumber().formatted() + ")"),
                        new PdfDocument.Field(t.getString("agreement.supplier"), p.getSupplier().getCompany().getName() + " ("
                                + p.getSupplier().getCompany().getRegistrationNumber().formatted() + ")"),
                        new PdfDocument.Field(t.getString("agreement.period"), PdfDocument.longDate(terms.startsOn(), english) + " ~ "
                                + PdfDocument.longDate(terms.endsOn(), english)),
                        new PdfDocument.Field(t.getString("agreement.intensiveAs"), String.format(t.getString("agreement.months"),
                                terms.intensiveAsMonths())),
                        new PdfDocument.Field(t.getString("agreement.government"), won(terms.government(), locale)),
                        new PdfDocument.Field(t.getString("agreement.companyShare"), won(terms.company(), locale)),
                        new PdfDocument.Field(t.getString("agreement.partner"), won(terms.partner(), locale)),
                        new PdfDocument.Field(t.getString("agreement.total"), won(terms.total(), locale)),
                        new PdfDocument.Field(t.getString("agreement.status"), state)))
                .heading(t.getString("agreement.lines"))
                .table(List.of(t.getString("line.category"), t.getString("line.description"), t.getString("line.government"),
                        t.getString("line.company"), t.getString("line.partner")), lines)
                .heading(t.getString("agreement.milestones"))
                .table(List.of(t.getString("milestone.kind"), t.getString("milestone.dueOn")), dues)
                .paragraph(t.getString("agreement.text"))
                .closing(v.concludedAt() == null ? "" : PdfDocument.longDate(KoreanTime.today(java.time.Clock.fixed(v.concludedAt(),
                        KoreanTime.ZONE)), english), t.getString("agreement.issuer"))
                .footer(String.format(t.getString("agreement.footer"), p.getAgreementNumber()))
                .build().render();
    }

    private static String won(long amount, Locale locale) {
        return Money.won(amount).format(locale);
    }

    // ----

    private Project find(long id) {
        return access.find(id);
    }

    private ProjectView.Side side(Project p) {
        return access.side(p);
    }

    private void tellBothSides(Project p, String template) {
        recipients.membersOf(p.getApplication().getCompany().getId()).forEach(m -> notifications.notify(m, template,
                MY_LINK + "?id=" + p.getId(), p.getAgreementNumber()));
        recipients.membersOf(p.getSupplier().getCompany().getId()).forEach(m -> notifications.notify(m, template,
                MY_LINK + "?id=" + p.getId(), p.getAgreementNumber()));
    }

    private ProjectView view(Project p, ProjectView.Side side, LocalDate on) {
        LocalDate today = KoreanTime.today(clock);
        List<AgreementVersion> versions = projects.versions(p.getId());
        AgreementTerms terms = p.terms();
        LocalDate termsOn = null;
        int termsVersion = 0;
        if (!versions.isEmpty()) {
            LocalDate day = on == null ? today : on;
            AgreementVersion inForce = versions.stream().filter(v -> !v.getEffectiveFrom().isAfter(day)).findFirst()
                    .orElse(versions.get(versions.size() - 1));
            terms = inForce.terms();
            termsOn = day;
            termsVersion = inForce.getNumber();
        }
        List<ProjectView.Step> steps = p.getMilestones().stream().map(m -> new ProjectView.Step(m.getKind(), m.getDueOn(), m.getDoneOn(),
                p.getStatus() == ProjectStatus.CONCLUDED && m.isOverdue(today))).toList();
        List<ProjectView.Change> changes = projects.changes(p.getId()).stream().map(c -> new ProjectView.Change(c.getId(), c.getKind(),
                c.getCauseOn(), c.getRequestedOn(), c.getDescription(), c.getProposedEndsOn(), c.getStatus(), c.getRefusal(),
                c.getRequestedBy(), c.getDecidedAt(), c.getDecidedBy(), c.getDecisionReason())).toList();
        return new ProjectView(ProjectSummary.of(p), terms, termsOn, termsVersion, steps, p.getSmeConfirmedAt(), p.getSmeConfirmedBy(),
                p.getSupplierConfirmedAt(), p.getSupplierConfirmedBy(), p.getConcludedAt(), p.getConcludedBy(), p.getCancelledAt(),
                p.getCancelReason(), changes, versions.stream().map(v -> new ProjectView.Version(v.getNumber(), v.getEffectiveFrom(),
                        v.getChangeRequestId(), v.getRecordedAt(), v.getRecordedBy())).toList(), side,
                p.getSupervisor() == null ? null : p.getSupervisor().getContactName(), p.getSupervisorAppointedAt());
    }
}
