package kr.go.smartfactory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.document.pdf.PdfDocument;

/**
 * A new supplier signs up, confirms its e-mail, uploads its business registration certificate and waits; staff
 * open the certificate and approve; the supplier sees the approval in its inbox and page, downloads its
 * confirmation, and is found in the public search — at desktop width, and the supplier's pages at phone width.
 */
class SupplierRegistrationJourney {

    private GreenMail smtp;
    private WebDriver supplier;
    private WebDriver staff;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("portal.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        supplier = Browser.start();
    }

    @AfterEach
    void stop() {
        supplier.quit();
        if (staff != null) {
            staff.quit();
        }
        smtp.stop();
    }

    @Test
    void aNewSupplierIsListedOnceStaffHaveCheckedItsCertificate() throws Exception {
        String nine = String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        String brn = nine + BusinessRegistrationNumber.checkDigit(nine);
        String name = "여정로봇" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4) + "(주)";
        String email = "supplier-" + UUID.randomUUID().toString().substring(0, 8) + "@e2e.smartfactory.kr";
        String password = "Journey!2026x";

        supplier.get(Browser.BASE + "/");
        supplier.findElement(By.linkText("공급기업으로 가입")).click();
        Browser.waiting(supplier).until(ExpectedConditions.titleContains("회원가입"));
        assertTrue(supplier.findElement(By.id("signup:kind:1")).isSelected(), "the supplier link preselects the kind");
        Browser.type(supplier, "signup:registrationNumber", brn);
        Browser.type(supplier, "signup:companyName", name);
        Browser.type(supplier, "signup:ceoName", "김여정");
        Browser.type(supplier, "signup:address", "대구광역시 달서구 성서공단로 1");
        Browser.choose(supplier, "signup:region", "대구", "DAEGU");
        Browser.choose(supplier, "signup:industryCode", "29 ", "29");
        Browser.type(supplier, "signup:contactName", "박공급");
        Browser.type(supplier, "signup:email", email);
        Browser.type(supplier, "signup:password", password);
        Browser.type(supplier, "signup:passwordConfirmation", password);
        supplier.findElement(By.id("signup:privacyConsent")).click();
        supplier.findElement(By.id("signup:submit")).click();
        Browser.waiting(supplier).until(ExpectedConditions.urlContains("signup-done"));

        MimeMessage mail = Browser.mailTo(supplier, smtp, email);
        Matcher link = Pattern.compile("(http\\S+/confirm\\.xhtml\\?token=[A-Za-z0-9_-]+)").matcher(String.valueOf(mail.getContent()));
        assertTrue(link.find());
        supplier.get(link.group(1));

        supplier.get(Browser.BASE + "/login.xhtml");
        Browser.type(supplier, "login:email", email);
        Browser.type(supplier, "login:password", password);
        supplier.findElement(By.id("login:submit")).click();
        Browser.waiting(supplier).until(ExpectedConditions.urlContains("/my/index.xhtml"));
        supplier.findElement(By.id("to-registration")).click();
        Browser.waiting(supplier).until(ExpectedConditions.urlContains("/my/registration.xhtml"));
        assertEquals("신청 전", supplier.findElement(By.id("registration-status")).getText());

        // a certificate named as what it is not is refused next to the file field
        Path fake = Files.createTempFile("사업자등록증", ".pdf");
        Files.writeString(fake, "not a pdf");
        supplier.findElement(By.id("submit:file")).sendKeys(fake.toString());
        supplier.findElement(By.id("submit:send")).click();
        Browser.waiting(supplier).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#submit .ui-message-error, #submit [role=alert]")));
        assertEquals("신청 전", supplier.findElement(By.id("registration-status")).getText());

        Path certificate = Files.createTempFile("사업자등록증", ".pdf");
        Files.write(certificate, PdfDocument.titled("사업자등록증").paragraph("상호: " + name).build().render());
        supplier.findElement(By.id("submit:file")).sendKeys(certificate.toString());
        supplier.findElement(By.id("submit:send")).click();
        Browser.waiting(supplier).until(ExpectedConditions.textToBe(By.id("registration-status"), "심사 중"));
        assertTrue(supplier.findElement(By.id("due")).getText().matches("\\d{4}\\.\\d{2}\\.\\d{2}"), "the deadline, Korean date");
        Browser.phoneWidth(supplier);
        supplier.navigate().refresh();
        assertEquals(0, Browser.overflow(supplier), "usable at phone width");
        Browser.screenshot(supplier, "30-registration-submitted-phone");
        Browser.desktopWidth(supplier);

        staff = Browser.start();
        Browser.signIn(staff, "staff");
        staff.get(Browser.BASE + "/staff/suppliers.xhtml");
        Browser.type(staff, "suppliers:text", brn);
        org.openqa.selenium.WebElement before = staff.findElement(By.id("suppliers:list"));
        staff.findElement(By.id("suppliers:search")).click();
        // the search answers by ajax and replaces the table: wait for the new one
        Browser.waiting(staff).until(ExpectedConditions.stalenessOf(before));
        Browser.waiting(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("suppliers:list"), name));
        String certificateLink = staff.findElement(By.cssSelector("#suppliers\\:list a.certificate-link")).getAttribute("href");
        assertTrue(certificateLink.contains("/api/v1/attachments/"), certificateLink);
        Browser.screenshot(staff, "31-staff-registrations");
        // the search answers by ajax: the row may be replaced just after it was found
        Browser.waiting(staff).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("#suppliers\\:list button[id$=':approve']")).click();
            return true;
        });
        Browser.waiting(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "승인"));

        supplier.get(Browser.BASE + "/my/registration.xhtml");
        assertEquals("등록 완료", supplier.findElement(By.id("registration-status")).getText());
        assertTrue(supplier.findElement(By.id("confirmation")).getAttribute("href").endsWith("confirmation.pdf?lang=ko"));
        assertTrue(Integer.parseInt(supplier.findElement(By.id("unread-count")).getText()) >= 1, "the decision is in the inbox");
        supplier.findElement(By.id("inbox-link")).click();
        Browser.waiting(supplier).until(ExpectedConditions.urlContains("/my/inbox.xhtml"));
        assertTrue(supplier.findElement(By.id("inbox:entries")).getText().contains("승인"));

        supplier.get(Browser.BASE + "/suppliers/index.xhtml?q=" + URLEncoder.encode(name.substring(0, name.length() - 3), StandardCharsets.UTF_8));
        assertTrue(supplier.findElement(By.cssSelector(".result__name")).getText().startsWith(name.substring(0, 4)), "listed in search");
    }
}
