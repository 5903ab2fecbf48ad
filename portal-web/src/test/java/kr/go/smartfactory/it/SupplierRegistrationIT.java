package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.document.pdf.PdfDocument;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.supplier.application.ProfileForm;
import kr.go.smartfactory.supplier.application.RegistrationFilter;
import kr.go.smartfactory.supplier.application.RegistrationView;
import kr.go.smartfactory.supplier.application.SupplierDirectory;
import kr.go.smartfactory.supplier.application.SupplierQuery;
import kr.go.smartfactory.supplier.application.SupplierRegistrations;
import kr.go.smartfactory.supplier.application.SupplierSearch;
import kr.go.smartfactory.supplier.application.SupplierSelfService;
import kr.go.smartfactory.supplier.domain.RegistrationStatus;

/**
 * A supplier is listed only after staff have checked its business registration certificate: not before, in
 * search, profile or suggestions; the certificate goes through the attachment store; staff see the deadline in
 * business days and are told by inbox; the supplier is told the decision by mail.
 */
@ExtendWith(ArquillianExtension.class)
class SupplierRegistrationIT extends MailingTest {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsDemoStaff.class, AsAdmin.class);
    }

    @Inject
    private SupplierFixture fixture;

    @Inject
    private AsTestSupplier asSupplier;

    @Inject
    private AsDemoStaff asStaff;

    @Inject
    private SupplierRegistrations registrations;

    @Inject
    private SupplierSelfService self;

    @Inject
    private SupplierSearch search;

    @Inject
    private SupplierDirectory directory;

    @PersistenceContext
    private EntityManager em;

    private long supplierId;
    private String marker;

    @BeforeEach
    void freshSupplier() {
        supplierId = fixture.freshSupplier();
        marker = "reg" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "reg";
        ProfileForm form = asSupplier.call(() -> self.editForm());
        form.setIntroduction("스마트공장 MES 구축 " + marker);
        asSupplier.call(() -> {
            self.updateProfile(form);
            return null;
        });
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    static byte[] certificatePdf() {
        return PdfDocument.titled("사업자등록증").paragraph("상호: 등록심사테스트(주)").build().render();
    }

    private RegistrationView submit(String name, byte[] file) {
        return asSupplier.call(() -> registrations.submit(name, new ByteArrayInputStream(file)));
    }

    private long found(String word) {
        return search.search(SupplierQuery.text(word)).total();
    }

    private long staffNotifications(String template) {
        return em.createQuery("select count(n) from Notification n where n.recipientEmail = 'staff@demo.smartfactory.kr' and n.template = :t", Long.class)
                .setParameter("t", template).getSingleResult();
    }

    @Test
    void aSupplierIsListedOnlyAfterStaffApproveItsCertificate() throws Exception {
        assertEquals(0, found(marker), "signed up, not yet checked: not searchable");
        assertTrue(directory.profile(supplierId).isEmpty(), "no public profile either");
        assertEquals(RegistrationStatus.DRAFT, asSupplier.call(() -> registrations.mine()).status());

        // Thursday 12 February 2026, 10:00 in Korea: three business days later is Friday the 20th (설날 16-18 Feb)
        TestClock.fixAt(Instant.parse("2026-02-12T01:00:00Z"));
        long before = staffNotifications("registration.submitted");
        RegistrationView submitted = submit("사업자등록증.pdf", certificatePdf());
        assertEquals(RegistrationStatus.SUBMITTED, submitted.status());
        assertEquals(LocalDate.of(2026, 2, 20), submitted.dueDate());
        assertNotNull(submitted.certificate());
        assertEquals("사업자등록증.pdf", submitted.certificate().name());
        assertEquals(before + 1, staffNotifications("registration.submitted"), "staff are told in their inbox");
        assertEquals(0, found(marker), "under review: still not searchable");

        TestClock.fixAt(Instant.parse("2026-02-23T01:00:00Z"));
        RegistrationView waiting = asStaff.call(() -> registrations.suppliers(new RegistrationFilter(RegistrationStatus.SUBMITTED,
                submitted.registrationNumber()), 0, 10)).get(0);
        assertTrue(waiting.overdue(), "past the deadline on the 23rd");
        assertEquals(submitted.certificate().id(), waiting.certificate().id(), "staff's table offers the certificate");
        TestClock.reset();

        // the fixture's supplier outlives a run on a kept database (PostgreSQL): only this approval's entries count
        long lastEntry = em.createQuery("select coalesce(max(e.id), 0) from AuditEntry e", Long.class).getSingleResult();
        asStaff.call(() -> {
            registrations.approve(supplierId);
            return null;
        });
        assertEquals(1, found(marker), "approved: searchable at once");
        assertTrue(directory.profile(supplierId).isPresent());
        Message mail = mailbox.latestTo(AsTestSupplier.EMAIL, "승인되었습니다");
        assertTrue(Mailbox.body(mail).contains("등록심사테스트(주)"), Mailbox.body(mail));

        byte[] pdf = asSupplier.call(() -> registrations.confirmation(Locale.KOREAN));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("공급기업등록확인서") && text.contains("등록심사테스트(주)") && text.contains(submitted.registrationNumber()), text);
        }
        assertEquals(1L, em.createQuery("select count(e) from AuditEntry e where e.entityType = 'SupplierProfile' and e.entityId = :id"
                + " and e.changes like '%APPROVED%' and e.id > :last", Long.class).setParameter("id", String.valueOf(supplierId))
                .setParameter("last", lastEntry).getSingleResult(),
                "the approval is in the audit trail");
    }

    @Test
    void aRejectionSaysWhyAndTheSupplierAppliesAgain() throws Exception {
        submit("사업자등록증.pdf", certificatePdf());
        DomainException noReason = assertThrows(DomainException.class, () -> asStaff.call(() -> {
            registrations.reject(supplierId, " ");
            return null;
        }));
        assertEquals(List.of("registration.reject.reason"), noReason.getMessageKeys());
        asStaff.call(() -> {
            registrations.reject(supplierId, "사업자등록증의 상호가 가입 정보와 다릅니다.");
            return null;
        });
        RegistrationView rejected = asSupplier.call(() -> registrations.mine());
        assertEquals(RegistrationStatus.REJECTED, rejected.status());
        assertEquals("사업자등록증의 상호가 가입 정보와 다릅니다.", rejected.decisionNote());
        String body = Mailbox.body(mailbox.latestTo(AsTestSupplier.EMAIL, "반려"));
        assertTrue(body.contains("상호가 가입 정보와 다릅니다"), body);
        assertEquals(0, found(marker));

        assertEquals(RegistrationStatus.SUBMITTED, submit("사업자등록증(수정).pdf", certificatePdf()).status());
        assertThrows(DomainException.class, () -> submit("again.pdf", certificatePdf()), "one review at a time");
    }

    @Test
    void aCertificateThatIsNotWhatItsNameSaysIsRefusedAndNothingIsKept() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        long attachments = em.createQuery("select count(a) from Attachment a", Long.class).getSingleResult();
        DomainException refused = assertThrows(DomainException.class, () -> submit("사업자등록증.pdf", png.toByteArray()));
        assertEquals(List.of("attachment.nameMismatch"), refused.getMessageKeys());
        assertEquals(java.util.Optional.of("file"), refused.getField());
        DomainException docx = assertThrows(DomainException.class, () -> submit("empty.pdf", new byte[0]));
        assertEquals(List.of("attachment.empty"), docx.getMessageKeys());
        assertEquals(attachments, em.createQuery("select count(a) from Attachment a", Long.class).getSingleResult());
        assertEquals(RegistrationStatus.DRAFT, asSupplier.call(() -> registrations.mine()).status());
        assertFalse(asSupplier.call(() -> registrations.mine()).listed());
    }

    @Test
    void onlyStaffDecideAndOnlyListedSuppliersGetAConfirmation() {
        submit("사업자등록증.pdf", certificatePdf());
        assertThrows(Exception.class, () -> asSupplier.call(() -> {
            registrations.approve(supplierId);
            return null;
        }), "a supplier cannot approve itself");
        DomainException notListed = assertThrows(DomainException.class, () -> asSupplier.call(() -> registrations.confirmation(Locale.KOREAN)));
        assertEquals(List.of("registration.notListed"), notListed.getMessageKeys());
    }
}
