package kr.go.smartfactory.attachment.application;

import java.time.Instant;

import kr.go.smartfactory.attachment.domain.Attachment;
import kr.go.smartfactory.attachment.domain.FileType;

/** An attachment as pages show it (never its storage key). */
public record AttachmentView(long id, String name, FileType type, long size, String sha256, Instant uploadedAt) {

    public static AttachmentView of(Attachment a) {
        return new AttachmentView(a.getId(), a.getOriginalName(), a.getFileType(), a.getSize(), a.getSha256(), a.getUploadedAt());
    }

    /** "2.4 MB", "830 KB". */
    public String sizeText() {
        return size >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", size / 1048576.0)
                : Math.max(1, (size + 1023) / 1024) + " KB";
    }
}
