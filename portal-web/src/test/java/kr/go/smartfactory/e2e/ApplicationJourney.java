package kr.go.smartfactory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import kr.go.smartfactory.document.pdf.PdfDocument;

/**
 * An SME on a phone continues its draft application to the open 기초 round: levels, the supplier it chose (which
 * confirms in its participation inbox, at desktop width), the plan, a budget checked live against the rules (a grant
 * above the cap is named before anything is saved), every required document, and submits: the receipt number is on
 * the page. Staff find the application in their list and read its eligibility checklist.
 */
class ApplicationJourney {

    private WebDriver sme;
    private WebDriver supplier;
    private WebDriver staff;

    @BeforeEach
    void start() {
        sme = Browser.start();
        supplier = Browser.start();
        staff = Browser.start();
    }

    @AfterEach
    void stop() {
        sme.quit();
        supplier.quit();
        staff.quit();
    }

    private static void click(WebDriver driver, String id) {
        WebElement button = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    private static void step(WebDriver driver, int n) {
        click(driver, "step-" + n);
        onStep(driver, n);
    }

    /** Waits until the page shows step {@code n} (the page may be reloading meanwhile). */
    private static void onStep(WebDriver driver, int n) {
        Browser.waiting(driver).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.id("step-" + n), "aria-current", "step"));
    }

    private void fitsAPhone(String what) {
        assertEquals(0, Browser.overflow(sme), what + " fits a phone: " + Browser.sticksOut(sme));
    }

    @Test
    void anSmeAppliesWithASupplierWhoConfirmsSubmitsAndStaffSeeTheChecklist() throws Exception {
        Browser.phoneWidth(sme);
        Browser.signIn(sme, "sme");
        sme.get(Browser.BASE + "/my/applications.xhtml");
        fitsAPhone("the list of applications");
        WebElement open = sme.findElement(By.cssSelector("#applications a[id^='open-']"));
        sme.get(open.getDomProperty("href"));

        // 1. levels
        step(sme, 1);
        new Select(sme.findElement(By.id("levels:targetLevel"))).selectByValue("BASIC");
        click(sme, "levels:next");
        onStep(sme, 2);
        fitsAPhone("the supplier step");

        // 2. the supplier chosen in the demo draft confirms, unless an earlier run already had it confirm
        String participation = sme.findElement(By.id("participation")).getText();
        if (!participation.contains("참여 확약")) {
            Browser.signIn(supplier, "supplier");
            supplier.get(Browser.BASE + "/my/participations.xhtml");
            Browser.screenshot(supplier, "participation-requests");
            WebElement answer = supplier.findElement(By.cssSelector("input[id$=':answer']"));
            answer.click();
            Browser.waiting(supplier).until(ExpectedConditions.presenceOfElementLocated(By.id("answerForm:note")));
            click(supplier, "answerForm:decline");
            Browser.waiting(supplier).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#answerForm .ui-message-error")));
            Browser.type(supplier, "answerForm:note", "현장 실사 일정 협의 완료");
            click(supplier, "answerForm:confirm");
            Browser.waiting(supplier).until(ExpectedConditions.invisibilityOfElementLocated(By.id("answerForm")));
            sme.navigate().refresh();
            assertTrue(sme.findElement(By.id("participation")).getText().contains("참여 확약"), "the SME sees the confirmation");
        }

        // 3. plan
        step(sme, 3);
        Browser.type(sme, "plan:goals", "납기 준수율 98% 달성, 불량률 30% 감소");
        Browser.type(sme, "plan:processes", "조립·검사·출하");
        Browser.type(sme, "plan:solutions", "클라우드 MES, 바코드 POP");
        Browser.type(sme, "plan:buildMonths", "6");
        click(sme, "plan:next");
        onStep(sme, 4);

        // 4. budget: a grant above the cap is named live, then a budget within the rules
        WebElement government = sme.findElement(By.cssSelector("input[id$=':government']"));
        WebElement company = sme.findElement(By.cssSelector("input[id$=':company']"));
        sme.findElement(By.cssSelector("input[id$=':description']")).clear();
        sme.findElement(By.cssSelector("input[id$=':description']")).sendKeys("클라우드 MES 구축");
        government.clear();
        government.sendKeys("60,000,000");
        company.clear();
        company.sendKeys("60,000,000");
        sme.findElement(By.cssSelector("input[id$=':description']")).click();
        Browser.waiting(sme).until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "120,000,000"));
        assertTrue(sme.findElement(By.id("budget-problems")).getText().contains("한도"), "the cap is named before anything is saved");
        government = sme.findElement(By.cssSelector("input[id$=':government']"));
        government.clear();
        government.sendKeys("50,000,000");
        sme.findElement(By.cssSelector("input[id$=':description']")).click();
        Browser.waiting(sme).until(ExpectedConditions.presenceOfElementLocated(By.id("budget-ok")));
        fitsAPhone("the budget step");
        Browser.screenshot(sme, "application-budget-phone");
        click(sme, "budget:next");
        onStep(sme, 5);

        // 5. every required document (those still missing)
        Path pdf = Files.createTempFile("plan", ".pdf");
        Files.write(pdf, PdfDocument.titled("사업계획서").paragraph("브라우저 시험").build().render());
        for (int i = 0; i < 8; i++) {
            List<WebElement> missing = sme.findElements(By.xpath("//table[@id='documents']//tr[contains(., '필수 — 아직 없음')]/th"));
            if (missing.isEmpty()) {
                break;
            }
            String kind = missing.get(0).getText().replace(" *", "").strip();
            // the page may still be settling after the last upload: choose and attach again if a node was replaced
            Browser.waiting(sme).ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
                new Select(d.findElement(By.id("upload:documentType"))).selectByVisibleText(kind);
                d.findElement(By.id("upload:file")).sendKeys(pdf.toAbsolutePath().toString());
                return true;
            });
            WebElement upload = sme.findElement(By.id("upload:uploadButton"));
            click(sme, "upload:uploadButton");
            // Chromium sometimes reports a replaced node as "does not belong to the document" rather than as stale
            Browser.waiting(sme).until(d -> {
                try {
                    upload.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException replaced) {
                    return true;
                }
            });
            Browser.waiting(sme).until(ExpectedConditions.presenceOfElementLocated(By.id("upload:uploadButton")));
        }
        assertTrue(sme.findElements(By.xpath("//table[@id='documents']//tr[contains(., '필수 — 아직 없음')]")).isEmpty());
        fitsAPhone("the documents step");

        // 6. review and submit
        step(sme, 6);
        assertTrue(sme.findElement(By.id("checklist")).getText().contains("적합"));
        click(sme, "submit:submitButton");
        Browser.waiting(sme).until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-panel")));
        String receipt = sme.findElement(By.id("receipt")).getText();
        assertTrue(receipt.matches("SF-\\d{4}-\\d{6}"), receipt);
        assertTrue(sme.findElement(By.id("receipt-panel")).getText().contains(receipt));
        fitsAPhone("the receipt");
        Browser.screenshot(sme, "application-receipt-phone");

        // staff find it with its checklist
        Browser.signIn(staff, "staff");
        staff.get(Browser.BASE + "/staff/applications.xhtml");
        Browser.type(staff, "applications:text", receipt);
        click(staff, "applications:search");
        Browser.waiting(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("applications:list"), receipt));
        Browser.waiting(staff).until(d -> {
            try {
                d.findElement(By.linkText(receipt)).click(); // the list may be replaced by the search's answer meanwhile
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return false;
            }
        });
        Browser.waiting(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("checklist")));
        String checklist = staff.findElement(By.id("checklist")).getText();
        assertTrue(checklist.contains("참여제한") && checklist.contains("중복 지원") && checklist.contains("정부지원 한도"), checklist);
        assertTrue(staff.findElement(By.id("content")).getText().contains("납기 준수율 98%"));
        Browser.screenshot(staff, "application-staff");
    }
}
