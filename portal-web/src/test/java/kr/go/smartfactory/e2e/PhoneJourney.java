package kr.go.smartfactory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A phone 390 px wide: the search shows its results first with "조건으로 좁히기" for the filters, the profile's
 * "back to results" returns to the same search, the header keeps every item on one line, nothing scrolls
 * sideways, wrong ids get the 404 page in the visitor's language, and no page has its scripts refused by the CSP.
 */
class PhoneJourney {

    private WebDriver browser;

    @BeforeEach
    void start() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    @Test
    void searchResultsFirstFiltersOnRequestAndBackToTheSameResults() {
        browser.get(Browser.BASE + "/suppliers/index.xhtml?q=MES&region=GYEONGGI");
        WebElement toggle = browser.findElement(By.id("facets-toggle"));
        WebElement facets = browser.findElement(By.id("facets"));
        WebElement firstResult = browser.findElement(By.cssSelector(".result"));
        assertTrue(toggle.isDisplayed(), "조건으로 좁히기 is offered");
        assertEquals("조건으로 좁히기", toggle.getText().replace("적용 중", "").strip());
        assertFalse(facets.isDisplayed(), "the filters wait behind the toggle");
        assertTrue(firstResult.getLocation().getY() < 844, "a result is on the first screen: y=" + firstResult.getLocation().getY());
        assertEquals(0, Browser.overflow(browser), "nothing scrolls sideways");
        assertHeaderItemsOnOneLine("search");
        Browser.screenshot(browser, "phone-search");

        toggle.click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOf(facets));
        assertEquals("true", toggle.getDomAttribute("aria-expanded"));
        Browser.screenshot(browser, "phone-search-filters");

        String results = browser.getCurrentUrl();
        firstResult.findElement(By.cssSelector(".result__name")).click();
        Browser.waiting(browser).until(ExpectedConditions.urlContains("/suppliers/profile.xhtml"));
        assertEquals(0, Browser.overflow(browser), "the profile fits the phone");
        assertHeaderItemsOnOneLine("profile");
        Browser.screenshot(browser, "phone-profile");
        browser.findElement(By.id("back-to-results")).click();
        Browser.waiting(browser).until(ExpectedConditions.urlContains("/suppliers/index.xhtml"));
        assertTrue(browser.getCurrentUrl().contains("q=MES") && browser.getCurrentUrl().contains("region=GYEONGGI"),
                "back to the same results: " + browser.getCurrentUrl() + " (came from " + results + ")");
        assertEquals(List.of(), Browser.cspViolations(browser));
    }

    @Test
    void wrongIdsAndPagesGetTheNotFoundPageInTheVisitorsLanguage() {
        for (String path : List.of("/suppliers/profile.xhtml?id=abc", "/suppliers/profile.xhtml?id=999999999",
                "/suppliers/profile.xhtml", "/no-such-page.xhtml")) {
            browser.get(Browser.BASE + path);
            assertTrue(browser.getPageSource().contains("찾을 수 없"), path + ": the Korean 404 page");
            assertEquals(0, Browser.overflow(browser), path);
        }
        browser.get(Browser.BASE + "/suppliers/profile.xhtml?id=abc&lang=en");
        assertTrue(browser.getPageSource().contains("not found") || browser.getPageSource().contains("Not found")
                || browser.getPageSource().contains("could not be found"), "the English 404 page");
        browser.get(Browser.BASE + "/suppliers/index.xhtml?q=MES&page=abc&lang=ko");
        assertTrue(browser.findElements(By.cssSelector(".result")).size() > 0, "page=abc keeps the query");
    }

    @Test
    void signedInHeaderShowsTheNameAndFits() {
        Browser.signIn(browser, "staff");
        browser.get(Browser.BASE + "/staff/index.xhtml");
        String header = browser.findElement(By.cssSelector(".signed-in-as")).getText();
        assertTrue(header.contains("정추진"), "the name, not the e-mail: " + header);
        assertFalse(header.contains("@"), header);
        assertHeaderItemsOnOneLine("staff");
        assertEquals(0, Browser.overflow(browser));
        assertTrue(browser.findElement(By.id("footer-privacy")).isDisplayed(), "개인정보처리방침 in the footer");
        Browser.screenshot(browser, "phone-staff");
    }

    /** Every link and button of the header fits on one line (nothing breaks inside an item). */
    private void assertHeaderItemsOnOneLine(String where) {
        List<String> wrapped = new ArrayList<>();
        for (WebElement item : browser.findElements(By.cssSelector(".site-header a, .site-header button, .site-header .signed-in-as"))) {
            if (!item.isDisplayed() || item.getText().isBlank()) {
                continue;
            }
            Object lines = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "const r = arguments[0].getClientRects(); return r.length;", item);
            if (((Number) lines).intValue() > 1) {
                wrapped.add(item.getText());
            }
        }
        assertEquals(List.of(), wrapped, where + ": header items broken over lines");
    }
}
