package kr.go.smartfactory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The agreements of the demo's 1차 round: the supplier confirms (주)동해정밀's agreement (the SME already has) and staff
 * conclude it and appoint its supervisor (a tied expert refused next to the choice); staff approve (주)서진오토텍's waiting change; the supplier asks for a payment on (주)태광기계's project and
 * staff approve it; (주)서진오토텍's SME, on a phone, finds version 2 in force, the PDF, and a change whose cause is three
 * weeks old refused automatically; staff finish (주)태광기계's interim inspection, record the final one and close the
 * project, whose build then appears on the supplier's public profile, and its SME answers the survey.
 */
class AgreementJourney {

    private WebDriver supplier;
    private WebDriver staff;
    private WebDriver sme;

    @BeforeEach
    void start() {
        supplier = Browser.start();
        staff = Browser.start();
        sme = Browser.start();
    }

    @AfterEach
    void stop() {
        supplier.quit();
        staff.quit();
        sme.quit();
    }

    private static void click(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void confirmDialog(WebDriver driver) {
        Browser.waiting(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
    }

    private static void open(WebDriver driver, String list, String company) {
        driver.get(Browser.BASE + list);
        WebElement row = Browser.waiting(driver).until(d -> d.findElements(By.cssSelector("tr")).stream()
                .filter(r -> r.getText().contains(company) && !r.findElements(By.cssSelector("a.project-link")).isEmpty()).findFirst().orElse(null));
        driver.get(row.findElement(By.cssSelector("a.project-link")).getDomProperty("href"));
    }

    private static String supplierNumber() {
        return "220881234" + kr.go.smartfactory.company.domain.BusinessRegistrationNumber.checkDigit("220881234");
    }

    @Test
    void theSupplierConfirmsStaffConcludeAndDecideAChangeAndTheSmeFindsTheVersionInForce() throws Exception {
        Browser.signIn(supplier, "supplier");
        open(supplier, "/my/projects.xhtml", "(주)동해정밀");
        click(supplier, supplier.findElement(By.id("confirm:confirmButton")));
        confirmDialog(supplier);
        Browser.waiting(supplier).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("supplierConfirmed"), "아직 확인 전")));

        Browser.signIn(staff, "staff");
        open(staff, "/staff/projects.xhtml", "(주)동해정밀");
        click(staff, staff.findElement(By.id("conclude:concludeButton")));
        confirmDialog(staff);
        Browser.waiting(staff).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBe(By.id("projectStatus"), "체결"));
        assertTrue(staff.findElement(By.id("termsVersion")).getText().contains("제1판"));

        // a supervisor (감리) from the pool: 배평점 worked at (주)동해정밀 until a year ago — refused next to the choice; 한평가 is appointed
        Select experts = new Select(staff.findElement(By.id("appoint:expert")));
        experts.selectByVisibleText(experts.getOptions().stream().map(WebElement::getText).filter(t -> t.startsWith("배평점")).findFirst().orElseThrow());
        click(staff, staff.findElement(By.id("appoint:appointButton")));
        WebElement refusal = Browser.waiting(staff).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#appoint .ui-message-error")));
        assertTrue(refusal.getText().contains("3년"), refusal.getText());
        experts = new Select(staff.findElement(By.id("appoint:expert")));
        experts.selectByVisibleText(experts.getOptions().stream().map(WebElement::getText).filter(t -> t.startsWith("한평가")).findFirst().orElseThrow());
        click(staff, staff.findElement(By.id("appoint:appointButton")));
        Browser.waiting(staff).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("supervisorName"), "한평가"));

        open(staff, "/staff/projects.xhtml", "(주)서진오토텍");
        staff.findElement(By.cssSelector("input[name='decide:decision'][value='true']")).click();
        Browser.type(staff, "decide:decisionReason", "후임 PM 자격 확인");
        click(staff, staff.findElement(By.id("decide:decideButton")));
        Browser.waiting(staff).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("termsVersion"), "제2판"));

        // the supplier asks for a payment on (주)태광기계's project; a line's remainder is its limit; staff approve
        open(supplier, "/my/projects.xhtml", "(주)태광기계");
        new Select(supplier.findElement(By.id("payment:line"))).selectByIndex(3);
        Browser.type(supplier, "payment:amount", "12,000,001");
        Browser.type(supplier, "payment:invoiceNumber", "20261130-41000099-" + String.format("%08d", System.currentTimeMillis() % 100_000_000));
        Browser.type(supplier, "payment:issuer", supplierNumber());
        ((JavascriptExecutor) supplier).executeScript("document.getElementById('payment:invoiceDate').value = arguments[0];",
                LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString());
        click(supplier, supplier.findElement(By.id("payment:requestPayment")));
        Browser.waiting(supplier).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='payment:amount'] ~ .ui-message-error")));
        Browser.type(supplier, "payment:amount", "5,000,000");
        click(supplier, supplier.findElement(By.id("payment:requestPayment")));
        Browser.waiting(supplier).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("paymentTable"), "5,000,000원"));

        open(staff, "/staff/projects.xhtml", "(주)태광기계");
        String paidBefore = staff.findElement(By.id("paidTotal")).getText();
        WebElement row = staff.findElements(By.cssSelector("#paymentTable tbody tr")).stream()
                .filter(r -> r.getText().contains("5,000,000원") && r.getText().contains("검토 중")).findFirst().orElseThrow();
        click(staff, row.findElement(By.cssSelector("button")));
        confirmDialog(staff);
        Browser.waiting(staff).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("paidTotal"), paidBefore)));
        assertEquals("63,000,000원", staff.findElement(By.id("paidTotal")).getText(), "40,000,000 + 18,000,000 + 5,000,000");

        Browser.phoneWidth(sme);
        Browser.signIn(sme, "sme5");
        open(sme, "/my/projects.xhtml", "(주)서진오토텍");
        assertTrue(sme.findElement(By.id("termsVersion")).getText().contains("제2판"));
        assertTrue(sme.findElement(By.id("changes")).getText().contains("승인"));
        assertEquals(0, Browser.overflow(sme), "the agreement fits a phone: " + Browser.sticksOut(sme));

        String pdf = sme.findElement(By.id("agreementPdf")).getDomProperty("href");
        String cookie = sme.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdf))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("%PDF", new String(response.body(), 0, 4));

        new Select(sme.findElement(By.id("change:kind"))).selectByValue("SCHEDULE");
        String threeWeeksAgo = LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).minusDays(21).toString();
        ((JavascriptExecutor) sme).executeScript("document.getElementById('change:causeOn').value = arguments[0];", threeWeeksAgo);
        Browser.type(sme, "change:description", "설비 납품 지연");
        String later = LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusMonths(9).toString();
        ((JavascriptExecutor) sme).executeScript("document.getElementById('change:proposedEndsOn').value = arguments[0];", later);
        click(sme, sme.findElement(By.id("change:requestButton")));
        Browser.waiting(sme).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("changes"), "15일이 지나"));

        // (주)태광기계: staff accept the answered corrective action, complete the interim inspection, record the final one
        // and close the project; the build appears on the supplier's public profile; the SME rates the supplier
        open(staff, "/staff/projects.xhtml", "(주)태광기계");
        click(staff, staff.findElement(By.cssSelector(".inspection input[type='submit']")));
        Browser.waiting(staff).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("inspections-heading"), "점검"));
        click(staff, Browser.waiting(staff).until(ExpectedConditions.elementToBeClickable(By.id("complete:completeButton"))));
        confirmDialog(staff);
        Browser.waiting(staff).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("record:recordButton")));
        new Select(staff.findElement(By.id("record:kind"))).selectByValue("FINAL");
        ((JavascriptExecutor) staff).executeScript("document.getElementById('record:inspectedOn').value = arguments[0];",
                LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString());
        for (WebElement result : staff.findElements(By.cssSelector("#record select[id$=':result']"))) {
            new Select(result).selectByValue("PASS");
        }
        Browser.type(staff, "record:findings", "구축 범위 이행 확인, 전 공정 가동");
        click(staff, staff.findElement(By.id("record:recordButton")));
        Browser.waiting(staff).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("complete:levelReached")));
        new Select(staff.findElement(By.id("complete:levelReached"))).selectByValue("BASIC");
        click(staff, staff.findElement(By.cssSelector("#complete input[type='checkbox']")));
        click(staff, staff.findElement(By.id("complete:completeButton")));
        confirmDialog(staff);
        Browser.waiting(staff).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBe(By.id("projectStatus"), "완료"));

        WebDriver visitor = Browser.start();
        try {
            visitor.get(Browser.BASE + "/suppliers/index.xhtml?q=" + java.net.URLEncoder.encode("스마트솔루션", java.nio.charset.StandardCharsets.UTF_8));
            WebElement hit = Browser.waiting(visitor).until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//a[contains(normalize-space(), '스마트솔루션(주)')]")));
            visitor.get(hit.getDomProperty("href"));
            Browser.waiting(visitor).until(ExpectedConditions.textToBePresentInElementLocated(By.id("histories-verified"), "추진실적"));
            assertTrue(visitor.getPageSource().contains("절삭 공정 설비 데이터 수집으로 OEE 20% 향상"),
                    "the closed project is a verified build on the public profile");
        } finally {
            visitor.quit();
        }

        sme.manage().deleteAllCookies();
        Browser.signIn(sme, "sme7");
        open(sme, "/my/projects.xhtml", "(주)태광기계");
        sme.findElement(By.cssSelector("input[name='survey:score'][value='5']")).click();
        click(sme, sme.findElement(By.id("survey:surveyButton")));
        Browser.waiting(sme).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("surveyResult")));
    }
}
