package kr.go.smartfactory.membership.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.membership.application.ClaimView;
import kr.go.smartfactory.membership.application.CompanyClaims;
import kr.go.smartfactory.membership.domain.ClaimDecision;
import kr.go.smartfactory.membership.domain.ClaimStatus;
import kr.go.smartfactory.web.support.Actions;

/** staff/claims.xhtml: disputes over registered business numbers, both sides side by side, and the decision. */
@Named
@ViewScoped
public class ClaimsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompanyClaims claims;

    private ClaimStatus status = ClaimStatus.OPEN;
    private transient List<ClaimView> rows;
    private Long selectedId;
    private ClaimDecision decision;
    private String note;

    public List<ClaimView> getRows() {
        if (rows == null) {
            rows = claims.claims(status, 0, CompanyClaims.MAX_PAGE);
        }
        return rows;
    }

    public void search() {
        rows = null;
    }

    public void select(ClaimView claim) {
        selectedId = claim.id();
        decision = null;
        note = null;
    }

    public void decide() {
        if (selectedId != null && Actions.run(() -> claims.decide(selectedId, decision, note), "claim.decided.done")) {
            selectedId = null;
            rows = null;
        }
    }

    public ClaimDecision[] getDecisions() {
        return ClaimDecision.values();
    }

    public ClaimStatus[] getStatuses() {
        return ClaimStatus.values();
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public void setStatus(ClaimStatus status) {
        this.status = status;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public ClaimDecision getDecision() {
        return decision;
    }

    public void setDecision(ClaimDecision decision) {
        this.decision = decision;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
