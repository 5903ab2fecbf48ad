package kr.go.smartfactory.grant.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.go.smartfactory.shared.domain.Texts;

/** A coordinator's consultation note (상담일지) on an SME: written once, never changed, seen by staff too. */
@Entity
@Table(name = "consultation_note")
public class ConsultationNote {

    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "author", nullable = false, length = 254)
    private String author;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    protected ConsultationNote() {
        // JPA
    }

    public ConsultationNote(long companyId, String author, String authorName, String text, Instant now) {
        this.companyId = companyId;
        this.author = author;
        this.authorName = authorName;
        this.text = Texts.required(text, MAX_TEXT, "note", "coordinator.note.required");
        this.writtenAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }
}
