package kr.go.smartfactory.attachment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.go.smartfactory.document.pdf.PdfDocument;
import kr.go.smartfactory.shared.domain.DomainException;

/** Real files of each type, made here, and the ways they are disguised. */
class ContentInspectorTest {

    @TempDir
    Path dir;

    private static final AttachmentKind ANY = AttachmentKind.APPLICATION_DOCUMENT;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static void assertRefused(String key, Path file, String name, AttachmentKind kind) {
        DomainException e = assertThrows(DomainException.class, () -> ContentInspector.inspect(file, name, kind));
        assertEquals(List.of(key), e.getMessageKeys());
        assertEquals(Optional.of("file"), e.getField());
    }

    static byte[] pdf() {
        return PdfDocument.titled("사업자등록증").paragraph("상호: 스마트솔루션(주)").build().render();
    }

    static byte[] jpeg(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }

    static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void eachAcceptedTypeIsRecognisedByItsContent() throws Exception {
        assertEquals(FileType.PDF, ContentInspector.inspect(file("a.pdf", pdf()), "사업자등록증.pdf", ANY));
        assertEquals(FileType.JPEG, ContentInspector.inspect(file("b", jpeg(40, 30)), "사진.JPG", ANY));
        assertEquals(FileType.JPEG, ContentInspector.inspect(file("b2", jpeg(40, 30)), "사진.jpeg", ANY));
        assertEquals(FileType.PNG, ContentInspector.inspect(file("c", png(40, 30)), "도면.png", ANY));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("예산").createRow(0).createCell(0).setCellValue("S/W");
            book.write(xlsx);
        }
        assertEquals(FileType.XLSX, ContentInspector.inspect(file("d", xlsx.toByteArray()), "예산.xlsx", ANY));

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("사업계획서");
            doc.write(docx);
        }
        assertEquals(FileType.DOCX, ContentInspector.inspect(file("e", docx.toByteArray()), "사업계획서.docx", ANY));

        byte[] hwpx = zip("mimetype", "application/hwp+zip", "Contents/section0.xml", "<hs:sec/>");
        assertEquals(FileType.HWPX, ContentInspector.inspect(file("f", hwpx), "사업계획서.hwpx", ANY));

        assertEquals(FileType.HWP, ContentInspector.inspect(file("g", hwp("HWP Document File")), "사업계획서.hwp", ANY));
    }

    static byte[] hwp(String signature) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            byte[] header = new byte[256];
            byte[] sig = signature.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(sig, 0, header, 0, sig.length);
            fs.createDocument(new java.io.ByteArrayInputStream(header), "FileHeader");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "DocInfo");
            fs.writeFilesystem(out);
        }
        return out.toByteArray();
    }

    @Test
    void aNameThatLiesIsRefused() throws Exception {
        assertRefused("attachment.nameMismatch", file("a", png(10, 10)), "보고서.pdf", ANY);
        assertRefused("attachment.nameMismatch", file("b", pdf()), "사진.jpg", ANY);
        assertRefused("attachment.nameMismatch", file("c", pdf()), "확장자없음", ANY);
    }

    @Test
    void unknownAndUnwantedTypesAreRefused() throws Exception {
        assertRefused("attachment.unknownType", file("a", "그냥 텍스트입니다".getBytes(StandardCharsets.UTF_8)), "a.pdf", ANY);
        assertRefused("attachment.unknownType", file("b", concat("MZ".getBytes(StandardCharsets.US_ASCII), new byte[200])), "setup.pdf", ANY);
        assertRefused("attachment.unknownType", file("c", zip("readme.txt", "hello")), "a.xlsx", ANY);
        assertRefused("attachment.typeNotAllowed", file("d", hwp("Microsoft Word")), "a.hwp", ANY);
        assertRefused("attachment.typeNotAllowed", file("e", zip("mimetype", "application/hwp+zip", "x", "y")), "a.hwpx",
                AttachmentKind.BUSINESS_REGISTRATION_CERTIFICATE);
        assertRefused("attachment.empty", file("f", new byte[0]), "a.pdf", ANY);
    }

    @Test
    void filesAboveTheKindsLimitAreRefusedBeforeTheyAreRead() throws Exception {
        Path big = dir.resolve("big.pdf");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.write(pdf());
            raf.setLength(10 * AttachmentKind.MB + 1);
        }
        assertRefused("attachment.tooLarge.10", big, "big.pdf", AttachmentKind.BUSINESS_REGISTRATION_CERTIFICATE);
    }

    @Test
    void polyglotsAreRefused() throws Exception {
        byte[] zip = zip("evil.html", "<script>alert(1)</script>");
        assertRefused("attachment.polyglot", file("a", concat(pdf(), zip)), "a.pdf", ANY);
        assertRefused("attachment.polyglot", file("b", concat(pdf(), "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII))), "b.pdf", ANY);
        assertRefused("attachment.polyglot", file("c", concat(jpeg(20, 20), zip)), "c.jpg", ANY);
        assertRefused("attachment.polyglot", file("d", concat(png(20, 20), "<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII))), "d.png", ANY);
        assertRefused("attachment.polyglot", file("e", concat(jpeg(20, 20), pdf())), "e.jpg", ANY);
        byte[] xlsxWithTrailer = concat(zip("[Content_Types].xml", "spreadsheetml.sheet.main+xml", "xl/workbook.xml", "<w/>"),
                "<html>".getBytes(StandardCharsets.US_ASCII));
        assertRefused("attachment.polyglot", file("f", xlsxWithTrailer), "f.xlsx", ANY);
    }

    @Test
    void zipBombsInOfficeContainersAreRefused() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 200_000);
        assertRefused("attachment.zipBomb", bomb, "bomb.xlsx", ANY);
    }

    @Test
    void macrosInOfficeFilesAreRefused() throws Exception {
        byte[] xlsm = zip("[Content_Types].xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                "xl/workbook.xml", "<w/>", "xl/vbaProject.bin", "VBA");
        assertRefused("attachment.macro", file("a", xlsm), "예산.xlsx", ANY);
    }

    @Test
    void pdfsWithJavaScriptOrBrokenStructureAreRefused() throws Exception {
        ByteArrayOutputStream scripted = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x')"));
            doc.save(scripted);
        }
        assertRefused("attachment.activeContent", file("a", scripted.toByteArray()), "a.pdf", ANY);
        byte[] truncated = java.util.Arrays.copyOf(pdf(), 300);
        assertRefused("attachment.corrupt", file("b", truncated), "b.pdf", ANY);
    }

    @Test
    void hugeImagesAreRefusedBeforeDecoding() throws Exception {
        byte[] image = png(10, 10);
        // IHDR says 20,000 x 20,000: patch the size and its CRC
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(image);
        b.putInt(16, 20_000).putInt(20, 20_000);
        CRC32 crc = new CRC32();
        crc.update(image, 12, 17);
        b.putInt(29, (int) crc.getValue());
        assertRefused("attachment.imageTooLarge", file("a", image), "a.png", ANY);
    }

    @Test
    void imageMetadataIsStrippedWithoutTouchingThePicture() throws Exception {
        byte[] plain = jpeg(32, 16);
        // an EXIF segment with a GPS tag name right after SOI, and a comment
        byte[] exif = concat(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, 19}, "Exif\0\0GPSLatitude".getBytes(StandardCharsets.US_ASCII));
        byte[] comment = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 9}, "secret!".getBytes(StandardCharsets.US_ASCII));
        byte[] tagged = concat(concat(concat(java.util.Arrays.copyOf(plain, 2), exif), comment),
                java.util.Arrays.copyOfRange(plain, 2, plain.length));
        Path in = file("in.jpg", concat(tagged, "motion photo video".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(FileType.JPEG, ContentInspector.inspect(in, "in.jpg", ANY));
        Path out = dir.resolve("out.jpg");
        assertTrue(ImageMetadata.strip(FileType.JPEG, in, out));
        byte[] cleaned = Files.readAllBytes(out);
        assertEquals(-1, ContentInspector.indexOf(cleaned, "GPSLatitude".getBytes(StandardCharsets.US_ASCII), 0));
        assertEquals(-1, ContentInspector.indexOf(cleaned, "secret!".getBytes(StandardCharsets.US_ASCII), 0));
        assertEquals(-1, ContentInspector.indexOf(cleaned, "motion".getBytes(StandardCharsets.US_ASCII), 0));
        assertEquals(32, ImageIO.read(out.toFile()).getWidth());
        assertEquals(plain.length, cleaned.length, "the picture's bytes are those of the untagged image");

        Path plainFile = file("plain.png", png(8, 8));
        Path copy = dir.resolve("copy.png");
        assertFalse(ImageMetadata.strip(FileType.PNG, plainFile, copy));
        assertEquals(Files.size(plainFile), Files.size(copy));
    }

    @Test
    void downloadNamesAreCleaned() {
        assertEquals("사업자등록증.pdf", Attachment.cleanName("C:\\Users\\김\\사업자등록증.pdf", FileType.PDF));
        assertEquals("a b.pdf", Attachment.cleanName("../../a\u0000 b.pdf", FileType.PDF));
        assertEquals("file.pdf", Attachment.cleanName("", FileType.PDF));
        assertEquals("scan.jpg", Attachment.cleanName("scan", FileType.JPEG));
        assertEquals(Attachment.MAX_NAME, Attachment.cleanName("가".repeat(300) + ".hwp", FileType.HWP).length());
    }
}
