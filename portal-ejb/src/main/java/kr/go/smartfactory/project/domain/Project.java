package kr.go.smartfactory.project.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
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

import kr.go.smartfactory.grant.domain.BudgetLine;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.program.domain.Funding;
import kr.go.smartfactory.program.domain.GrantRules;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.Texts;
import kr.go.smartfactory.supplier.domain.SupplierProfile;

/**
 * 협약 (and the project it governs): drafted from a selected application and its round's rules — the budget lines as
 * submitted, the grant, company and partner amounts they add up to (checked against the rules once more), the build
 * period from the planned start, the intensive-AS period, and the milestones 착수 · 중간 · 완료. The SME and the
 * supplier confirm it, staff conclude it (the period starts on the day of conclusion if that is later than planned),
 * and approved changes move its end. Drafts are cancelled when the selection is withdrawn; a concluded agreement
 * never is.
 */
@Entity
@Table(name = "project")
public class Project {

    public static final int KICKOFF_DAYS = 14;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, unique = true)
    private GrantApplication application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private SupplierProfile supplier;

    @Column(name = "agreement_number", nullable = false, unique = true, length = 20)
    private String agreementNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status;

    @Embedded
    @AttributeOverride(name = "won", column = @Column(name = "government", nullable = false, precision = 15, scale = 0))
    private Money government;

    @Embedded
    @AttributeOverride(name = "won", column = @Column(name = "company_share", nullable = false, precision = 15, scale = 0))
    private Money company;

    @Embedded
    @AttributeOverride(name = "won", column = @Column(name = "partner", nullable = false, precision = 15, scale = 0))
    private Money partner;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "build_months", nullable = false)
    private int buildMonths;

    @Column(name = "intensive_as_months", nullable = false)
    private int intensiveAsMonths;

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "project_line", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<BudgetLine> lines = new ArrayList<>();

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "project_milestone", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Milestone> milestones = new ArrayList<>();

    @Column(name = "sme_confirmed_at")
    private Instant smeConfirmedAt;

    @Column(name = "sme_confirmed_by", length = 254)
    private String smeConfirmedBy;

    @Column(name = "supplier_confirmed_at")
    private Instant supplierConfirmedAt;

    @Column(name = "supplier_confirmed_by", length = 254)
    private String supplierConfirmedBy;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    @Column(name = "concluded_by", length = 254)
    private String concludedBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_reached", length = 20)
    private kr.go.smartfactory.shared.domain.SmartLevel levelReached;

    /** The supervisor (감리) staff appointed, an expert of the evaluator pool; null until then. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    private kr.go.smartfactory.account.domain.UserAccount supervisor;

    @Column(name = "supervisor_appointed_at")
    private Instant supervisorAppointedAt;

    @Column(name = "supervisor_appointed_by", length = 254)
    private String supervisorAppointedBy;

    /** The last day of the intensive after-service period (집중 A/S), counted from completion. */
    @Column(name = "as_ends_on")
    private LocalDate asEndsOn;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Project() {
        // JPA
    }

    /**
     * The draft agreement of a selected application: its submitted budget lines and build months, the round's rules
     * (the amounts must still satisfy them), the period from {@code plannedStart}.
     */
    public static Project draft(GrantApplication application, SupplierProfile supplier, List<BudgetLine> lines, Integer buildMonths,
            GrantRules rules, LocalDate plannedStart, Instant now) {
        if (supplier == null) {
            throw new DomainException("project.supplier.missing");
        }
        if (lines.isEmpty()) {
            throw new DomainException("project.budget.empty");
        }
        if (buildMonths == null || !rules.allowsBuildMonths(buildMonths)) {
            throw new DomainException("project.buildMonths.invalid");
        }
        Funding funding = BudgetLine.sum(lines);
        if (!rules.checkFunding(funding).isEmpty()) {
            throw new DomainException("project.funding.invalid");
        }
        Project p = new Project();
        p.application = application;
        p.supplier = supplier;
        p.agreementNumber = "SFA" + application.getReceiptNumber().substring(2);
        p.status = ProjectStatus.DRAFTED;
        p.government = funding.government();
        p.company = funding.company();
        p.partner = funding.partner();
        p.lines.addAll(lines.stream().map(l -> new BudgetLine(l.getCategory(), l.getDescription(), l.getGovernment(), l.getCompany(),
                l.getPartner())).toList());
        p.buildMonths = buildMonths;
        p.intensiveAsMonths = rules.getIntensiveAsMonths();
        p.schedule(plannedStart);
        p.draftedAt = now;
        p.updatedAt = now;
        return p;
    }

    /** The period and milestones from this start: the end is the day before the same date {@code buildMonths} later. */
    private void schedule(LocalDate start) {
        startsOn = start;
        endsOn = start.plusMonths(buildMonths).minusDays(1);
        milestones.clear();
        milestones.add(new Milestone(MilestoneKind.KICKOFF, start.plusDays(KICKOFF_DAYS)));
        milestones.add(new Milestone(MilestoneKind.INTERIM, start.plusMonths(Math.max(1, buildMonths / 2))));
        milestones.add(new Milestone(MilestoneKind.COMPLETION, endsOn));
    }

    /** The SME's confirmation (a second one changes nothing). */
    public void confirmBySme(String by, Instant now) {
        requireDraft();
        if (smeConfirmedAt == null) {
            smeConfirmedAt = now;
            smeConfirmedBy = by;
            updatedAt = now;
        }
    }

    /** The supplier's confirmation (a second one changes nothing). */
    public void confirmBySupplier(String by, Instant now) {
        requireDraft();
        if (supplierConfirmedAt == null) {
            supplierConfirmedAt = now;
            supplierConfirmedBy = by;
            updatedAt = now;
        }
    }

    /**
     * Staff conclude the confirmed agreement; the period starts on {@code today} if that is after the planned start.
     * The terms now in force (version 1).
     */
    public AgreementTerms conclude(String by, LocalDate today, Instant now) {
        requireDraft();
        if (smeConfirmedAt == null || supplierConfirmedAt == null) {
            throw new DomainException("project.conclude.unconfirmed");
        }
        if (today.isAfter(startsOn)) {
            schedule(today);
        }
        status = ProjectStatus.CONCLUDED;
        concludedAt = now;
        concludedBy = by;
        updatedAt = now;
        return terms();
    }

    /** The selection was withdrawn (re-scoring after an objection): only a draft may go. */
    public void cancel(String reason, Instant now) {
        if (status == ProjectStatus.CONCLUDED) {
            throw new DomainException("project.cancel.concluded");
        }
        if (status == ProjectStatus.CANCELLED) {
            return;
        }
        status = ProjectStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = Texts.required(reason, 500, "reason", "project.cancel.reason");
        updatedAt = now;
    }

    /** An approved change takes effect: a schedule change moves the end (and the completion milestone). */
    public AgreementTerms apply(ChangeRequest change, Instant now) {
        if (status != ProjectStatus.CONCLUDED) {
            throw new DomainException("project.change.notConcluded");
        }
        if (change.getKind() == ChangeKind.SCHEDULE && change.getProposedEndsOn() != null) {
            endsOn = change.getProposedEndsOn();
            milestones.stream().filter(m -> m.getKind() == MilestoneKind.COMPLETION).forEach(m -> m.reschedule(endsOn));
        }
        updatedAt = now;
        return terms();
    }

    /** Each budget line's total (grant and contributions), keyed by its position from 1: what the ledger agrees. */
    public java.util.Map<String, Money> agreedByLine() {
        java.util.Map<String, Money> agreed = new java.util.LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine l = lines.get(i);
            agreed.put(String.valueOf(i + 1), l.getGovernment().plus(l.getCompany()).plus(l.getPartner()));
        }
        return agreed;
    }

    /** A milestone reached on that day (the interim inspection completed, the project closed). */
    public void milestoneReached(MilestoneKind kind, LocalDate day) {
        milestones.stream().filter(m -> m.getKind() == kind).forEach(m -> m.reach(day));
    }

    /**
     * Closes the project after its final inspection: the level reached is recorded, the completion milestone reached,
     * and the intensive after-service period runs from today for the agreed months.
     */
    public void close(kr.go.smartfactory.shared.domain.SmartLevel reached, LocalDate today, Instant now) {
        if (status != ProjectStatus.CONCLUDED) {
            throw new DomainException("project.close.notConcluded");
        }
        status = ProjectStatus.COMPLETED;
        completedOn = today;
        levelReached = reached;
        asEndsOn = today.plusMonths(intensiveAsMonths).minusDays(1);
        milestoneReached(MilestoneKind.COMPLETION, today);
        updatedAt = now;
    }

    /**
     * Appoints the project's supervisor (감리): an external expert of the evaluator pool, refused — one message per kind
     * of tie — when the expert is tied to the SME or the supplier, and once the project is over. A later appointment
     * replaces the earlier one; inspections already recorded keep the name they were recorded with.
     */
    public void appointSupervisor(kr.go.smartfactory.account.domain.UserAccount expert,
            List<kr.go.smartfactory.evaluation.domain.Tie> ties, String by, Instant now) {
        if (status != ProjectStatus.DRAFTED && status != ProjectStatus.CONCLUDED) {
            throw new DomainException("project.supervisor.closed");
        }
        if (expert == null || !expert.getRoles().contains(kr.go.smartfactory.account.domain.Role.EVALUATOR) || expert.getStatus() != kr.go.smartfactory.account.domain.AccountStatus.ACTIVE) {
            throw DomainException.onField("expert", "project.supervisor.notExpert");
        }
        if (!ties.isEmpty()) {
            throw DomainException.of(ties.stream().map(t -> t.kind()).distinct()
                    .map(k -> DomainException.Problem.on("expert", "project.supervisor.conflict." + k.name())).toList());
        }
        if (supervisor != null && supervisor.getId() != null && supervisor.getId().equals(expert.getId())) {
            throw DomainException.onField("expert", "project.supervisor.already");
        }
        supervisor = expert;
        supervisorAppointedAt = now;
        supervisorAppointedBy = by;
        updatedAt = now;
    }

    /** Whether this account is the appointed supervisor. */
    public boolean isSupervisedBy(long accountId) {
        return supervisor != null && supervisor.getId() != null && supervisor.getId() == accountId;
    }

    public kr.go.smartfactory.account.domain.UserAccount getSupervisor() {
        return supervisor;
    }

    public Instant getSupervisorAppointedAt() {
        return supervisorAppointedAt;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public kr.go.smartfactory.shared.domain.SmartLevel getLevelReached() {
        return levelReached;
    }

    public LocalDate getAsEndsOn() {
        return asEndsOn;
    }

    public AgreementTerms terms() {
        return new AgreementTerms(startsOn, endsOn, intensiveAsMonths, government.longValue(), company.longValue(), partner.longValue(),
                lines.stream().map(l -> new AgreementTerms.Line(l.getCategory(), l.getDescription(), l.getGovernment().longValue(),
                        l.getCompany().longValue(), l.getPartner().longValue())).toList(),
                milestones.stream().map(m -> new AgreementTerms.Due(m.getKind(), m.getDueOn())).toList());
    }

    private void requireDraft() {
        if (status != ProjectStatus.DRAFTED) {
            throw new DomainException(status == ProjectStatus.CONCLUDED ? "project.concluded.already" : "project.cancelled");
        }
    }

    public boolean isConfirmedByBoth() {
        return smeConfirmedAt != null && supplierConfirmedAt != null;
    }

    public Long getId() {
        return id;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public SupplierProfile getSupplier() {
        return supplier;
    }

    public String getAgreementNumber() {
        return agreementNumber;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public Money getGovernment() {
        return government;
    }

    public Money getCompany() {
        return company;
    }

    public Money getPartner() {
        return partner;
    }

    public Money getTotal() {
        return government.plus(company).plus(partner);
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getBuildMonths() {
        return buildMonths;
    }

    public int getIntensiveAsMonths() {
        return intensiveAsMonths;
    }

    public List<BudgetLine> getLines() {
        return List.copyOf(lines);
    }

    public List<Milestone> getMilestones() {
        return List.copyOf(milestones);
    }

    public Instant getSmeConfirmedAt() {
        return smeConfirmedAt;
    }

    public String getSmeConfirmedBy() {
        return smeConfirmedBy;
    }

    public Instant getSupplierConfirmedAt() {
        return supplierConfirmedAt;
    }

    public String getSupplierConfirmedBy() {
        return supplierConfirmedBy;
    }

    public Instant getConcludedAt() {
        return concludedAt;
    }

    public String getConcludedBy() {
        return concludedBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public long getVersion() {
        return version;
    }
}
