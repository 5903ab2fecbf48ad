package kr.go.smartfactory.grant.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import kr.go.smartfactory.grant.application.ApplicationSummary;
import kr.go.smartfactory.grant.application.ApplicationView;
import kr.go.smartfactory.grant.application.BudgetLineForm;
import kr.go.smartfactory.grant.application.GrantApplications;
import kr.go.smartfactory.grant.application.SubmissionReceipt;
import kr.go.smartfactory.grant.domain.ApplicationContent;
import kr.go.smartfactory.grant.domain.ApplicationStatus;
import kr.go.smartfactory.grant.domain.BudgetCategory;
import kr.go.smartfactory.grant.domain.LevelSource;
import kr.go.smartfactory.program.domain.RequiredDocument;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.application.SupplierHit;
import kr.go.smartfactory.supplier.application.SupplierQuery;
import kr.go.smartfactory.supplier.application.SupplierSearch;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Messages;
import kr.go.smartfactory.web.support.Pages;

/**
 * my/application.xhtml: the application wizard — levels, supplier, plan, budget (checked live against the
 * announcement's rules as amounts are typed), documents, review and submission. Every step saves the draft on the
 * server at once (leaving, signing out or a server restart loses nothing); the page only carries what is typed.
 */
@Named
@ViewScoped
public class ApplicationWizardBean implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int STEPS = 6;

    @Inject
    private GrantApplications applications;

    @Inject
    private SupplierSearch search;

    private Long id;
    private Long announcementId;
    private int step = 1;
    private ApplicationView view;

    private SmartLevel currentLevel;
    private SmartLevel targetLevel;
    private String supplierText;
    private List<SupplierHit> supplierHits = List.of();
    private String goals;
    private String processes;
    private String solutions;
    private String securitySolution;
    private Integer buildMonths;
    private List<BudgetLineForm> lines = new ArrayList<>();
    private GrantApplications.BudgetCheck budgetCheck;
    private RequiredDocument documentType;
    private transient Part document;
    private String withdrawalReason;
    private SubmissionReceipt receipt;

    /** viewAction: {@code id} opens the caller's application (another company's: 403); {@code announcement} the start. */
    public void load() {
        if (view != null) {
            return;
        }
        try {
            if (id != null) {
                show(applications.view(id));
                return;
            }
            if (announcementId != null) {
                Optional<ApplicationSummary> existing = applications.mine().stream()
                        .filter(a -> a.announcementId() == announcementId).findFirst();
                if (existing.isPresent()) {
                    Pages.redirect("/my/application.xhtml?id=" + existing.get().id());
                }
                return;
            }
            Pages.notFound();
        } catch (AccessDeniedException notYours) {
            Pages.forbidden();
        } catch (kr.go.smartfactory.shared.domain.DomainException unknown) {
            Pages.notFound();
        }
    }

    /** Starts the application to the announcement (or opens the one already started) and goes to its first step. */
    public void start() {
        Actions.call(() -> applications.openFor(announcementId), null)
                .ifPresent(started -> Pages.redirect("/my/application.xhtml?id=" + started + "&step=1"));
    }

    private void show(ApplicationView v) {
        view = v;
        id = v.summary().id();
        ApplicationContent c = v.content();
        currentLevel = c.currentLevel();
        targetLevel = c.targetLevel();
        goals = c.goals();
        processes = c.processes();
        solutions = c.solutions();
        securitySolution = c.securitySolution();
        buildMonths = c.buildMonths();
        lines = new ArrayList<>();
        for (ApplicationContent.Line l : c.budget()) {
            lines.add(new BudgetLineForm(l.category(), l.description(), String.valueOf(l.government()), String.valueOf(l.company()),
                    String.valueOf(l.partner())));
        }
        if (lines.isEmpty()) {
            lines.add(new BudgetLineForm(BudgetCategory.SOFTWARE, null, null, null, null));
        }
        budgetCheck = null;
    }

    private void saved(ApplicationView v, boolean next) {
        show(v);
        if (next && step < STEPS) {
            Messages.flashInfo("application.saved");
            Pages.redirect("/my/application.xhtml?id=" + id + "&step=" + (step + 1));
        } else {
            Messages.info("application.saved");
        }
    }

    public void saveLevels(boolean next) {
        Actions.call(() -> applications.saveLevels(id, currentLevel, targetLevel), null).ifPresent(v -> saved(v, next));
    }

    public void findSuppliers() {
        if (supplierText == null || supplierText.isBlank()) {
            supplierHits = List.of();
            return;
        }
        supplierHits = search.search(SupplierQuery.text(supplierText)).items();
    }

    public void chooseSupplier(long supplierId) {
        Actions.call(() -> applications.chooseSupplier(id, supplierId), null).ifPresent(v -> {
            show(v);
            supplierHits = List.of();
            Messages.info("application.supplier.requested");
        });
    }

    public void savePlan(boolean next) {
        Actions.call(() -> applications.savePlan(id, goals, processes, solutions, securitySolution, buildMonths), null)
                .ifPresent(v -> saved(v, next));
    }

    public void addLine() {
        lines.add(new BudgetLineForm(BudgetCategory.OTHER, null, null, null, null));
        checkBudget();
    }

    public void removeLine(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
        checkBudget();
    }

    /** The live check: totals, the grant the rules allow for this total, and each broken rule (nothing saved). */
    public void checkBudget() {
        budgetCheck = applications.checkBudget(id, lines);
    }

    public void saveBudget(boolean next) {
        Actions.call(() -> applications.saveBudget(id, lines), null).ifPresent(v -> saved(v, next));
        budgetCheck = applications.checkBudget(id, lines);
    }

    public void upload() {
        if (document == null || documentType == null) {
            Messages.error("application.document.choose");
            return;
        }
        try (InputStream in = document.getInputStream()) {
            String name = document.getSubmittedFileName();
            Actions.call(() -> applications.attach(id, documentType, name, in), "application.document.saved").ifPresent(v -> {
                show(v);
                documentType = null;
            });
        } catch (IOException e) {
            Messages.error("attachment.unreadable");
        }
    }

    public void removeDocument(RequiredDocument type) {
        Actions.call(() -> applications.detach(id, type), "application.document.removed").ifPresent(this::show);
    }

    public void submit() {
        Actions.call(() -> applications.submit(id), null).ifPresent(r -> {
            receipt = r;
            show(applications.view(id));
            Messages.info(r.outcome() == kr.go.smartfactory.grant.domain.GrantApplication.Submission.RESUBMITTED
                    ? "application.resubmitted" : "application.submitted");
        });
    }

    public void withdraw() {
        Actions.call(() -> applications.withdraw(id, withdrawalReason), "application.withdrawn.done").ifPresent(this::show);
    }

    public void reopen() {
        Actions.call(() -> applications.reopen(id), "application.reopened").ifPresent(this::show);
    }

    // ---- what the page asks ----

    public boolean isEditable() {
        return view != null && view.summary().editable();
    }

    public boolean isLevelFixed() {
        return view != null && view.content().levelSource() != null && view.content().levelSource() != LevelSource.DECLARED;
    }

    public SmartLevel[] getLevels() {
        return SmartLevel.values();
    }

    public BudgetCategory[] getCategories() {
        return BudgetCategory.values();
    }

    /** The document kinds the announcement requires, then the others an applicant may add. */
    public List<RequiredDocument> getDocumentTypes() {
        List<RequiredDocument> types = new ArrayList<>(view.rules().requiredDocuments());
        for (RequiredDocument d : RequiredDocument.values()) {
            if (!types.contains(d)) {
                types.add(d);
            }
        }
        return types;
    }

    public Map<RequiredDocument, ApplicationContent.Document> getDocuments() {
        Map<RequiredDocument, ApplicationContent.Document> byType = new EnumMap<>(RequiredDocument.class);
        view.content().documents().forEach(d -> byType.put(d.type(), d));
        return byType;
    }

    public boolean required(RequiredDocument type) {
        return view.rules().requiredDocuments().contains(type);
    }

    public boolean isSubmitted() {
        return view != null && view.summary().status() == ApplicationStatus.SUBMITTED;
    }

    public boolean isWithdrawn() {
        return view != null && view.summary().status() == ApplicationStatus.WITHDRAWN;
    }

    public List<Integer> getStepNumbers() {
        return List.of(1, 2, 3, 4, 5, 6);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getAnnouncementId() {
        return announcementId;
    }

    public void setAnnouncementId(Long announcementId) {
        this.announcementId = announcementId;
    }

    public int getStep() {
        return step;
    }

    public void setStep(int step) {
        this.step = Math.min(Math.max(step, 1), STEPS);
    }

    public ApplicationView getView() {
        return view;
    }

    public SmartLevel getCurrentLevel() {
        return currentLevel;
    }

    public void setCurrentLevel(SmartLevel currentLevel) {
        this.currentLevel = currentLevel;
    }

    public SmartLevel getTargetLevel() {
        return targetLevel;
    }

    public void setTargetLevel(SmartLevel targetLevel) {
        this.targetLevel = targetLevel;
    }

    public String getSupplierText() {
        return supplierText;
    }

    public void setSupplierText(String supplierText) {
        this.supplierText = supplierText;
    }

    public List<SupplierHit> getSupplierHits() {
        return supplierHits;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getProcesses() {
        return processes;
    }

    public void setProcesses(String processes) {
        this.processes = processes;
    }

    public String getSolutions() {
        return solutions;
    }

    public void setSolutions(String solutions) {
        this.solutions = solutions;
    }

    public String getSecuritySolution() {
        return securitySolution;
    }

    public void setSecuritySolution(String securitySolution) {
        this.securitySolution = securitySolution;
    }

    public Integer getBuildMonths() {
        return buildMonths;
    }

    public void setBuildMonths(Integer buildMonths) {
        this.buildMonths = buildMonths;
    }

    public List<BudgetLineForm> getLines() {
        return lines;
    }

    public GrantApplications.BudgetCheck getBudgetCheck() {
        if (budgetCheck == null && view != null) {
            budgetCheck = applications.checkBudget(id, lines);
        }
        return budgetCheck;
    }

    /** The budget step's anchor for messages about the whole budget (field "budget"); carries nothing. */
    public String getBudgetAnchor() {
        return "";
    }

    public void setBudgetAnchor(String ignored) {
        // nothing to keep: the anchor only holds messages
    }

    public RequiredDocument getDocumentType() {
        return documentType;
    }

    public void setDocumentType(RequiredDocument documentType) {
        this.documentType = documentType;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }

    public SubmissionReceipt getReceipt() {
        return receipt;
    }
}
