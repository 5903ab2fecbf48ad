package kr.go.smartfactory.attachment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Removes what an image says about where and how it was taken before anyone else sees it: EXIF (with GPS), XMP,
 * IPTC and comments in JPEG; eXIf, text and time chunks in PNG — and anything after the image's end. The picture
 * itself is copied byte for byte (no re-encoding, no quality loss); colour profiles stay.
 */
public final class ImageMetadata {

    /** JPEG segments kept before the scan: JFIF (APP0), ICC profile (APP2), Adobe colour transform (APP14). */
    private static final Set<Integer> KEPT_APP = Set.of(0xE0, 0xE2, 0xEE);
    private static final Set<String> DROPPED_PNG = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

    private ImageMetadata() {
    }

    /** The image without metadata (EXIF, GPS, text chunks); other types come back unchanged. */
    public static byte[] strip(FileType type, byte[] bytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
        try {
            switch (type) {
                case JPEG -> jpeg(bytes, out);
                case PNG -> png(bytes, out);
                default -> {
                    return bytes.clone();
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Copies {@code in} to {@code out} without metadata; returns whether anything was removed. */
    public static boolean strip(FileType type, Path in, Path out) throws IOException {
        byte[] bytes = Files.readAllBytes(in);
        try (OutputStream os = Files.newOutputStream(out)) {
            return switch (type) {
                case JPEG -> jpeg(bytes, os);
                case PNG -> png(bytes, os);
                default -> {
                    try (InputStream is = Files.newInputStream(in)) {
                        is.transferTo(os);
                    }
                    yield false;
                }
            };
        }
    }

    private static boolean jpeg(byte[] b, OutputStream out) throws IOException {
        boolean removed = false;
        out.write(b, 0, 2);
        int pos = 2;
        while (pos + 4 <= b.length) {
            int marker = b[pos + 1] & 0xFF;
            if (marker == 0xDA) {
                int end = endOfImage(b, pos);
                out.write(b, pos, end - pos);
                return removed || end < b.length;
            }
            int length = (b[pos + 2] & 0xFF) << 8 | (b[pos + 3] & 0xFF);
            boolean metadata = (marker >= 0xE1 && marker <= 0xEF && !KEPT_APP.contains(marker)) || marker == 0xFE;
            if (metadata) {
                removed = true;
            } else {
                out.write(b, pos, 2 + length);
            }
            pos += 2 + length;
        }
        throw new IOException("no scan in the JPEG");
    }

    /** Just after the first end-of-image marker after the scan starts (0xFF in the data is always escaped). */
    private static int endOfImage(byte[] b, int scan) {
        for (int i = scan; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
                return i + 2;
            }
        }
        return b.length;
    }

    private static boolean png(byte[] b, OutputStream out) throws IOException {
        boolean removed = false;
        out.write(b, 0, 8);
        int pos = 8;
        while (pos + 12 <= b.length) {
            int length = (b[pos] & 0xFF) << 24 | (b[pos + 1] & 0xFF) << 16 | (b[pos + 2] & 0xFF) << 8 | (b[pos + 3] & 0xFF);
            String chunk = new String(b, pos + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (DROPPED_PNG.contains(chunk)) {
                removed = true;
            } else {
                out.write(b, pos, 12 + length);
            }
            pos += 12 + length;
            if ("IEND".equals(chunk)) {
                return removed || pos < b.length;
            }
        }
        throw new IOException("no IEND in the PNG");
    }
}
