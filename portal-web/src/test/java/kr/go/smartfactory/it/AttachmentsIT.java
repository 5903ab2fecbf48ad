package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.attachment.application.AttachmentView;
import kr.go.smartfactory.attachment.application.Attachments;
import kr.go.smartfactory.attachment.domain.Attachment;
import kr.go.smartfactory.attachment.domain.AttachmentKind;
import kr.go.smartfactory.attachment.domain.FileType;
import kr.go.smartfactory.document.pdf.PdfDocument;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * The attachment store against the real server: files kept under the data directory with their SHA-256, image
 * metadata gone, nothing kept for a refused file or a rolled-back transaction, and the download over HTTP only for
 * those allowed, always as an attachment with nosniff.
 */
@ExtendWith(ArquillianExtension.class)
class AttachmentsIT {

    private static final String PASSWORD = "Demo!2026portal";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsDemoSupplier.class, AsAdmin.class, AsDemoSme.class);
    }

    @Inject
    private Attachments attachments;

    @Inject
    private AsDemoSupplier asSupplier;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private AsDemoSme asSme;

    @PersistenceContext
    private EntityManager em;

    private final HttpClient http = HttpClient.newHttpClient();

    private Path stored(long id) {
        String key = em.find(Attachment.class, id).getStorageKey();
        return Path.of(System.getProperty("jboss.server.data.dir"), "attachments", key);
    }

    private long companyOfDemoSupplier() {
        return em.createQuery("select a.company.id from UserAccount a where a.email = 'supplier@demo.smartfactory.kr'", Long.class)
                .getSingleResult();
    }

    private HttpResponse<byte[]> download(long id, String account) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/api/v1/attachments/" + id)).GET();
        if (account != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (account + "@demo.smartfactory.kr:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aCheckedFileIsKeptOutsideTheDatabaseAndHandedOnlyToThoseAllowed() throws Exception {
        byte[] pdf = PdfDocument.titled("사업계획서").paragraph("MES 구축 계획").build().render();
        long company = companyOfDemoSupplier();
        AttachmentView view = asSupplier.call(() -> attachments.store(AttachmentKind.BUSINESS_REGISTRATION_CERTIFICATE, company,
                "C:\\스캔\\사업자등록증.pdf", new ByteArrayInputStream(pdf)));
        assertEquals(FileType.PDF, view.type());
        assertEquals("사업자등록증.pdf", view.name());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertEquals(sha, view.sha256());
        assertArrayEquals(pdf, Files.readAllBytes(stored(view.id())), "the file itself, under the data directory");

        HttpResponse<byte[]> own = download(view.id(), "supplier");
        assertEquals(200, own.statusCode());
        assertArrayEquals(pdf, own.body());
        assertEquals("application/pdf", own.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", own.headers().firstValue("X-Content-Type-Options").orElse(""));
        String disposition = own.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''%EC%82%AC"), disposition);
        assertEquals(200, download(view.id(), "staff").statusCode(), "staff check certificates");
        assertEquals(200, download(view.id(), "auditor").statusCode());
        assertEquals(403, download(view.id(), "sme").statusCode(), "another company");
        assertEquals(403, download(view.id(), "evaluator").statusCode(), "a staff role this kind is not for");
        assertEquals(401, download(view.id(), null).statusCode());
        assertEquals(404, download(Long.MAX_VALUE, "staff").statusCode());

        // a table's files in one look-up: the same rule, unreadable and missing ones left out
        assertEquals(Set.of(view.id()), asSupplier.call(() -> attachments.views(List.of(view.id(), Long.MAX_VALUE))).keySet());
        assertTrue(asSme.call(() -> attachments.views(List.of(view.id()))).isEmpty(), "another company");
    }

    @Test
    void photosLoseTheirLocationBeforeAnyoneSeesThem() throws Exception {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] exif = "Exif\0\0GPSLatitude 35.2".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        tagged.write(plain, 0, 2);
        tagged.write(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, (byte) (exif.length + 2)});
        tagged.write(exif);
        tagged.write(plain, 2, plain.length - 2);
        long company = companyOfDemoSupplier();
        AttachmentView view = asSupplier.call(() -> attachments.store(AttachmentKind.INSPECTION_PHOTO, company, "현장.jpg",
                new ByteArrayInputStream(tagged.toByteArray())));
        byte[] kept = Files.readAllBytes(stored(view.id()));
        assertFalse(new String(kept, StandardCharsets.ISO_8859_1).contains("GPSLatitude"));
        assertTrue(em.find(Attachment.class, view.id()).isMetadataStripped());
        assertEquals(plain.length, kept.length);
    }

    @Test
    void refusedFilesAndRolledBackUploadsLeaveNothing() throws Exception {
        long company = companyOfDemoSupplier();
        Path root = Path.of(System.getProperty("jboss.server.data.dir"), "attachments");
        long rows = em.createQuery("select count(a) from Attachment a", Long.class).getSingleResult();
        long files = countFiles(root);

        byte[] polyglot = concat(PdfDocument.titled("x").build().render(), "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
        DomainException refused = assertThrows(DomainException.class, () -> asSupplier.call(() ->
                attachments.store(AttachmentKind.APPLICATION_DOCUMENT, company, "계획서.pdf", new ByteArrayInputStream(polyglot))));
        assertEquals(List.of("attachment.polyglot"), refused.getMessageKeys());

        byte[] pdf = PdfDocument.titled("x").build().render();
        assertThrows(jakarta.ejb.EJBException.class, () -> asAdmin.call(() -> {
            attachments.storeFor(1L, AttachmentKind.APPLICATION_DOCUMENT, company, "계획서.pdf", new ByteArrayInputStream(pdf));
            throw new IllegalStateException("the use case failed after the upload");
        }));
        assertEquals(rows, em.createQuery("select count(a) from Attachment a", Long.class).getSingleResult());
        assertEquals(files, countFiles(root), "no file without its row");
    }

    private static long countFiles(Path root) throws Exception {
        if (!Files.exists(root)) {
            return 0;
        }
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("incoming")).count();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
