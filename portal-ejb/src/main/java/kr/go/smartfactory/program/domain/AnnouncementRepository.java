package kr.go.smartfactory.program.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface AnnouncementRepository {

    Optional<Announcement> announcement(long id);

    /** Matching announcements, newest first for staff; public lists leave drafts out ({@code publicOnly}). */
    List<Announcement> announcements(AnnouncementFilter filter, boolean publicOnly, Instant now, int first, int max);

    long count(AnnouncementFilter filter, boolean publicOnly, Instant now);

    /** The most recent announcement of this type (a new round starts from its rules). */
    Optional<Announcement> latestOfType(ProgramType type);

    /** Published announcements whose deadline lies after {@code since}, soonest first (the deadline calendar). */
    List<Announcement> deadlinesAfter(Instant since, int max);

    void add(Announcement announcement);

    void remove(Announcement announcement);
}
