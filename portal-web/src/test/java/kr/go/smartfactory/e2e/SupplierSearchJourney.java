package kr.go.smartfactory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An anonymous visitor searches the directory (demo data), narrows by a facet, opens a profile and goes back
 * — all plain GET URLs, without a session cookie.
 */
class SupplierSearchJourney {

    private WebDriver browser;

    @BeforeEach
    void start() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    private long total() {
        return Long.parseLong(browser.findElement(By.id("total")).getText());
    }

    @Test
    void anonymousSearchFacetProfileAndBack() {
        browser.get(Browser.BASE + "/");
        browser.findElement(By.linkText("공급기업 찾기")).click();
        Browser.waiting(browser).until(ExpectedConditions.titleContains("공급기업 찾기"));
        long everything = total();
        assertTrue(everything >= 80, "the demo directory is searchable: " + everything);

        browser.findElement(By.id("q")).sendKeys("MES", Keys.ENTER);
        Browser.waiting(browser).until(ExpectedConditions.urlContains("q=MES"));
        long mes = total();
        assertTrue(mes > 0 && mes < everything, "MES narrows the list: " + mes);
        assertTrue(browser.findElements(By.cssSelector(".snippet mark")).size() > 0, "matches are highlighted");

        WebElement gyeonggi = browser.findElement(By.xpath("//section[@aria-labelledby='facet-region']//a[starts-with(normalize-space(), '경기도')]"));
        String facetText = gyeonggi.getText();
        long expected = Long.parseLong(facetText.replaceAll(".*\\((\\d+)\\).*", "$1"));
        gyeonggi.click();
        Browser.waiting(browser).until(ExpectedConditions.urlContains("region=GYEONGGI"));
        assertEquals(expected, total(), "the facet's count is the result's size");
        assertTrue(browser.getCurrentUrl().contains("q=MES"), "the words are kept with the facet");
        Browser.screenshot(browser, "10-search-facet");

        WebElement first = browser.findElement(By.cssSelector(".result__name"));
        String name = first.getText();
        first.click();
        Browser.waiting(browser).until(ExpectedConditions.urlContains("/suppliers/profile.xhtml?id="));
        assertEquals(name, browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("histories-verified")).getText().contains("추진실적"));
        Browser.screenshot(browser, "11-profile");

        browser.navigate().back();
        Browser.waiting(browser).until(ExpectedConditions.urlContains("region=GYEONGGI"));
        assertEquals(expected, total(), "the back button returns to the same result");
        assertTrue(browser.manage().getCookieNamed("JSESSIONID") == null, "no session for an anonymous visitor");
    }

    /** ERP typed with the input method in Korean mode: searched as ERP, said so, and the words as typed one click away. */
    @Test
    void wordsTypedInTheWrongKeyboardModeAreSearchedAsMeant() {
        browser.get(Browser.BASE + "/suppliers/index.xhtml");
        browser.findElement(By.id("q")).sendKeys("ㄷ게", Keys.ENTER);
        WebElement hint = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("searchedAs")));
        assertTrue(hint.getText().contains("'ERP'(으)로 검색한 결과"), hint.getText());
        assertTrue(total() > 0, "the ERP builders are found");
        browser.findElement(By.id("asTyped")).click();
        Browser.waiting(browser).until(ExpectedConditions.urlContains("typed=true"));
        assertTrue(browser.findElements(By.id("searchedAs")).isEmpty(), "as typed, nothing is converted");
        assertEquals(0, total());

        browser.get(Browser.BASE + "/suppliers/index.xhtml?q=" + java.net.URLEncoder.encode("2021 MES", java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(browser.findElement(By.id("queryYears")).getText().contains("2021년"), "the year is read as a build year");
    }
}
