package kr.go.smartfactory.program.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.attachment.application.Attachments;
import kr.go.smartfactory.program.domain.Announcement;
import kr.go.smartfactory.program.domain.AnnouncementFilter;
import kr.go.smartfactory.program.domain.AnnouncementRepository;

/**
 * Announcements as everyone sees them, signed in or not: published ones only (a draft does not exist for the
 * public — asked for by id it is "not found"), their documents, and the calendar of deadlines.
 */
@Stateless
@PermitAll
public class AnnouncementCatalog {

    public static final int MAX_SIZE = 50;
    /** Deep paging is refused like the directory's: page × size stays within 10,000 rows. */
    public static final int MAX_ROWS = 10_000;
    /** The calendar shows deadlines from 90 days ago on (so a subscriber sees what just closed). */
    static final Duration CALENDAR_PAST = Duration.ofDays(90);

    @Inject
    private AnnouncementRepository announcements;

    @Inject
    private Attachments attachments;

    @Inject
    private Clock clock;

    public AnnouncementPage page(AnnouncementFilter filter, int page, int size) {
        int rows = Math.min(Math.max(1, size), MAX_SIZE);
        int p = Math.max(0, Math.min(page, MAX_ROWS / rows - 1));
        List<AnnouncementSummary> items = announcements.announcements(filter, true, clock.instant(), p * rows, rows).stream()
                .map(a -> AnnouncementSummary.of(a, clock)).toList();
        return new AnnouncementPage(announcements.count(filter, true, clock.instant()), p, rows, items);
    }

    /** A published announcement; empty for a draft or an unknown id. */
    public Optional<AnnouncementView> announcement(long id) {
        return announcements.announcement(id).filter(Announcement::isPublic).map(a -> AnnouncementView.of(a, clock,
                attachments.publishedViews(a.getDocuments().stream().map(d -> d.getAttachmentId()).toList())));
    }

    /** A document of a published announcement; empty when either is not public or the file is not its. */
    public Optional<Attachments.Download> document(long id, long attachmentId) {
        return announcements.announcement(id).filter(Announcement::isPublic).filter(a -> a.hasDocument(attachmentId))
                .map(a -> attachments.openPublished(attachmentId));
    }

    /** Published deadlines from 90 days ago on, soonest first (the iCal feed). */
    public List<AnnouncementSummary> deadlines() {
        return announcements.deadlinesAfter(clock.instant().minus(CALENDAR_PAST), 500).stream()
                .map(a -> AnnouncementSummary.of(a, clock)).toList();
    }
}
