package kr.go.smartfactory.aftersales.web;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.aftersales.application.AsRequestView;
import kr.go.smartfactory.aftersales.application.CaseView;
import kr.go.smartfactory.aftersales.application.KnowledgeBase;
import kr.go.smartfactory.aftersales.domain.AsStatus;
import kr.go.smartfactory.web.support.Actions;

/**
 * The knowledge-base panel of desk/as-request.xhtml for staff: a resolved request's case drafted without names and
 * numbers, checked and published, revised or withdrawn.
 */
@Named
@ViewScoped
public class CasePublishingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private KnowledgeBase knowledgeBase;

    private Long requestId;
    private CaseView published;
    private String title;
    private String problem;
    private String solution;

    /** Whether this request can be (or is) a case and the caller publishes: staff or ADMIN on a resolved request. */
    public boolean isShown(AsRequestView request) {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean publisher = faces.getExternalContext().isUserInRole(Role.Names.STAFF) || faces.getExternalContext().isUserInRole(Role.Names.ADMIN);
        if (!publisher || request == null || request.status() != AsStatus.COMPLETED && request.status() != AsStatus.CLOSED) {
            return false;
        }
        if (requestId == null || !requestId.equals(request.id())) {
            requestId = request.id();
            published = knowledgeBase.caseOfRequest(requestId).orElse(null);
            KnowledgeBase.Draft draft = knowledgeBase.draft(requestId);
            title = draft.title();
            problem = draft.problem();
            solution = draft.solution();
        }
        return true;
    }

    public void publish() {
        Actions.call(() -> knowledgeBase.publish(requestId, title, problem, solution), "askb.published.done")
                .ifPresent(c -> published = c);
    }

    public void withdraw() {
        Actions.call(() -> knowledgeBase.withdraw(requestId), "askb.withdrawn.done").ifPresent(c -> published = c);
    }

    public CaseView getPublished() {
        return published;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }
}
