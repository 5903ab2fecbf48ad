package kr.go.smartfactory.notification.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import kr.go.smartfactory.notification.application.Inbox;
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
        entries = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) inbox.count();
            }

            @Override
            public List<Inbox.Entry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return inbox.entries(FacesContext.getCurrentInstance().getViewRoot().getLocale(), first, pageSize);
            }

            @Override
            public String getRowKey(Inbox.Entry entry) {
                return String.valueOf(entry.id());
            }
        };
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
