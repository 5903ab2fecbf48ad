package kr.go.smartfactory.program.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.program.application.AnnouncementCatalog;
import kr.go.smartfactory.program.application.AnnouncementView;
import kr.go.smartfactory.web.support.Pages;

/** announcements/view.xhtml: one published announcement, its rules in words and its documents. */
@Named
@RequestScoped
public class AnnouncementBean {

    @Inject
    private AnnouncementCatalog catalog;

    private Long id;
    private AnnouncementView announcement;

    /** viewAction: a draft, an unknown id or "abc" is a 404. */
    public void load() {
        announcement = id == null ? null : catalog.announcement(id).orElse(null);
        if (announcement == null) {
            Pages.notFound();
        }
    }

    public AnnouncementView getAnnouncement() {
        return announcement;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String id) {
        this.id = Pages.idOrNull(id);
    }
}
