package kr.go.smartfactory.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.notification.application.Inbox;

/** The unread count in the header of every signed-in page (one count query per page). */
@Named("unread")
@RequestScoped
public class UnreadBean {

    @Inject
    private Inbox inbox;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = inbox.unreadCount();
        }
        return count;
    }
}
