package kr.go.smartfactory.grant.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.grant.application.ApplicationSummary;
import kr.go.smartfactory.grant.application.SupplierParticipations;
import kr.go.smartfactory.web.support.Actions;

/** my/participations.xhtml: the supplier's participation requests (참여 확약) — confirm, or decline with a reason. */
@Named
@ViewScoped
public class ParticipationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupplierParticipations participations;

    private List<ApplicationSummary> requests;
    private ApplicationSummary selected;
    private String note;

    public List<ApplicationSummary> getRequests() {
        if (requests == null) {
            requests = participations.requests();
        }
        return requests;
    }

    public void select(ApplicationSummary request) {
        selected = request;
        note = null;
    }

    public void confirm() {
        if (selected != null && Actions.run(() -> participations.confirm(selected.id(), note), "participation.confirmed.done")) {
            done();
        }
    }

    public void decline() {
        if (selected != null && Actions.run(() -> participations.decline(selected.id(), note), "participation.declined.done")) {
            done();
        }
    }

    private void done() {
        selected = null;
        note = null;
        requests = null;
    }

    public ApplicationSummary getSelected() {
        return selected;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
