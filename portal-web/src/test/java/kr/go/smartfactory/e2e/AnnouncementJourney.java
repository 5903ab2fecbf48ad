package kr.go.smartfactory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Staff write a new round (it starts from the last round's rules), are told every problem next to its field,
 * save and publish it after confirming; a visitor finds it among the upcoming announcements, filtered by type,
 * and reads its conditions — at desktop width, and the visitor's pages at phone width without sideways scrolling.
 */
class AnnouncementJourney {

    private WebDriver staff;
    private WebDriver visitor;

    @BeforeEach
    void start() {
        staff = Browser.start();
        visitor = Browser.start();
    }

    @AfterEach
    void stop() {
        staff.quit();
        visitor.quit();
    }

    @Test
    void staffPublishAndAVisitorFindsTheRound() {
        String title = "브라우저 시험 공고 " + UUID.randomUUID().toString().substring(0, 6);
        Browser.signIn(staff, "staff");
        staff.get(Browser.BASE + "/staff/announcements.xhtml");
        staff.findElement(By.id("new")).click();
        Browser.waiting(staff).until(ExpectedConditions.urlContains("/staff/announcement.xhtml?type=BASIC"));
        assertEquals("50,000,000원", staff.findElement(By.id("announcement:grantCap")).getDomProperty("value"),
                "a new round starts from the last round's rules");

        Browser.type(staff, "announcement:budget", "일억 원");
        staff.findElement(By.id("announcement:save")).click();
        Browser.waiting(staff).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#error-summary a")));
        List<String> fields = staff.findElements(By.cssSelector("#error-summary a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertTrue(fields.contains("#announcement:title") && fields.contains("#announcement:budget")
                && fields.contains("#announcement:quota"), "every problem at once, each linked to its field: " + fields);
        assertEquals("일억 원", staff.findElement(By.id("announcement:budget")).getDomProperty("value"), "nothing typed is lost");
        Browser.screenshot(staff, "announcement-form-errors");

        Browser.type(staff, "announcement:title", title);
        Browser.type(staff, "announcement:quota", "120");
        Browser.type(staff, "announcement:budget", "6,000,000,000");
        staff.findElement(By.id("announcement:save")).click();
        Browser.waiting(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("lifecycle:publish")));
        staff.findElement(By.id("lifecycle:publish")).click();
        Browser.waiting(staff).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        Browser.waiting(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("public-page")));
        assertEquals("접수 예정", staff.findElement(By.id("phase")).getText());

        Browser.phoneWidth(visitor);
        visitor.get(Browser.BASE + "/index.xhtml");
        visitor.findElement(By.id("all-announcements")).click();
        Browser.waiting(visitor).until(ExpectedConditions.urlContains("/announcements/index.xhtml"));
        new org.openqa.selenium.support.ui.Select(visitor.findElement(By.id("phase"))).selectByValue("UPCOMING");
        new org.openqa.selenium.support.ui.Select(visitor.findElement(By.id("type"))).selectByValue("BASIC");
        visitor.findElement(By.id("filter")).click();
        Browser.waiting(visitor).until(ExpectedConditions.urlContains("phase=UPCOMING"));
        assertEquals(0, Browser.overflow(visitor), "the list fits a phone");
        Browser.screenshot(visitor, "announcements-phone");
        visitor.findElement(By.linkText(title)).click();
        Browser.waiting(visitor).until(ExpectedConditions.urlContains("/announcements/view.xhtml"));
        assertEquals("50,000,000원", visitor.findElement(By.id("grant-cap")).getText());
        assertTrue(visitor.findElement(By.id("dday")).getText().startsWith("D-"));
        assertEquals(0, Browser.overflow(visitor), "the announcement fits a phone");
        Browser.screenshot(visitor, "announcement-phone");
    }
}
