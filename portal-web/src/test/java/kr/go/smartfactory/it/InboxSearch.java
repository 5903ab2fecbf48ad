package kr.go.smartfactory.it;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import kr.go.smartfactory.notification.application.Inbox;

/**
 * Looks through the caller's whole inbox, page by page. A test cannot look at the top entries only: the PostgreSQL
 * test database keeps earlier runs' notifications, and tests that fix the clock ahead leave some dated later.
 */
public final class InboxSearch {

    private InboxSearch() {
    }

    /** Call as the inbox's owner (inside a run-as helper). */
    public static boolean anyMatch(Inbox inbox, Predicate<Inbox.Entry> wanted) {
        return find(inbox, Locale.KOREAN, wanted).isPresent();
    }

    /** The newest entry, read in the given language, that is wanted; call as the inbox's owner. */
    public static Optional<Inbox.Entry> find(Inbox inbox, Locale locale, Predicate<Inbox.Entry> wanted) {
        long total = inbox.count();
        for (int first = 0; first < total; first += Inbox.MAX_PAGE) {
            Optional<Inbox.Entry> found = inbox.entries(locale, first, Inbox.MAX_PAGE).stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
