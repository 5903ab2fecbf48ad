package kr.go.smartfactory.attachment.domain;

import java.util.List;
import java.util.Locale;

/** The kinds of file the portal accepts, as decided by their content ({@link ContentInspector}), never their name. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    /** 한글 (HWP 5.0): an OLE2 compound file whose FileHeader stream says "HWP Document File". */
    HWP("application/x-hwp", "hwp"),
    /** 한글 OWPML: a ZIP whose first entry "mimetype" says application/hwp+zip. */
    HWPX("application/hwp+zip", "hwpx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png");

    private final String contentType;
    private final List<String> extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    public List<String> extensions() {
        return extensions;
    }

    public boolean isImage() {
        return this == JPEG || this == PNG;
    }

    /** Whether a file name's extension (case-insensitive) belongs to this type. */
    public boolean matchesName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
