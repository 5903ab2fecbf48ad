package kr.go.smartfactory.notification.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import kr.go.smartfactory.notification.domain.Notification;
import kr.go.smartfactory.notification.domain.NotificationRepository;
import kr.go.smartfactory.shared.domain.AccessDeniedException;

/** The signed-in person's own inbox (알림함): unread count, entries in their language, marking read. */
@Stateless
@PermitAll
public class Inbox {

    public static final int MAX_PAGE = 100;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    public long unreadCount() {
        return me() == null ? 0 : notifications.unread(me());
    }

    public long count() {
        return notifications.count(requireMe());
    }

    public List<Entry> entries(Locale locale, int first, int max) {
        return notifications.inbox(requireMe(), Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE)).stream()
                .map(n -> new Entry(n.getId(), NotificationTexts.subject(n.getTemplate(), locale, n.getArgs(), n.getLink()),
                        NotificationTexts.body(n.getTemplate(), locale, n.getArgs(), n.getLink()), n.getLink(), n.getCreatedAt(),
                        n.isRead()))
                .toList();
    }

    /** Marks one of the caller's own notifications read; returns its link. */
    public String open(long id) {
        Notification n = notifications.notification(id).filter(x -> x.getRecipientEmail().equals(requireMe()))
                .orElseThrow(() -> new AccessDeniedException("notification " + id + " is not the caller's"));
        n.markRead(clock.instant());
        return n.getLink();
    }

    public int markAllRead() {
        return notifications.markAllRead(requireMe(), clock.instant());
    }

    private String me() {
        var principal = security.getCallerPrincipal();
        return principal == null || "anonymous".equals(principal.getName()) ? null : principal.getName();
    }

    private String requireMe() {
        String me = me();
        if (me == null) {
            throw new AccessDeniedException("not signed in");
        }
        return me;
    }

    public record Entry(long id, String title, String body, String link, Instant createdAt, boolean read) {
    }
}
