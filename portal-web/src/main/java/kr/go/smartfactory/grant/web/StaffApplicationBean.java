package kr.go.smartfactory.grant.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.grant.application.ApplicationReview;
import kr.go.smartfactory.grant.application.ApplicationView;
import kr.go.smartfactory.grant.application.Coordination;
import kr.go.smartfactory.grant.domain.EligibilityRule;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Pages;

/**
 * staff/application.xhtml: one application as it counts (its last submitted version), its eligibility checklist
 * with the reasons, the check run again, a failed item overridden with a recorded reason, the coordinator matched
 * to the company and the coordinator's notes. Auditors read; staff act.
 */
@Named
@ViewScoped
public class StaffApplicationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationReview review;

    @Inject
    private Coordination coordination;

    private Long id;
    private ApplicationView view;
    private EligibilityRule overrideRule;
    private String overrideReason;
    private Long coordinatorId;
    private List<ApplicationReview.Coordinator> coordinators;
    private List<Coordination.Note> notes;

    public void load() {
        if (view != null) {
            return;
        }
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            view = review.application(id);
        } catch (DomainException unknown) {
            Pages.notFound();
        }
    }

    public void recheck() {
        Actions.call(() -> review.recheck(id), "application.rechecked").ifPresent(v -> view = v);
    }

    public void override() {
        Actions.call(() -> review.override(id, overrideRule, overrideReason), "application.overridden").ifPresent(v -> {
            view = v;
            overrideRule = null;
            overrideReason = null;
        });
    }

    public void assignCoordinator() {
        if (coordinatorId == null) {
            Actions.show(DomainException.onField("coordinator", "coordinator.notCoordinator"));
            return;
        }
        Actions.call(() -> review.assignCoordinator(id, coordinatorId), "application.coordinator.assigned.done").ifPresent(v -> view = v);
    }

    public List<ApplicationReview.Coordinator> getCoordinators() {
        if (coordinators == null) {
            coordinators = review.coordinators();
        }
        return coordinators;
    }

    public List<Coordination.Note> getNotes() {
        if (notes == null) {
            notes = coordination.notes(view.summary().companyId());
        }
        return notes;
    }

    public List<EligibilityRule> getFailedRules() {
        return view.checklist().stream().filter(c -> !c.passed() && !c.overridden()).map(ApplicationView.Check::rule).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ApplicationView getView() {
        return view;
    }

    public EligibilityRule getOverrideRule() {
        return overrideRule;
    }

    public void setOverrideRule(EligibilityRule overrideRule) {
        this.overrideRule = overrideRule;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public Long getCoordinatorId() {
        return coordinatorId;
    }

    public void setCoordinatorId(Long coordinatorId) {
        this.coordinatorId = coordinatorId;
    }
}
