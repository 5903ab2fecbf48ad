package kr.go.smartfactory.project.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.project.application.Agreements;
import kr.go.smartfactory.project.application.ProjectView;
import kr.go.smartfactory.project.domain.ChangeKind;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Pages;

/**
 * my/project.xhtml, staff/project.xhtml and staff/supervised.xhtml: one agreement — its terms (as in force on a chosen day), milestones and
 * versions; the SME's and the supplier's confirmation, the SME's change requests, staff's conclusion, decisions and the
 * appointment of a supervisor.
 */
@Named
@ViewScoped
public class ProjectBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Agreements agreements;

    @Inject
    private kr.go.smartfactory.evaluation.application.EvaluationAdministration evaluation;

    private Long id;
    private String on;
    private ProjectView view;
    private ChangeKind kind;
    private String causeOn;
    private String description;
    private String proposedEndsOn;
    private Long changeId;
    private String decision;
    private String reason;
    private Long supervisorId;
    private java.util.List<kr.go.smartfactory.evaluation.application.EvaluationAdministration.EvaluatorChoice> experts;

    public void load() {
        if (view != null) {
            return;
        }
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            view = agreements.project(id, day(on));
        } catch (DomainException unknown) {
            Pages.notFound();
        } catch (AccessDeniedException notYours) {
            Pages.notFound();
        }
    }

    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** Reads the project again (another panel changed it). */
    public void reload() {
        view = agreements.project(id, day(on));
    }

    public void showOn() {
        LocalDate day = day(on);
        if (on != null && !on.isBlank() && day == null) {
            Actions.show(DomainException.onField("on", "project.on.invalid"));
            return;
        }
        view = agreements.project(id, day);
    }

    public void confirm() {
        Actions.call(() -> agreements.confirm(id), "project.confirmed.done").ifPresent(v -> view = v);
    }

    /** Staff appoint the supervisor (감리) chosen from the evaluator pool; a tie is shown next to the choice. */
    public void appointSupervisor() {
        if (supervisorId == null) {
            Actions.show(DomainException.onField("expert", "project.supervisor.notExpert"));
            return;
        }
        Actions.call(() -> agreements.appointSupervisor(id, supervisorId), "project.supervisor.appointed.done").ifPresent(v -> view = v);
    }

    /** The experts of the pool to choose a supervisor from (staff only; read when the form is shown). */
    public java.util.List<kr.go.smartfactory.evaluation.application.EvaluationAdministration.EvaluatorChoice> getExperts() {
        if (experts == null) {
            experts = evaluation.evaluators();
        }
        return experts;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(Long supervisorId) {
        this.supervisorId = supervisorId;
    }

    public void conclude() {
        Actions.call(() -> agreements.conclude(id), "project.concluded.done").ifPresent(v -> view = v);
    }

    public void requestChange() {
        LocalDate cause = day(causeOn);
        LocalDate end = day(proposedEndsOn);
        DomainException.Collector formats = new DomainException.Collector();
        if (causeOn != null && !causeOn.isBlank() && cause == null) {
            formats.add("causeOn", "project.on.invalid");
        }
        if (proposedEndsOn != null && !proposedEndsOn.isBlank() && end == null) {
            formats.add("proposedEndsOn", "project.on.invalid");
        }
        if (!formats.isEmpty()) {
            try {
                formats.throwIfAny();
            } catch (DomainException refused) {
                Actions.show(refused);
                return;
            }
        }
        Actions.call(() -> agreements.requestChange(id, kind, cause, description, end), null).ifPresent(v -> {
            view = v;
            var last = v.changes().get(0);
            kr.go.smartfactory.web.support.Messages.info(last.refusal() == null ? "project.change.requested.done"
                    : "project.change.autoRefused." + last.refusal());
            kind = null;
            causeOn = null;
            description = null;
            proposedEndsOn = null;
        });
    }

    public void decideChange() {
        if (changeId == null) {
            Actions.show(DomainException.onField("change", "project.change.notFound"));
            return;
        }
        if (decision == null || decision.isBlank()) {
            Actions.show(DomainException.onField("decision", "project.change.decision"));
            return;
        }
        boolean approve = Boolean.parseBoolean(decision);
        Actions.call(() -> agreements.decideChange(changeId, approve, reason), approve ? "project.change.approved.done"
                : "project.change.refused.done").ifPresent(v -> {
                    view = v;
                    changeId = null;
                    decision = null;
                    reason = null;
                });
    }

    public ChangeKind[] getKinds() {
        return ChangeKind.values();
    }

    public java.util.List<ProjectView.Change> getWaitingChanges() {
        return view == null ? java.util.List.of() : view.changes().stream().filter(ProjectView.Change::waiting).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on;
    }

    public ProjectView getView() {
        return view;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public void setKind(ChangeKind kind) {
        this.kind = kind;
    }

    public String getCauseOn() {
        return causeOn;
    }

    public void setCauseOn(String causeOn) {
        this.causeOn = causeOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getProposedEndsOn() {
        return proposedEndsOn;
    }

    public void setProposedEndsOn(String proposedEndsOn) {
        this.proposedEndsOn = proposedEndsOn;
    }

    public Long getChangeId() {
        return changeId;
    }

    public void setChangeId(Long changeId) {
        this.changeId = changeId;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
