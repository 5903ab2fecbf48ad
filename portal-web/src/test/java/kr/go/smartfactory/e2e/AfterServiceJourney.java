package kr.go.smartfactory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * After-service from both sides: (주)한빛정밀 (sme@), on a phone, files a defect on its completed project with a
 * screenshot (an empty form first: every problem next to its field, nothing filed); it goes to the project's supplier
 * (하자보수); the supplier answers on its desk, the SME replies, the supplier completes it and the SME rates it. Every
 * page on the way is checked with axe-core, and the SME's pages fit the phone. Staff then publish it as a solved case,
 * and the SME, typing a new request's title, finds it among 비슷한 해결 사례.
 */
class AfterServiceJourney {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private WebDriver sme;
    private WebDriver supplier;

    @BeforeEach
    void start() {
        sme = Browser.start();
        supplier = Browser.start();
    }

    @AfterEach
    void stop() {
        sme.quit();
        supplier.quit();
    }

    private static void click(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static List<String> serious(WebDriver driver) {
        return new AxeBuilder().withTags(TAGS).analyze(driver).getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> driver.getCurrentUrl().replace(Browser.BASE, "") + ": " + r.getId() + " "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList())
                .toList();
    }

    private static void waitForText(WebDriver driver, String id, String text) {
        Browser.waiting(driver).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    @Test
    void anSmeFilesADefectWithAScreenshotTheSupplierAnswersItIsCompletedAndRated() throws Exception {
        List<String> violations = new java.util.ArrayList<>();
        String title = "실적 집계 화면 중복 합산 " + System.currentTimeMillis() % 100_000;
        Path screenshot = Files.createTempFile("집계화면", ".png");
        Files.write(screenshot, Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="));

        Browser.phoneWidth(sme);
        Browser.signIn(sme, "sme");
        sme.get(Browser.BASE + "/my/as-requests.xhtml");
        int rowsBefore = sme.findElements(By.cssSelector("#as-requests tbody tr")).size();
        assertTrue(sme.findElements(By.cssSelector("#as-requests tr.row--overdue")).size() > 0, "the demo's overdue request is marked");
        assertEquals(0, Browser.overflow(sme), "the list and the form fit a phone: " + Browser.sticksOut(sme));
        violations.addAll(serious(sme));

        // an empty form: every problem next to its field, nothing filed
        click(sme, sme.findElement(By.id("newRequest:submit")));
        Browser.waiting(sme).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='newRequest:title'] ~ .ui-message-error")));
        for (String field : List.of("category", "severity", "description")) {
            assertEquals(1, sme.findElements(By.cssSelector("[id='newRequest:" + field + "'] ~ .ui-message-error")).size(), field);
        }
        violations.addAll(serious(sme));
        assertEquals(rowsBefore, sme.findElements(By.cssSelector("#as-requests tbody tr")).size(), "nothing filed");

        Select project = new Select(sme.findElement(By.id("newRequest:project")));
        project.selectByIndex(1);
        new Select(sme.findElement(By.id("newRequest:category"))).selectByValue("SW_DEFECT");
        new Select(sme.findElement(By.id("newRequest:severity"))).selectByValue("HIGH");
        Browser.type(sme, "newRequest:title", title);
        Browser.type(sme, "newRequest:description", "사출기 3호기의 실적이 집계 화면에 두 번씩 더해집니다.");
        sme.findElement(By.id("newRequest:file")).sendKeys(screenshot.toString());
        click(sme, sme.findElement(By.id("newRequest:submit")));
        Browser.waiting(sme).until(ExpectedConditions.urlContains("/my/as-request.xhtml?id="));
        String number = sme.findElement(By.id("number")).getText();
        assertTrue(number.matches("AS-\\d{4}-\\d{6}"), number);
        assertEquals("접수", sme.findElement(By.id("status")).getText());
        assertTrue(sme.findElement(By.id("handler")).getText().contains("공급기업"), sme.findElement(By.id("handler")).getText());
        assertTrue(sme.findElement(By.id("handler")).getText().contains("하자보수"));
        assertTrue(sme.findElement(By.id("summary")).getText().contains(screenshot.getFileName().toString()), "the file is listed");
        assertEquals(0, Browser.overflow(sme), "the request fits a phone: " + Browser.sticksOut(sme));
        violations.addAll(serious(sme));
        String requestUrl = sme.getCurrentUrl();

        // the supplier finds it on its desk and answers
        Browser.signIn(supplier, "supplier");
        supplier.get(Browser.BASE + "/desk/as-requests.xhtml");
        violations.addAll(serious(supplier));
        WebElement link = Browser.waiting(supplier).until(d -> d.findElements(By.cssSelector("#as-requests tr")).stream()
                .filter(r -> r.getText().contains(title)).findFirst().map(r -> r.findElement(By.cssSelector("a.as-link"))).orElse(null));
        supplier.get(link.getDomProperty("href"));
        assertTrue(supplier.findElement(By.id("summary")).getText().contains(screenshot.getFileName().toString()), "the supplier sees the file");
        Browser.type(supplier, "reply:body", "집계 쿼리의 중복을 찾아 고쳤습니다. 화면을 새로 고쳐 확인해 주세요.");
        click(supplier, supplier.findElement(By.id("reply:send")));
        waitForText(supplier, "thread", "집계 쿼리의 중복");
        violations.addAll(serious(supplier));

        // the SME reads the answer and replies
        sme.get(requestUrl);
        assertTrue(sme.findElement(By.id("thread")).getText().contains("집계 쿼리의 중복"));
        Browser.type(sme, "reply:body", "확인했습니다. 이제 한 번씩만 더해집니다.");
        click(sme, sme.findElement(By.id("reply:send")));
        waitForText(sme, "thread", "한 번씩만");

        // the supplier completes it
        supplier.navigate().refresh();
        assertTrue(supplier.findElement(By.id("thread")).getText().contains("한 번씩만"));
        new Select(supplier.findElement(By.id("steps:next"))).selectByValue("COMPLETED");
        click(supplier, supplier.findElement(By.id("steps:move")));
        waitForText(supplier, "status", "완료");

        // the SME rates it: the request is closed with its rating
        sme.get(requestUrl);
        assertEquals("완료", sme.findElement(By.id("status")).getText());
        violations.addAll(serious(sme));
        click(sme, sme.findElement(By.cssSelector("input[name='rate:rating'][value='5']")));
        Browser.type(sme, "rate:ratingComment", "빠르게 고쳐 주셨습니다.");
        click(sme, sme.findElement(By.id("rate:rateButton")));
        waitForText(sme, "status", "종료");
        assertTrue(sme.findElement(By.id("rating")).getText().startsWith("5점"), sme.findElement(By.id("rating")).getText());
        assertEquals(0, sme.findElements(By.id("reply")).size(), "a closed request takes no more messages");
        Browser.screenshot(sme, "as-request-rated-phone");

        // staff publish it as a solved case from the draft, which names nobody
        supplier.manage().deleteAllCookies();
        WebDriver staff = supplier;
        Browser.signIn(staff, "staff");
        staff.get(requestUrl.replace("/my/", "/desk/"));
        assertTrue(staff.findElement(By.id("knowledge:solution")).getDomProperty("value").contains("집계 쿼리의 중복"),
                "the handler's answer is the draft's solution");
        violations.addAll(serious(staff));
        click(staff, staff.findElement(By.id("knowledge:publish")));
        waitForText(staff, "caseState", "게시 중");
        String casePage = staff.findElement(By.id("caseLink")).getDomProperty("href");

        // before filing again, the SME sees it among similar solved cases while typing a title
        sme.get(Browser.BASE + "/my/as-requests.xhtml");
        Browser.type(sme, "newRequest:title", "집계 화면 중복");
        WebElement similar = Browser.waiting(sme).until(d -> d.findElements(By.cssSelector("#newRequest\\:similar a.similar-link")).stream()
                .filter(a -> a.getText().contains(title)).findFirst().orElse(null));
        assertEquals(casePage, similar.getDomProperty("href"));
        violations.addAll(serious(sme));
        sme.get(casePage);
        assertTrue(sme.findElement(By.id("solution")).getText().contains("집계 쿼리의 중복"));
        assertEquals(0, Browser.overflow(sme), "the case fits a phone: " + Browser.sticksOut(sme));
        violations.addAll(serious(sme));
        assertEquals(List.of(), violations);
    }
}
