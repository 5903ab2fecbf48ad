package kr.go.smartfactory.grant.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.grant.application.ApplicationSummary;
import kr.go.smartfactory.grant.application.ApplicationView;
import kr.go.smartfactory.grant.application.Coordination;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Pages;

/**
 * staff/coordination.xhtml: the coordinator's companies with their applications; one application (as it counts) with
 * its timeline, and the consultation notes on its company, to which the coordinator adds.
 */
@Named
@ViewScoped
public class CoordinationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Coordination coordination;

    private Long id;
    private List<ApplicationSummary> mine;
    private ApplicationView view;
    private List<Coordination.Note> notes;
    private String note;

    public void load() {
        if (id == null || view != null) {
            return;
        }
        try {
            view = coordination.application(id);
        } catch (AccessDeniedException notFollowed) {
            Pages.forbidden();
        } catch (DomainException unknown) {
            Pages.notFound();
        }
    }

    public void addNote() {
        if (Actions.run(() -> coordination.addNote(view.summary().companyId(), note), "coordination.note.saved")) {
            note = null;
            notes = null;
        }
    }

    public List<ApplicationSummary> getMine() {
        if (mine == null) {
            mine = coordination.myApplications();
        }
        return mine;
    }

    public List<Coordination.Note> getNotes() {
        if (notes == null && view != null) {
            notes = coordination.notes(view.summary().companyId());
        }
        return notes;
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
