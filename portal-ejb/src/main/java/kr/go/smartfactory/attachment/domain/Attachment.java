package kr.go.smartfactory.attachment.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.account.domain.Role;

/**
 * A file someone uploaded: what it is for ({@link AttachmentKind}), its type as its content proved it, its size
 * and SHA-256, who uploaded it for which company, and where the store keeps it (outside the database, under the
 * server's data directory). Life cycle: stored once checked, read through {@link #readableBy}, removed with what
 * it belongs to. The name is kept only to offer it back on download.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AttachmentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 10)
    private FileType fileType;

    @Column(name = "original_name", nullable = false, length = MAX_NAME)
    private String originalName;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 100, unique = true)
    private String storageKey;

    @Column(name = "metadata_stripped", nullable = false)
    private boolean metadataStripped;

    /** The company the file belongs to (its members may read it); null for a file of no company (staff's own). */
    @Column(name = "owner_company_id")
    private Long ownerCompanyId;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected Attachment() {
        // JPA
    }

    public Attachment(AttachmentKind kind, Inspection inspection, String originalName, StoredFile file, Long ownerCompanyId,
            long uploadedBy, Instant now) {
        this.kind = Objects.requireNonNull(kind);
        this.fileType = inspection.type();
        this.originalName = cleanName(originalName, inspection.type());
        this.size = file.size();
        this.sha256 = file.sha256();
        this.storageKey = file.key();
        this.metadataStripped = inspection.metadataStripped();
        this.ownerCompanyId = ownerCompanyId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    /**
     * The name offered on download: no directories, no control characters, at most {@value #MAX_NAME} characters
     * with the type's extension kept.
     */
    public static String cleanName(String name, FileType type) {
        String n = name == null ? "" : name;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.codePoints().filter(cp -> !Character.isISOControl(cp) && cp != '"')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (n.isEmpty() || n.startsWith(".")) {
            n = "file" + n;
        }
        if (!type.matchesName(n)) {
            n = n + "." + type.extensions().get(0);
        }
        if (n.length() > MAX_NAME) {
            String extension = n.substring(n.lastIndexOf('.'));
            n = n.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return n;
    }

    /**
     * Who may read it: the uploader, the members of the owning company, and the staff roles of its kind. Contexts
     * that grant more (the supplier handling an AS request, …) say so through {@code AttachmentAccess}.
     */
    public boolean readableBy(long accountId, Long companyId, Set<Role> roles) {
        return accountId == uploadedBy
                || (ownerCompanyId != null && ownerCompanyId.equals(companyId))
                || roles.stream().anyMatch(kind.readers()::contains);
    }

    public Long getId() {
        return id;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public FileType getFileType() {
        return fileType;
    }

    public String getOriginalName() {
        return originalName;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public boolean isMetadataStripped() {
        return metadataStripped;
    }

    public Long getOwnerCompanyId() {
        return ownerCompanyId;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
