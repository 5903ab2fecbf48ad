package kr.go.smartfactory.program.domain;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file published with an announcement (공고문, 신청서 양식, …): the attachment and the title shown for it. */
@Embeddable
public class AnnouncementDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "attachment_id", nullable = false)
    private long attachmentId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    protected AnnouncementDocument() {
        // JPA
    }

    public AnnouncementDocument(long attachmentId, String title) {
        this.attachmentId = attachmentId;
        this.title = title;
    }

    public long getAttachmentId() {
        return attachmentId;
    }

    public String getTitle() {
        return title;
    }
}
