package kr.go.smartfactory.supplier.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.supplier.application.RegistryChanges;
import kr.go.smartfactory.supplier.application.RegistryChanges.RegistryChangeView;
import kr.go.smartfactory.web.support.Actions;

/** staff/registry-changes.xhtml: suppliers' pending requests to change their company name. */
@Named
@RequestScoped
public class RegistryChangesBean {

    @Inject
    private RegistryChanges registry;

    private List<RegistryChangeView> pending;
    private String note;

    public List<RegistryChangeView> getPending() {
        if (pending == null) {
            pending = registry.pending();
        }
        return pending;
    }

    public void approve(long id) {
        decide(() -> registry.approve(id), "registry.approved");
    }

    public void reject(long id) {
        decide(() -> registry.reject(id, note), "registry.rejected");
    }

    private void decide(Runnable decision, String doneKey) {
        if (Actions.run(decision, doneKey)) {
            pending = null;
            note = null;
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
