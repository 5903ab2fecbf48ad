package kr.go.smartfactory.program.domain;

/** What staff did with an announcement: still a draft, published, or closed (at its deadline or early). */
public enum AnnouncementStatus {
    DRAFT, PUBLISHED, CLOSED
}
