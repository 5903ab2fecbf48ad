package kr.go.smartfactory.notification.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import kr.go.smartfactory.notification.application.Inbox;
import kr.go.smartfactory.web.support.LazyRows;
import kr.go.smartfactory.web.support.Pages;

/** my/inbox.xhtml: the signed-in person's notifications, newest first; opening one marks it read. */
@Named
@ViewScoped
public class InboxBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Inbox inbox;

    private LazyDataModel<Inbox.Entry> entries;

    @PostConstruct
    void init() {
        entries = new LazyRows<>(() -> inbox.count(),
                (first, max) -> inbox.entries(FacesContext.getCurrentInstance().getViewRoot().getLocale(), first, max),
                Inbox.Entry::id);
    }

    /** Marks the notification read and goes to what it is about. */
    public void open(long id) {
        String link = inbox.open(id);
        if (link != null && Pages.isLocalPath(link)) {
            Pages.redirect(link);
        }
    }

    public void markAllRead() {
        inbox.markAllRead();
    }

    public LazyDataModel<Inbox.Entry> getEntries() {
        return entries;
    }
}
