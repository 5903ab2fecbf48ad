package kr.go.smartfactory.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo SME asks for supplier recommendations: it states its conditions, saves them, and sees suppliers
 * ranked by matching verified builds, each with why ("경남 … MES 구축 n건"); a bad condition is explained.
 */
class SupplierMatchingJourney {

    private WebDriver browser;

    @BeforeEach
    void start() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    @Test
    void anSmeGetsRecommendationsWithReasons() {
        Browser.signIn(browser, "sme");
        Browser.waiting(browser).until(ExpectedConditions.urlContains("/my/index.xhtml"));
        browser.findElement(By.id("to-matching")).click();
        Browser.waiting(browser).until(ExpectedConditions.urlContains("/my/matching.xhtml"));

        new Select(browser.findElement(By.id("matching:industry"))).selectByValue("30");
        new Select(browser.findElement(By.id("matching:region"))).selectByValue("GYEONGNAM");
        new Select(browser.findElement(By.id("matching:currentLevel"))).selectByValue("INTERMEDIATE_1");
        new Select(browser.findElement(By.id("matching:targetLevel"))).selectByValue("BASIC");
        browser.findElement(By.id("matching:save")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "목표 수준은 현재 수준보다 높아야"));

        new Select(browser.findElement(By.id("matching:currentLevel"))).selectByValue("BASIC");
        new Select(browser.findElement(By.id("matching:targetLevel"))).selectByValue("INTERMEDIATE_1");
        for (WebElement box : browser.findElements(By.cssSelector("#matching\\:solutions input[type=checkbox]"))) {
            if (box.isSelected() != "SW.OPS.MES".equals(box.getAttribute("value"))) {
                box.click();
            }
        }
        browser.findElement(By.id("matching:save")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "저장했습니다"));
        Browser.screenshot(browser, "30-matching");

        List<WebElement> reasons = browser.findElements(By.cssSelector("#matches .result__why"));
        assertFalse(reasons.isEmpty(), "the demo directory has suppliers with MES builds");
        String first = reasons.get(0).getText();
        assertTrue(first.matches("(경남 자동차부품 MES 구축|타 지역 자동차부품 MES 구축|자동차부품 MES 구축|자동차부품 구축|다른 업종 MES 구축) \\d+건.*"), first);
        assertTrue(browser.findElements(By.id("matching-unsaved")).isEmpty(), "the conditions are now saved");
    }
}
