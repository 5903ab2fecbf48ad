package kr.go.smartfactory.program.domain;

/** What a visitor sees of an announcement at a moment: a draft (staff only), upcoming, open, or closed. */
public enum AnnouncementPhase {
    DRAFT, UPCOMING, OPEN, CLOSED
}
