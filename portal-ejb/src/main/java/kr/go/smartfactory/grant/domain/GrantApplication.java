package kr.go.smartfactory.grant.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.program.domain.Announcement;
import kr.go.smartfactory.program.domain.Funding;
import kr.go.smartfactory.program.domain.RequiredDocument;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.DomainException.Problem;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.shared.domain.Texts;
import kr.go.smartfactory.supplier.domain.SupplierProfile;

/**
 * 사업신청: one SME's application to one announcement (at most one per announcement and company).
 *
 * <p>Life cycle: a <em>draft</em> saved step by step (levels, supplier, plan, budget, documents); the chosen
 * supplier must confirm its participation; <em>submitted</em> with a receipt number (issued once, gap-free per
 * year) when no item the applicant can put right fails the eligibility check; revised and resubmitted until the
 * deadline (each submission is kept as a version, the last one counts; a second submission of unchanged content is
 * the same submission, so a double click never makes two); <em>withdrawn</em> before the deadline (and reopened as
 * a draft before the deadline). After the deadline nothing the applicant does changes it. Staff re-run the
 * eligibility check and override a failed item with a recorded reason.
 */
@Entity
@Table(name = "grant_application")
public class GrantApplication {

    public static final int MAX_BUDGET_LINES = 20;
    public static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "announcement_id", nullable = false)
    private Announcement announcement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_level", length = 20)
    private SmartLevel currentLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_source", length = 20)
    private LevelSource levelSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level", length = 20)
    private SmartLevel targetLevel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private SupplierProfile supplier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Participation participation = Participation.NOT_REQUESTED;

    @Column(name = "participation_at")
    private Instant participationAt;

    @Column(name = "participation_note", length = MAX_NOTE)
    private String participationNote;

    @Embedded
    private ProjectPlan plan = ProjectPlan.empty();

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "application_budget_line", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<BudgetLine> budget = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_document", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<ApplicationDocument> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_eligibility", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<EligibilityItem> eligibility = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_timeline", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @Column(name = "receipt_number", unique = true, length = 20)
    private String receiptNumber;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submission_count", nullable = false)
    private int submissionCount;

    /** Content changed after the last submission (the last submitted version still counts until resubmitted). */
    @Column(name = "revised", nullable = false)
    private boolean revised;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_reason", length = MAX_NOTE)
    private String withdrawalReason;

    @Column(name = "eligibility_checked_at")
    private Instant eligibilityCheckedAt;

    /** Some item failed and was not overridden (kept as a column so that staff filter by it). */
    @Column(name = "eligibility_problems", nullable = false)
    private boolean eligibilityProblems;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected GrantApplication() {
        // JPA
    }

    /** A new draft of this SME for this open announcement, starting from the level the company is known to have. */
    public static GrantApplication start(Announcement announcement, Company company, SmartLevel currentLevel, LevelSource source,
            Instant now) {
        if (company.getKind() != CompanyKind.SME) {
            throw new DomainException("application.notSme");
        }
        if (!announcement.acceptsApplications(now)) {
            throw new DomainException("application.announcement.notOpen");
        }
        GrantApplication a = new GrantApplication();
        a.announcement = announcement;
        a.company = company;
        a.status = ApplicationStatus.DRAFT;
        a.currentLevel = currentLevel;
        a.levelSource = currentLevel == null ? null : source;
        a.createdAt = now;
        a.updatedAt = now;
        a.timeline.add(new TimelineEntry(now, TimelineEvent.STARTED, announcement.getTitle()));
        return a;
    }

    // ---- the wizard's steps (each saves the draft) ----

    /**
     * Step 1: the levels. A certified level is not the applicant's to change: {@code certified} is the level of a
     * valid certificate, if any, and wins over what was typed.
     */
    public void chooseLevels(SmartLevel current, LevelSource source, SmartLevel target, Instant now) {
        requireEditable(now);
        if (current == null) {
            throw DomainException.onField("currentLevel", "application.level.current.required");
        }
        if (target == null) {
            throw DomainException.onField("targetLevel", "application.level.target.required");
        }
        this.currentLevel = current;
        this.levelSource = source;
        this.targetLevel = target;
        changed(now);
    }

    /** Step 2: the supplier, which is asked to confirm (again, when it declined or another was chosen before). */
    public boolean chooseSupplier(SupplierProfile chosen, Instant now) {
        requireEditable(now);
        if (chosen == null || !chosen.getRegistration().isListed()) {
            throw DomainException.onField("supplier", "application.supplier.unlisted");
        }
        if (supplier != null && supplier.getId().equals(chosen.getId()) && participation != Participation.DECLINED) {
            return false;
        }
        this.supplier = chosen;
        this.participation = Participation.REQUESTED;
        this.participationAt = now;
        this.participationNote = null;
        timeline.add(new TimelineEntry(now, TimelineEvent.SUPPLIER_REQUESTED, chosen.getCompany().getName()));
        changed(now);
        return true;
    }

    /** The supplier's answer; only the requested supplier answers, once per request, before the deadline. */
    public void answerParticipation(long supplierCompanyId, boolean confirm, String note, Instant now) {
        if (supplier == null || !supplier.getCompany().getId().equals(supplierCompanyId)) {
            throw new kr.go.smartfactory.shared.domain.AccessDeniedException("application " + id + " did not ask this supplier");
        }
        if (participation != Participation.REQUESTED) {
            throw new DomainException("application.participation.answered");
        }
        requireEditable(now);
        String why = confirm ? Texts.optional(note, MAX_NOTE, "note", "application.participation.note")
                : Texts.required(note, MAX_NOTE, "note", "application.participation.reason");
        this.participation = confirm ? Participation.CONFIRMED : Participation.DECLINED;
        this.participationAt = now;
        this.participationNote = why;
        timeline.add(new TimelineEntry(now, confirm ? TimelineEvent.SUPPLIER_CONFIRMED : TimelineEvent.SUPPLIER_DECLINED,
                supplier.getCompany().getName()));
        changed(now);
    }

    /** Step 3: the plan (a draft may leave parts empty; submission needs them). */
    public void writePlan(ProjectPlan newPlan, Instant now) {
        requireEditable(now);
        this.plan = newPlan;
        changed(now);
    }

    /**
     * Step 4: the budget lines, refused with every line's problems (field {@code budget}) when a line is wrong by
     * itself; the shares and the cap are judged live by {@link #budgetCheck} and at submission.
     */
    public void replaceBudget(List<BudgetLine> lines, Instant now) {
        requireEditable(now);
        checkLines(lines);
        this.budget.clear();
        this.budget.addAll(lines);
        changed(now);
    }

    /** Every problem of these lines by themselves, or nothing. */
    public static void checkLines(List<BudgetLine> lines) {
        if (lines.size() > MAX_BUDGET_LINES) {
            throw DomainException.onField("budget", "budget.lines.tooMany");
        }
        List<Problem> problems = new ArrayList<>();
        for (BudgetLine line : lines) {
            line.problems().forEach(p -> problems.add(Problem.on("budget", p.messageKey())));
        }
        if (!problems.isEmpty()) {
            throw DomainException.of(problems.stream().distinct().toList());
        }
    }

    /** The budget against the announcement's rules: each broken rule on the amount it is about. */
    public List<Problem> budgetCheck() {
        Funding funding = BudgetLine.sum(budget);
        return announcement.getRules().checkFunding(funding);
    }

    /** Step 5: a document of one kind (replacing the earlier one of that kind, whose attachment id is returned). */
    public Optional<Long> attach(RequiredDocument type, long attachmentId, String fileName, Instant now) {
        requireEditable(now);
        if (type == null) {
            throw DomainException.onField("documentType", "application.document.type");
        }
        Optional<Long> replaced = documents.stream().filter(d -> d.getType() == type).map(ApplicationDocument::getAttachmentId)
                .findFirst();
        documents.removeIf(d -> d.getType() == type);
        documents.add(new ApplicationDocument(type, attachmentId, fileName, now));
        changed(now);
        return replaced;
    }

    public Optional<Long> detach(RequiredDocument type, Instant now) {
        requireEditable(now);
        Optional<Long> removed = documents.stream().filter(d -> d.getType() == type).map(ApplicationDocument::getAttachmentId)
                .findFirst();
        documents.removeIf(d -> d.getType() == type);
        removed.ifPresent(r -> changed(now));
        return removed;
    }

    public boolean hasDocument(long attachmentId) {
        return documents.stream().anyMatch(d -> d.getAttachmentId() == attachmentId);
    }

    // ---- submission ----

    /** What happened to a submission: the first one, a new version, or the same one again (a double click). */
    public enum Submission { FIRST, RESUBMITTED, UNCHANGED }

    /**
     * Submits with this checklist (computed from {@link #content()}): refused with every blocking item's reason
     * on its step; otherwise takes a receipt number the first time, keeps overrides of unchanged findings and
     * counts a version. Unchanged content submitted again is the same submission.
     */
    public Submission submit(List<EligibilityItem> checklist, Supplier<String> receiptNumbers, Instant now) {
        requireEditable(now);
        if (status == ApplicationStatus.SUBMITTED && !revised) {
            return Submission.UNCHANGED;
        }
        List<Problem> problems = new ArrayList<>();
        for (EligibilityItem item : checklist) {
            if (!item.isPassed() && item.getRule().blocksSubmission()) {
                problems.add(Problem.on(fieldOf(item.getRule()), "application.submit." + item.getRule()));
            }
        }
        if (!plan().isComplete()) {
            problems.add(Problem.on("goals", "application.submit.plan"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.of(problems);
        }
        Submission outcome = receiptNumber == null ? Submission.FIRST : Submission.RESUBMITTED;
        if (receiptNumber == null) {
            receiptNumber = receiptNumbers.get();
            firstSubmittedAt = now;
        }
        status = ApplicationStatus.SUBMITTED;
        submissionCount++;
        submittedAt = now;
        revised = false;
        withdrawnAt = null;
        withdrawalReason = null;
        replaceChecklist(checklist, now);
        timeline.add(new TimelineEntry(now, outcome == Submission.FIRST ? TimelineEvent.SUBMITTED : TimelineEvent.RESUBMITTED,
                receiptNumber + " (" + submissionCount + ")"));
        updatedAt = now;
        return outcome;
    }

    private static String fieldOf(EligibilityRule rule) {
        return switch (rule) {
            case REGION -> null;
            case LEVELS -> "targetLevel";
            case SUPPLIER -> "supplier";
            case BUILD_PERIOD -> "buildMonths";
            case GRANT_CAP, SHARES -> "budget";
            case DOCUMENTS -> "documents";
            case SECURITY_SOLUTION -> "securitySolution";
            default -> null;
        };
    }

    /** Withdrawal (철회) before the deadline; the receipt number stays with the application. */
    public void withdraw(String reason, Instant now) {
        requireEditable(now);
        this.withdrawalReason = Texts.optional(reason, MAX_NOTE, "reason", "application.withdraw.reason");
        this.status = ApplicationStatus.WITHDRAWN;
        this.withdrawnAt = now;
        this.updatedAt = now;
        timeline.add(new TimelineEntry(now, TimelineEvent.WITHDRAWN, withdrawalReason));
    }

    /** A withdrawn application becomes a draft again (before the deadline); it is submitted anew to count. */
    public void reopen(Instant now) {
        if (status != ApplicationStatus.WITHDRAWN) {
            throw new DomainException("application.reopen.notWithdrawn");
        }
        if (!announcement.acceptsApplications(now)) {
            throw new DomainException("application.closed");
        }
        this.status = ApplicationStatus.DRAFT;
        this.revised = true;
        this.updatedAt = now;
        timeline.add(new TimelineEntry(now, TimelineEvent.REOPENED, null));
    }

    // ---- staff ----

    /** Staff run the check again (a ban imposed since, a corrected prior support); overrides of the same findings stay. */
    public void recheck(List<EligibilityItem> checklist, Instant now) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new DomainException("application.notSubmitted");
        }
        replaceChecklist(checklist, now);
        timeline.add(new TimelineEntry(now, TimelineEvent.ELIGIBILITY_CHECKED, failedRules()));
    }

    /** Staff accept a failed item with a recorded reason. */
    public void override(EligibilityRule rule, String reason, String staff, Instant now) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new DomainException("application.notSubmitted");
        }
        EligibilityItem item = eligibility.stream().filter(i -> i.getRule() == rule).findFirst()
                .orElseThrow(() -> new DomainException("eligibility.item.unknown"));
        item.override(reason, staff, now);
        eligibilityProblems = hasEligibilityProblems();
        timeline.add(new TimelineEntry(now, TimelineEvent.ELIGIBILITY_OVERRIDDEN, rule.name()));
    }

    public void coordinatorAssigned(String coordinatorName, Instant now) {
        timeline.add(new TimelineEntry(now, TimelineEvent.COORDINATOR_ASSIGNED, coordinatorName));
    }

    private void replaceChecklist(List<EligibilityItem> checklist, Instant now) {
        List<EligibilityItem> earlier = new ArrayList<>(eligibility);
        for (EligibilityItem item : checklist) {
            earlier.stream().filter(e -> e.isOverridden() && item.sameFindingAs(e)).findFirst().ifPresent(item::keepOverrideOf);
        }
        eligibility.clear();
        eligibility.addAll(checklist);
        eligibilityCheckedAt = now;
        eligibilityProblems = hasEligibilityProblems();
    }

    private String failedRules() {
        return String.join(",", eligibility.stream().filter(i -> !i.isSatisfied()).map(i -> i.getRule().name()).toList());
    }

    /** Some item of the checklist failed and was not overridden. */
    /**
     * The later contexts' steps on the timeline — evaluation, result, objection, re-scoring, the agreement drafted,
     * concluded, changed or cancelled — so that the SME and its coordinator follow the application to completion.
     */
    public void recordStep(TimelineEvent event, String detail, Instant now) {
        if (event.ordinal() < TimelineEvent.EVALUATION_STARTED.ordinal()) {
            throw new IllegalArgumentException(event + " is not a step after submission");
        }
        if (status != ApplicationStatus.SUBMITTED) {
            throw new DomainException("evaluation.application.notSubmitted");
        }
        timeline.add(new TimelineEntry(now, event, detail));
    }

    /** Submitted and the round closed: evaluators may be assigned. */
    public boolean isEvaluable(Instant now) {
        return status == ApplicationStatus.SUBMITTED && !now.isBefore(announcement.getClosesAt());
    }

    public boolean hasEligibilityProblems() {
        return eligibility.stream().anyMatch(i -> !i.isSatisfied());
    }

    /** The same as {@link #hasEligibilityProblems()}, as stored with the row (lists read it without the checklist). */
    public boolean isEligibilityProblems() {
        return eligibilityProblems;
    }

    // ---- reading ----

    public ApplicationContent content() {
        return new ApplicationContent(currentLevel, levelSource, targetLevel, supplier == null ? null : supplier.getId(),
                supplier == null ? null : supplier.getCompany().getName(),
                supplier == null ? null : supplier.getCompany().getRegistrationNumber().formatted(), participation,
                plan().getGoals(), plan().getProcesses(), plan().getSolutions(), plan().getSecuritySolution(), plan().getBuildMonths(),
                budget.stream().map(l -> new ApplicationContent.Line(l.getCategory(), l.getDescription(), l.getGovernment().longValue(),
                        l.getCompany().longValue(), l.getPartner().longValue())).toList(),
                documents.stream().map(d -> new ApplicationContent.Document(d.getType(), d.getAttachmentId(), d.getFileName())).toList());
    }

    /** The applicant may change it now: not withdrawn, and the announcement still takes applications. */
    public boolean isEditable(Instant now) {
        return status != ApplicationStatus.WITHDRAWN && announcement.acceptsApplications(now);
    }

    private void requireEditable(Instant now) {
        if (status == ApplicationStatus.WITHDRAWN) {
            throw new DomainException("application.withdrawn");
        }
        if (!announcement.acceptsApplications(now)) {
            throw new DomainException("application.closed");
        }
    }

    private void changed(Instant now) {
        if (status == ApplicationStatus.SUBMITTED) {
            revised = true;
        }
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Announcement getAnnouncement() {
        return announcement;
    }

    public Company getCompany() {
        return company;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public SmartLevel getCurrentLevel() {
        return currentLevel;
    }

    public LevelSource getLevelSource() {
        return levelSource;
    }

    public SmartLevel getTargetLevel() {
        return targetLevel;
    }

    public SupplierProfile getSupplier() {
        return supplier;
    }

    public Participation getParticipation() {
        return participation;
    }

    public Instant getParticipationAt() {
        return participationAt;
    }

    public String getParticipationNote() {
        return participationNote;
    }

    public ProjectPlan getPlan() {
        return plan();
    }

    /** The plan; Hibernate reads a plan whose columns are all empty as null. */
    private ProjectPlan plan() {
        return plan == null ? ProjectPlan.empty() : plan;
    }

    public List<BudgetLine> getBudget() {
        return List.copyOf(budget);
    }

    public List<ApplicationDocument> getDocuments() {
        return List.copyOf(documents);
    }

    public List<EligibilityItem> getEligibility() {
        return List.copyOf(eligibility);
    }

    public List<TimelineEntry> getTimeline() {
        return List.copyOf(timeline);
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getSubmissionCount() {
        return submissionCount;
    }

    public boolean isRevised() {
        return revised;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public Instant getEligibilityCheckedAt() {
        return eligibilityCheckedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
