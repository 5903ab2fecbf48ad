package kr.go.smartfactory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An SME diagnoses its level on a phone — every answer saved as it is chosen, the level and the chart following —
 * and completes it; staff record an official assessment, and a visitor verifies the certificate by its number.
 */
class LevelJourney {

    private WebDriver sme;
    private WebDriver staff;

    @BeforeEach
    void start() {
        sme = Browser.start();
        staff = Browser.start();
    }

    @AfterEach
    void stop() {
        sme.quit();
        staff.quit();
    }

    /** How many questions the result panel counts as answered ("· 12/40"). */
    private static int answered(WebDriver driver) {
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)/40").matcher(driver.findElement(By.id("result")).getText());
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        } catch (org.openqa.selenium.StaleElementReferenceException replacedMeanwhile) {
            return -1; // the panel was being updated: ask again
        }
    }

    @Test
    void anSmeDiagnosesItsLevelAndItsCertificateIsVerifiable() {
        Browser.phoneWidth(sme);
        Browser.signIn(sme, "sme");
        sme.get(Browser.BASE + "/my/diagnosis.xhtml");
        assertTrue(sme.findElements(By.cssSelector("#chart canvas")).size() == 1, "the radar chart is drawn");
        List<WebElement> questions = sme.findElements(By.cssSelector(".diagnosis-question"));
        assertEquals(40, questions.size());
        // a server used before may hold this company's answers: then only the last count is waited for
        boolean fresh = answered(sme) == 0;
        for (int i = 0; i < questions.size(); i++) {
            String score = i < 20 ? "3" : "2";
            WebElement radio = sme.findElements(By.cssSelector(".diagnosis-question")).get(i)
                    .findElement(By.cssSelector("input[type=radio][value='" + score + "']"));
            WebElement label = sme.findElement(By.cssSelector("label[for='" + radio.getDomAttribute("id") + "']"));
            ((org.openqa.selenium.JavascriptExecutor) sme).executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
            label.click();
            int expected = i + 1;
            if (fresh) {
                Browser.waiting(sme).until(d -> answered(d) == expected);
            }
        }
        Browser.waiting(sme).until(d -> answered(d) == 40);
        assertEquals(0, Browser.overflow(sme), "the questionnaire fits a phone: " + Browser.sticksOut(sme));
        Browser.screenshot(sme, "diagnosis-phone");

        sme.navigate().refresh();
        assertTrue(sme.findElement(By.id("result")).getText().contains("40/40"), "every answer was saved as it was chosen");
        String level = sme.findElement(By.id("level")).getText();
        assertFalse(level.isBlank());
        sme.findElement(By.id("diagnosis:complete")).click();
        Browser.waiting(sme).until(ExpectedConditions.presenceOfElementLocated(By.id("completed")));

        Browser.signIn(staff, "staff");
        staff.get(Browser.BASE + "/staff/assessments.xhtml");
        Browser.type(staff, "record:registrationNumber", "130-81-23453");
        Browser.type(staff, "record:certifyingBody", "한국생산기술연구원");
        ((org.openqa.selenium.JavascriptExecutor) staff).executeScript("document.getElementById('record:assessedOn').value = arguments[0];",
                LocalDate.now().minusDays(2).toString());
        new org.openqa.selenium.support.ui.Select(staff.findElement(By.id("record:level"))).selectByValue("INTERMEDIATE_1");
        staff.findElement(By.id("record:save")).click();
        Browser.waiting(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "수준확인서를 발급했습니다"));
        String number = staff.findElements(By.cssSelector("#assessments\\:list a")).stream().map(WebElement::getText)
                .filter(t -> t.startsWith("SFL-")).findFirst().orElseThrow();

        staff.manage().deleteAllCookies();
        staff.get(Browser.BASE + "/levels/verify.xhtml?number=" + number);
        assertEquals("유효한 수준확인서", staff.findElement(By.id("status")).getText());
        assertEquals("중간1", staff.findElement(By.id("verified-level")).getText());
        staff.get(Browser.BASE + "/levels/verify.xhtml?number=SFL-2026-NOPE-NOPE");
        assertTrue(staff.findElement(By.id("not-found")).isDisplayed());
    }
}
