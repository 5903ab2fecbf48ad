package kr.go.smartfactory.grant.application;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.application.Recipients;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.attachment.application.AttachmentView;
import kr.go.smartfactory.attachment.application.Attachments;
import kr.go.smartfactory.attachment.domain.AttachmentKind;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.grant.domain.ApplicationContent;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.grant.domain.BudgetLine;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.grant.domain.LevelSource;
import kr.go.smartfactory.grant.domain.ProjectPlan;
import kr.go.smartfactory.level.application.LevelAssessments;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.program.domain.Announcement;
import kr.go.smartfactory.program.domain.AnnouncementRepository;
import kr.go.smartfactory.program.domain.Funding;
import kr.go.smartfactory.program.domain.RequiredDocument;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.DomainException.Problem;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.domain.SupplierProfile;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * The SME's side of applying (C5 step 1): always the caller's company's applications (an id of another company's is
 * refused as if it did not exist to the caller: 403), each step saved at once, submission with a gap-free receipt
 * number and a kept version, withdrawal and reopening before the deadline. Every change is audited by the entity
 * listener; the supplier and the SME are notified in their inboxes and by mail.
 */
@Stateless
@RolesAllowed(Role.Names.SME)
public class GrantApplications {

    public static final String LINK = "/my/application.xhtml?id=";

    @Inject
    private ApplicationRepository applications;

    @Inject
    private AnnouncementRepository announcements;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private LevelAssessments levels;

    @Inject
    private Attachments attachments;

    @Inject
    private Notifications notifications;

    @Inject
    private Recipients recipients;

    @Inject
    private ApplicationSupport support;

    @Inject
    private ApplicationSubmission submission;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** The caller's company's applications, latest first. */
    public List<ApplicationSummary> mine() {
        Instant now = clock.instant();
        return applications.applicationsOf(myCompany().getId()).stream().map(a -> ApplicationSummary.of(a, now)).toList();
    }

    /** The caller's application to this announcement, started now (from the company's known level) if there is none. */
    public long openFor(long announcementId) {
        Company company = myCompany();
        Optional<GrantApplication> existing = applications.applicationOf(announcementId, company.getId());
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        Announcement announcement = announcements.announcement(announcementId).filter(Announcement::isPublic)
                .orElseThrow(() -> new DomainException("announcement.notFound"));
        Optional<SmartLevel> certified = levels.certifiedLevel(company.getId());
        Optional<SmartLevel> diagnosed = levels.selfDiagnosedLevel(company.getId());
        GrantApplication started = GrantApplication.start(announcement, company,
                certified.or(() -> diagnosed).orElse(null),
                certified.isPresent() ? LevelSource.CERTIFIED : LevelSource.SELF_DIAGNOSIS, clock.instant());
        applications.add(started);
        return started.getId();
    }

    public ApplicationView view(long id) {
        GrantApplication a = mine(id);
        ApplicationContent content = a.content();
        List<ApplicationView.Check> checks = a.getStatus() == kr.go.smartfactory.grant.domain.ApplicationStatus.SUBMITTED && !a.isRevised()
                ? ApplicationSupport.checks(a.getEligibility())
                : ApplicationSupport.checks(support.checklist(a, content));
        return support.view(a, content, checks, null);
    }

    /**
     * Step 1. A valid certificate's level is the current level whatever was chosen; without one, a completed
     * self-diagnosis's; without either, the level the company states (staff check it).
     */
    public ApplicationView saveLevels(long id, SmartLevel current, SmartLevel target) {
        GrantApplication a = mine(id);
        long companyId = a.getCompany().getId();
        Optional<SmartLevel> certified = levels.certifiedLevel(companyId);
        Optional<SmartLevel> diagnosed = levels.selfDiagnosedLevel(companyId);
        if (certified.isPresent()) {
            a.chooseLevels(certified.get(), LevelSource.CERTIFIED, target, clock.instant());
        } else if (diagnosed.isPresent()) {
            a.chooseLevels(diagnosed.get(), LevelSource.SELF_DIAGNOSIS, target, clock.instant());
        } else {
            a.chooseLevels(current, LevelSource.DECLARED, target, clock.instant());
        }
        return view(id);
    }

    /** Step 2. The supplier's members are asked (inbox and mail) to confirm their participation. */
    public ApplicationView chooseSupplier(long id, long supplierId) {
        GrantApplication a = mine(id);
        SupplierProfile chosen = suppliers.profile(supplierId)
                .orElseThrow(() -> DomainException.onField("supplier", "application.supplier.unlisted"));
        if (a.chooseSupplier(chosen, clock.instant())) {
            recipients.membersOf(chosen.getCompany().getId()).forEach(member -> notifications.notify(member,
                    "application.participation.requested", SupplierParticipations.LINK, a.getCompany().getName(),
                    a.getAnnouncement().getTitle()));
        }
        return view(id);
    }

    /** Step 3. */
    public ApplicationView savePlan(long id, String goals, String processes, String solutions, String securitySolution,
            Integer buildMonths) {
        GrantApplication a = mine(id);
        a.writePlan(new ProjectPlan(goals, processes, solutions, securitySolution, buildMonths), clock.instant());
        return view(id);
    }

    /** Step 4: the lines replace the budget; refused with every problem when an amount or line is wrong by itself. */
    public ApplicationView saveBudget(long id, List<BudgetLineForm> lines) {
        GrantApplication a = mine(id);
        a.replaceBudget(parse(lines), clock.instant());
        return view(id);
    }

    /**
     * The live check of budget lines not yet saved: the totals, the largest grant the rules allow for that total and
     * every broken rule (nothing is saved; the wizard calls this as amounts are typed).
     */
    public BudgetCheck checkBudget(long id, List<BudgetLineForm> lines) {
        GrantApplication a = mine(id);
        List<BudgetLine> parsed;
        try {
            parsed = parse(lines);
        } catch (DomainException refused) {
            return new BudgetCheck(null, null, null, null, null, refused.getProblems());
        }
        Funding funding = BudgetLine.sum(parsed);
        var rules = a.getAnnouncement().getRules();
        List<Problem> problems = funding.total().isZero() ? List.of(Problem.general("grant.total.required")) : rules.checkFunding(funding);
        return new BudgetCheck(funding.government(), funding.company(), funding.partner(), funding.total(),
                rules.maximumGrant(funding.total()), problems);
    }

    /** Totals and problems of a budget being typed. */
    public record BudgetCheck(Money government, Money company, Money partner, Money total, Money maximumGrant,
            List<Problem> problems) {
    }

    private static List<BudgetLine> parse(List<BudgetLineForm> lines) {
        DomainException.Collector problems = new DomainException.Collector();
        List<BudgetLine> parsed = new ArrayList<>();
        for (BudgetLineForm f : lines) {
            Money g = amount(problems, f.getGovernment());
            Money c = amount(problems, f.getCompany());
            Money p = amount(problems, f.getPartner());
            parsed.add(new BudgetLine(f.getCategory(), f.getDescription(), g, c, p));
        }
        problems.throwIfAny();
        problems.check("budget", () -> {
            GrantApplication.checkLines(parsed);
            return null;
        });
        problems.throwIfAny();
        return parsed;
    }

    private static Money amount(DomainException.Collector problems, String typed) {
        if (typed == null || typed.isBlank()) {
            return Money.ZERO;
        }
        Money m = problems.check("budget", () -> Money.parse(typed));
        return m == null ? Money.ZERO : m;
    }

    /** Step 5: a document of one kind, checked by content and size in the attachment store; replaces the earlier one. */
    public ApplicationView attach(long id, RequiredDocument type, String fileName, InputStream content) {
        GrantApplication a = mine(id);
        if (!a.isEditable(clock.instant())) {
            throw new DomainException(a.getStatus() == kr.go.smartfactory.grant.domain.ApplicationStatus.WITHDRAWN
                    ? "application.withdrawn" : "application.closed");
        }
        AttachmentView stored = attachments.store(AttachmentKind.APPLICATION_DOCUMENT, a.getCompany().getId(), fileName, content);
        a.attach(type, stored.id(), stored.name(), clock.instant()).ifPresent(attachments::discard);
        return view(id);
    }

    public ApplicationView detach(long id, RequiredDocument type) {
        GrantApplication a = mine(id);
        a.detach(type, clock.instant()).ifPresent(attachments::discard);
        return view(id);
    }

    /**
     * Submits (or resubmits) the caller's application: once per content (a double click is one submission), refused
     * with every blocking item's reason; a receipt number the first time, a version every time ({@link ApplicationSubmission}).
     */
    public SubmissionReceipt submit(long id) {
        mine(id);
        return submission.submit(id, caller.account().getEmail());
    }

    public ApplicationView withdraw(long id, String reason) {
        GrantApplication a = mine(id);
        boolean wasSubmitted = a.getReceiptNumber() != null;
        a.withdraw(reason, clock.instant());
        if (wasSubmitted) {
            recipients.membersOf(a.getCompany().getId()).forEach(member -> notifications.notify(member, "application.withdrawn",
                    LINK + a.getId(), a.getReceiptNumber(), a.getAnnouncement().getTitle()));
        }
        return view(id);
    }

    public ApplicationView reopen(long id) {
        mine(id).reopen(clock.instant());
        return view(id);
    }

    private GrantApplication mine(long id) {
        GrantApplication a = applications.application(id).orElseThrow(() -> new DomainException("application.notFound"));
        if (!a.getCompany().getId().equals(myCompany().getId())) {
            throw new AccessDeniedException("application " + id + " is not the caller's company's");
        }
        return a;
    }

    private Company myCompany() {
        return caller.company();
    }
}
