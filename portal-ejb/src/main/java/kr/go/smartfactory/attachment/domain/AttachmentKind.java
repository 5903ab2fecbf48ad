package kr.go.smartfactory.attachment.domain;

import java.util.EnumSet;
import java.util.Set;

import kr.go.smartfactory.account.domain.Role;

/**
 * What an upload is for, and so which file types it may be, how large, and which staff roles may read it
 * besides the uploader and the members of the owning company. Every upload of the portal is one of these.
 */
public enum AttachmentKind {
    /** 사업자등록증: checked by staff before a supplier is listed. */
    BUSINESS_REGISTRATION_CERTIFICATE(EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG), 10,
            EnumSet.of(Role.STAFF, Role.ADMIN, Role.AUDITOR)),
    /**
     * 사업계획서 and the other documents of an application: the applicant, staff, and (granted by the application
     * context) the coordinator following the company and the supplier the application names.
     */
    APPLICATION_DOCUMENT(EnumSet.allOf(FileType.class), 20, EnumSet.of(Role.STAFF, Role.AUDITOR, Role.ADMIN)),
    /**
     * Attachments of an AS request and its messages: the requesting company, staff and — granted by the after-service
     * context — whoever handles the request (its supplier or its group's experts) and the company's coordinator.
     */
    AFTER_SERVICE(EnumSet.allOf(FileType.class), 20, EnumSet.of(Role.STAFF, Role.ADMIN, Role.AUDITOR)),
    /** Evidence of a fraud report: auditors only. */
    FRAUD_EVIDENCE(EnumSet.allOf(FileType.class), 20, EnumSet.of(Role.AUDITOR)),
    /**
     * Evidence of an inspection or of a corrective action (photos, reports, screenshots): staff, the project's SME (the
     * owning company) and — granted by the project context — its supplier.
     */
    INSPECTION_EVIDENCE(EnumSet.allOf(FileType.class), 20, EnumSet.of(Role.STAFF, Role.AUDITOR, Role.ADMIN)),
    /** Photos of an interim or final inspection. */
    INSPECTION_PHOTO(EnumSet.of(FileType.JPEG, FileType.PNG), 20, EnumSet.of(Role.STAFF, Role.AUDITOR, Role.ADMIN)),
    /**
     * 공고문 and forms published with an announcement: anyone may read them once the announcement is public (the
     * programme context decides that; {@link #isPublished()}).
     */
    ANNOUNCEMENT_DOCUMENT(EnumSet.allOf(FileType.class), 20, EnumSet.of(Role.STAFF, Role.ADMIN)),
    /** The report of an official level assessment: the assessed company and staff. */
    LEVEL_REPORT(EnumSet.allOf(FileType.class), 20, EnumSet.of(Role.STAFF, Role.ADMIN, Role.AUDITOR));

    public static final long MB = 1024L * 1024L;

    private final Set<FileType> types;
    private final int maxMegabytes;
    private final Set<Role> readers;

    AttachmentKind(Set<FileType> types, int maxMegabytes, Set<Role> readers) {
        this.types = Set.copyOf(types);
        this.maxMegabytes = maxMegabytes;
        this.readers = Set.copyOf(readers);
    }

    public Set<FileType> types() {
        return types;
    }

    public long maxBytes() {
        return maxMegabytes * MB;
    }

    public int maxMegabytes() {
        return maxMegabytes;
    }

    /** Staff roles that may read every attachment of this kind. */
    public Set<Role> readers() {
        return readers;
    }

    /** Files of this kind are published to everyone by the context that holds them (no sign-in to read). */
    public boolean isPublished() {
        return this == ANNOUNCEMENT_DOCUMENT;
    }

    /** The message key for a file above the limit (one per limit, so the message can say it). */
    public String tooLargeKey() {
        return "attachment.tooLarge." + maxMegabytes;
    }
}
