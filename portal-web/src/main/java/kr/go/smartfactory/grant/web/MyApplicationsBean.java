package kr.go.smartfactory.grant.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.grant.application.ApplicationSummary;
import kr.go.smartfactory.grant.application.GrantApplications;
import kr.go.smartfactory.program.application.AnnouncementCatalog;
import kr.go.smartfactory.program.application.AnnouncementSummary;

/** my/applications.xhtml: the SME's applications with their status, and the rounds open now to apply to. */
@Named
@ViewScoped
public class MyApplicationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GrantApplications applications;

    @Inject
    private AnnouncementCatalog catalog;

    private List<ApplicationSummary> mine;
    private transient List<AnnouncementSummary> open;

    public List<ApplicationSummary> getMine() {
        if (mine == null) {
            mine = applications.mine();
        }
        return mine;
    }

    public List<AnnouncementSummary> getOpen() {
        if (open == null) {
            open = catalog.page(new kr.go.smartfactory.program.domain.AnnouncementFilter(
                    kr.go.smartfactory.program.domain.AnnouncementPhase.OPEN, null, null, null), 0, AnnouncementCatalog.MAX_SIZE).items();
        }
        return open;
    }

    public boolean applied(long announcementId) {
        return getMine().stream().anyMatch(a -> a.announcementId() == announcementId);
    }
}
