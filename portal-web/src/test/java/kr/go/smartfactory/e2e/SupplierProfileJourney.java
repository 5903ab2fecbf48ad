package kr.go.smartfactory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The demo supplier edits its profile in the browser and finds the change in the public search. */
class SupplierProfileJourney {

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
    void aSupplierEditsItsProfileAndFindsTheChangeInSearch() {
        Browser.signIn(browser, "supplier");
        Browser.waiting(browser).until(ExpectedConditions.urlContains("/my/index.xhtml"));
        browser.findElement(By.linkText("공급기업 프로필 관리")).click();
        Browser.waiting(browser).until(ExpectedConditions.urlContains("/my/profile.xhtml"));

        String word = "journey" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "x";
        WebElement introduction = browser.findElement(By.id("profile:introduction"));
        introduction.clear();
        introduction.sendKeys("클라우드 MES와 ERP 연동 전문 " + word);
        browser.findElement(By.id("profile:save")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "저장했습니다"));
        Browser.screenshot(browser, "20-my-profile");

        browser.get(Browser.BASE + "/suppliers/index.xhtml?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertEquals("1", browser.findElement(By.id("total")).getText());
        assertTrue(browser.findElement(By.cssSelector(".result__name")).getText().startsWith("스마트솔루션"));
        assertTrue(browser.findElement(By.cssSelector(".snippet mark")).getText().contains(word));
    }
}
