package kr.go.smartfactory.aftersales.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.aftersales.application.AfterService;
import kr.go.smartfactory.aftersales.application.AsRequestView;
import kr.go.smartfactory.aftersales.domain.AsStatus;

/**
 * desk/as-requests.xhtml: the requests a supplier's members, a support group's experts or a coordinator handle or
 * follow; open ones first by default, overdue ones marked.
 */
@Named
@ViewScoped
public class AsDeskBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AfterService afterService;

    private List<AsRequestView> all;
    private AsStatus status;
    private boolean openOnly = true;

    private List<AsRequestView> all() {
        if (all == null) {
            all = afterService.desk();
        }
        return all;
    }

    public List<AsRequestView> getRows() {
        return all().stream().filter(r -> status == null || r.status() == status)
                .filter(r -> !openOnly || status != null || r.status().isOpen()).toList();
    }

    public long getOverdueCount() {
        return all().stream().filter(AsRequestView::overdue).count();
    }

    public AsStatus[] getStatuses() {
        return AsStatus.values();
    }

    public AsStatus getStatus() {
        return status;
    }

    public void setStatus(AsStatus status) {
        this.status = status;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }
}
