package kr.go.smartfactory.attachment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import kr.go.smartfactory.shared.domain.DomainException;

/**
 * Decides what an uploaded file is by its content, never its name, and refuses what is not safe to keep and hand
 * back to other people:
 * <ul>
 * <li>the type from the bytes: PDF, HWP (OLE2 with an HWP FileHeader), HWPX/XLSX/DOCX (ZIP containers checked
 * entry by entry), JPEG, PNG — anything else, or a type the upload's kind does not take, is refused;</li>
 * <li>the name must agree with the content ({@code 보고서.pdf} that is a PNG is refused);</li>
 * <li>polyglots — a PDF or image that is also a ZIP or carries HTML/script, data hidden after an archive's
 * end — are refused (other data after an image's end, such as a phone's motion photo, is cut off on storing);</li>
 * <li>ZIP containers whose entries would expand past {@value #MAX_EXPANDED_MB} MB or more than {@value #MAX_RATIO}
 * times their size (zip bombs), that hold too many entries, or that carry macros, are refused;</li>
 * <li>PDFs that do not parse, need a password, or carry JavaScript or launch actions are refused;</li>
 * <li>images larger than {@value #MAX_PIXELS} pixels are refused before anything decodes them.</li>
 * </ul>
 * Each refusal is a {@link DomainException} with a message key the upload form shows next to the file field.
 */
public final class ContentInspector {

    static final int MAX_EXPANDED_MB = 250;
    static final int MAX_RATIO = 100;
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 12_000;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] ZIP_END = {'P', 'K', 5, 6};
    private static final String[] MARKUP = {"<html", "<script", "<body", "<!doctype html", "<iframe", "<svg", "<?php", "javascript:"};

    private ContentInspector() {
    }

    /** What {@code file} is for an upload of {@code kind} named {@code name}; {@link DomainException} if refused. */
    public static FileType inspect(Path file, String name, AttachmentKind kind) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw onFile("attachment.empty");
            }
            if (size > kind.maxBytes()) {
                throw onFile(kind.tooLargeKey());
            }
            byte[] head = head(file, 8);
            FileType type;
            if (startsWith(head, PDF)) {
                type = FileType.PDF;
            } else if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
                type = FileType.JPEG;
            } else if (startsWith(head, PNG)) {
                type = FileType.PNG;
            } else if (startsWith(head, OLE2)) {
                type = FileType.HWP;
            } else if (startsWith(head, ZIP)) {
                type = null;
            } else {
                throw onFile("attachment.unknownType");
            }
            // what the container says it is, checked in depth
            if (type == null) {
                type = zip(file, size);
            } else if (type == FileType.HWP) {
                hwp(file);
            }
            if (!kind.types().contains(type)) {
                throw onFile("attachment.typeNotAllowed");
            }
            if (!type.matchesName(name)) {
                throw onFile("attachment.nameMismatch");
            }
            switch (type) {
                case PDF -> {
                    noForeignContent(file, true);
                    pdf(file);
                }
                case JPEG -> {
                    noForeignContent(file, false);
                    jpeg(file);
                }
                case PNG -> {
                    noForeignContent(file, false);
                    png(file, size);
                }
                default -> {
                    // containers were checked entry by entry above
                }
            }
            return type;
        } catch (IOException e) {
            throw onFile("attachment.unreadable");
        } catch (UncheckedIOException e) {
            throw onFile("attachment.unreadable");
        }
    }

    private static DomainException onFile(String key) {
        return DomainException.onField("file", key);
    }

    // ---- polyglots ---------------------------------------------------------------------------------------

    /**
     * No ZIP archive, no second PDF and no HTML or script anywhere in the raw bytes of a PDF or image: such a file
     * is also another kind of file, and a browser or an unzip tool would treat it as that.
     */
    private static void noForeignContent(Path file, boolean isPdf) throws IOException {
        byte[] buffer = new byte[1 << 16];
        byte[] carry = new byte[0];
        long offset = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                byte[] raw = new byte[carry.length + n];
                System.arraycopy(carry, 0, raw, 0, carry.length);
                System.arraycopy(buffer, 0, raw, carry.length, n);
                if (indexOf(raw, ZIP_END, 0) >= 0 || indexOf(raw, ZIP, 0) >= 0) {
                    throw onFile("attachment.polyglot");
                }
                int pdf = indexOf(raw, PDF, 0);
                if (pdf >= 0 && (!isPdf || offset - carry.length + pdf > 0)) {
                    throw onFile("attachment.polyglot");
                }
                byte[] lowered = raw.clone();
                for (int i = 0; i < lowered.length; i++) {
                    if (lowered[i] >= 'A' && lowered[i] <= 'Z') {
                        lowered[i] = (byte) (lowered[i] + 32);
                    }
                }
                for (String marker : MARKUP) {
                    if (indexOf(lowered, marker.getBytes(StandardCharsets.US_ASCII), 0) >= 0) {
                        throw onFile("attachment.polyglot");
                    }
                }
                carry = java.util.Arrays.copyOfRange(raw, Math.max(0, raw.length - 16), raw.length);
                offset += n;
            }
        }
    }

    // ---- PDF ---------------------------------------------------------------------------------------------

    private static void pdf(Path file) throws IOException {
        byte[] tail = tail(file, 1024);
        if (indexOf(tail, "%%EOF".getBytes(StandardCharsets.US_ASCII), 0) < 0) {
            throw onFile("attachment.corrupt");
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            if (document.getNumberOfPages() < 1) {
                throw onFile("attachment.corrupt");
            }
            for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
                COSObject object = document.getDocument().getObjectFromPool(key);
                COSBase base = object == null ? null : object.getObject();
                if (base instanceof COSDictionary dictionary && isActive(dictionary)) {
                    throw onFile("attachment.activeContent");
                }
            }
        } catch (InvalidPasswordException e) {
            throw onFile("attachment.encrypted");
        } catch (IOException e) {
            throw onFile("attachment.corrupt");
        }
    }

    /** JavaScript (an action, a name tree, a form's script) or an action that launches a program. */
    private static boolean isActive(COSDictionary dictionary) {
        if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)) {
            return true;
        }
        COSName action = dictionary.getCOSName(COSName.S);
        return action != null && ("JavaScript".equals(action.getName()) || "Launch".equals(action.getName()));
    }

    // ---- HWP (OLE2) --------------------------------------------------------------------------------------

    private static void hwp(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (!fs.getRoot().hasEntry("FileHeader") || !(fs.getRoot().getEntry("FileHeader") instanceof DocumentEntry header)) {
                throw onFile("attachment.typeNotAllowed");
            }
            byte[] signature = new byte[17];
            try (DocumentInputStream in = new DocumentInputStream(header)) {
                in.readFully(signature);
            }
            if (!"HWP Document File".equals(new String(signature, StandardCharsets.US_ASCII))) {
                throw onFile("attachment.typeNotAllowed");
            }
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw onFile("attachment.corrupt");
        }
    }

    // ---- ZIP containers (HWPX, XLSX, DOCX) -------------------------------------------------------------------

    private static FileType zip(Path file, long size) throws IOException {
        endOfArchiveIsEndOfFile(file, size);
        Set<String> names = new HashSet<>();
        long expanded = 0;
        String mimetype = null;
        String contentTypes = null;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            byte[] buffer = new byte[1 << 16];
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (names.size() >= MAX_ENTRIES) {
                    throw onFile("attachment.zipBomb");
                }
                String entryName = entry.getName();
                if (entryName.startsWith("/") || entryName.contains("..") || entryName.contains("\\")) {
                    throw onFile("attachment.corrupt");
                }
                names.add(entryName);
                // count what the entry really expands to; never trust the sizes the archive declares
                StringBuilder small = entryName.equals("mimetype") || entryName.equals("[Content_Types].xml")
                        ? new StringBuilder() : null;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        expanded += n;
                        if (expanded > MAX_EXPANDED_MB * AttachmentKind.MB || expanded > (long) MAX_RATIO * size) {
                            throw onFile("attachment.zipBomb");
                        }
                        if (small != null && small.length() < 200_000) {
                            small.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                        }
                    }
                }
                if ("mimetype".equals(entryName)) {
                    mimetype = small.toString().strip();
                } else if ("[Content_Types].xml".equals(entryName)) {
                    contentTypes = small.toString();
                }
            }
        } catch (ZipException e) {
            throw onFile("attachment.corrupt");
        }
        if ("application/hwp+zip".equals(mimetype)) {
            return FileType.HWPX;
        }
        if (contentTypes == null) {
            throw onFile("attachment.unknownType");
        }
        String lowered = contentTypes.toLowerCase(Locale.ROOT);
        if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) || lowered.contains("macroenabled")
                || lowered.contains("vbaproject")) {
            throw onFile("attachment.macro");
        }
        if (names.contains("xl/workbook.xml") && lowered.contains("spreadsheetml.sheet.main+xml")) {
            return FileType.XLSX;
        }
        if (names.contains("word/document.xml") && lowered.contains("wordprocessingml.document.main+xml")) {
            return FileType.DOCX;
        }
        throw onFile("attachment.unknownType");
    }

    /** The archive's end record closes the file (its comment included): nothing is hidden behind it. */
    private static void endOfArchiveIsEndOfFile(Path file, long size) throws IOException {
        byte[] tail = tail(file, 22 + 65_535);
        for (int i = tail.length - 22; i >= 0; i--) {
            if (tail[i] == 'P' && tail[i + 1] == 'K' && tail[i + 2] == 5 && tail[i + 3] == 6) {
                int commentLength = (tail[i + 20] & 0xFF) | (tail[i + 21] & 0xFF) << 8;
                if (i + 22 + commentLength != tail.length) {
                    throw onFile("attachment.polyglot");
                }
                return;
            }
        }
        throw onFile("attachment.corrupt");
    }

    // ---- images --------------------------------------------------------------------------------------------

    /** Segments up to the scan, the frame's size, and nothing after the end-of-image marker. */
    private static void jpeg(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long pos = 2;
            boolean frame = false;
            while (true) {
                int marker = readMarker(channel, pos);
                if (marker == 0xDA) { // start of scan: entropy-coded data follows
                    break;
                }
                int length = u16(channel, pos + 2);
                if (length < 2) {
                    throw onFile("attachment.corrupt");
                }
                if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                    int height = u16(channel, pos + 5);
                    int width = u16(channel, pos + 7);
                    checkPixels(width, height);
                    frame = true;
                }
                pos += 2 + length;
            }
            if (!frame) {
                throw onFile("attachment.corrupt");
            }
            // data after the end-of-image marker (a phone's motion photo) is cut off when the file is stored
        }
    }

    /** Every chunk's CRC, the header's size, and nothing after IEND. */
    private static void png(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long pos = 8;
            boolean header = false;
            while (true) {
                if (pos + 12 > size) {
                    throw onFile("attachment.corrupt");
                }
                long length = u32(channel, pos);
                if (length > size) {
                    throw onFile("attachment.corrupt");
                }
                ByteBuffer typeAndData = read(channel, pos + 4, (int) (4 + length));
                String chunk = new String(typeAndData.array(), 0, 4, StandardCharsets.US_ASCII);
                CRC32 crc = new CRC32();
                crc.update(typeAndData.array());
                if (crc.getValue() != u32(channel, pos + 8 + length)) {
                    throw onFile("attachment.corrupt");
                }
                if ("IHDR".equals(chunk)) {
                    ByteBuffer data = ByteBuffer.wrap(typeAndData.array(), 4, 8);
                    checkPixels(data.getInt(), data.getInt());
                    header = true;
                }
                pos += 12 + length;
                if ("IEND".equals(chunk)) {
                    break;
                }
            }
            if (!header) {
                throw onFile("attachment.corrupt");
            }
            // data after IEND is cut off when the file is stored
        }
    }

    private static void checkPixels(long width, long height) {
        if (width <= 0 || height <= 0) {
            throw onFile("attachment.corrupt");
        }
        if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
            throw onFile("attachment.imageTooLarge");
        }
    }

    private static int readMarker(FileChannel channel, long pos) throws IOException {
        ByteBuffer b = read(channel, pos, 2);
        if ((b.get(0) & 0xFF) != 0xFF) {
            throw onFile("attachment.corrupt");
        }
        return b.get(1) & 0xFF;
    }

    private static int u16(FileChannel channel, long pos) throws IOException {
        ByteBuffer b = read(channel, pos, 2);
        return (b.get(0) & 0xFF) << 8 | (b.get(1) & 0xFF);
    }

    private static long u32(FileChannel channel, long pos) throws IOException {
        return read(channel, pos, 4).getInt() & 0xFFFFFFFFL;
    }

    private static ByteBuffer read(FileChannel channel, long pos, int length) throws IOException {
        if (pos < 0 || pos + length > channel.size()) {
            throw onFile("attachment.corrupt");
        }
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
            if (channel.read(b, pos + b.position()) < 0) {
                throw onFile("attachment.corrupt");
            }
        }
        b.flip();
        return b;
    }

    // ---- bytes -----------------------------------------------------------------------------------------------

    static byte[] head(Path file, int n) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }

    static byte[] tail(Path file, int n) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int length = (int) Math.min(n, size);
            return read(channel, size - length, length).array();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
