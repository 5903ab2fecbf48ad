package kr.go.smartfactory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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

import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Solution usage: the supplier (supplier@) issues a log API key for a site it built — an empty form first, every problem
 * next to its field — sees the key once, a client sends a log with it, and the supplier revokes it (the next log is
 * refused). The SME (sme@) on a phone reads its MES's daily use; staff find the demo's idle site and open its chart, on
 * a desktop and on a phone; an administrator's impossible policy is refused next to its field. Every page is checked
 * with axe-core.
 */
class UsageJourney {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private WebDriver driver;

    @BeforeEach
    void start() {
        driver = Browser.start();
    }

    @AfterEach
    void stop() {
        driver.quit();
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private List<String> serious() {
        return new AxeBuilder().withTags(TAGS).analyze(driver).getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> driver.getCurrentUrl().replace(Browser.BASE, "") + ": " + r.getId() + " "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList())
                .toList();
    }

    private static String send(String key) throws Exception {
        String logDt = LocalDateTime.now(ZoneId.of("Asia/Seoul")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS"));
        String body = "crtfcKey=" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&logDt=" + URLEncoder.encode(logDt, StandardCharsets.UTF_8)
                + "&useSe=DO6001&sysUser=e2e&conectIp=10.1.1.1&dataUsgqty=1";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Browser.BASE + "/apisvc/sendLogData.json"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.body().replaceAll(".*\"recptnRsltCd\":\"(AP\\d{4})\".*", "$1");
    }

    @Test
    void aSupplierIssuesAKeySeesItOnceAClientUsesItAndTheSupplierRevokesIt() throws Exception {
        List<String> violations = new ArrayList<>();
        Browser.desktopWidth(driver);
        Browser.signIn(driver, "supplier");
        driver.get(Browser.BASE + "/my/usage.xhtml");
        assertTrue(driver.findElement(By.id("key-table")).getText().contains("사출 공정 MES"), "the demo's key is listed");
        int before = driver.findElements(By.cssSelector("#key-table tbody tr")).size();
        violations.addAll(serious());

        click(driver.findElement(By.id("issue:issueButton")));
        Browser.waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("issue"), "과제를 골라"));
        assertTrue(driver.findElement(By.id("issue")).getText().contains("시스템 이름을 100자 이내로"), "both problems, next to their fields");
        assertEquals(before, driver.findElements(By.cssSelector("#key-table tbody tr")).size(), "nothing issued");

        new Select(driver.findElement(By.id("issue:project"))).selectByIndex(1);
        String label = "E2E MES " + System.currentTimeMillis() % 100_000;
        Browser.type(driver, "issue:label", label);
        click(driver.findElement(By.id("issue:issueButton")));
        WebElement secret = Browser.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("secret")));
        String key = secret.getDomProperty("value");
        assertTrue(key.startsWith("sf1_") && key.length() > 40, key);
        assertEquals(before + 1, driver.findElements(By.cssSelector("#key-table tbody tr")).size());
        violations.addAll(serious());
        assertEquals("AP1002", send(key), "the new key works at once");

        WebElement row = driver.findElement(By.xpath("//table[@id='key-table']//tr[th[normalize-space()='" + label + "']]"));
        click(row.findElement(By.cssSelector("button[id$='revoke']")));
        Browser.waiting(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        Browser.waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//table[@id='key-table']//tr[th[normalize-space()='" + label + "']]"), "폐기됨"));
        driver.get(Browser.BASE + "/my/usage.xhtml");
        assertTrue(driver.findElements(By.id("secret")).isEmpty(), "the key is never shown again");
        String refused = send(key);
        assertTrue(refused.equals("AP1004"), "a revoked key is refused: " + refused);
        assertEquals(List.of(), violations);
    }

    @Test
    void theSmeReadsItsDailyUseOnAPhoneAndStaffFindTheIdleSite() {
        List<String> violations = new ArrayList<>();
        Browser.phoneWidth(driver);
        Browser.signIn(driver, "sme");
        driver.get(Browser.BASE + "/my/usage.xhtml");
        click(driver.findElement(By.xpath("//table[@id='key-table']//a[contains(., '사출 공정 MES')]")));
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("usage-days")));
        assertEquals(30, driver.findElements(By.cssSelector("#usage-days tbody tr")).size(), "the last 30 days");
        assertTrue(driver.findElement(By.id("usage-chart")).getText().contains("조회"), "logs by kind");
        assertEquals(0, Browser.overflow(driver), "the chart fits a phone: " + Browser.sticksOut(driver));
        violations.addAll(serious());
        click(driver.findElement(By.xpath("//nav[contains(@class, 'usage-spans')]//a[contains(., '7')]")));
        Browser.waiting(driver).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#usage-days tbody tr"), 7));

        driver.manage().deleteAllCookies();
        Browser.desktopWidth(driver);
        Browser.signIn(driver, "staff");
        driver.get(Browser.BASE + "/staff/usage.xhtml");
        WebElement idle = driver.findElement(By.id("idle:idleList"));
        assertTrue(idle.getText().contains("(주)태광기계"), "the demo's pilot MES stopped sending logs: " + idle.getText());
        assertTrue(driver.findElements(By.id("idle:exportXlsx")).size() == 1 && driver.findElements(By.id("keys:exportCsv")).size() == 1,
                "both tables export");
        violations.addAll(serious());
        click(idle.findElement(By.xpath(".//a[contains(., '(주)태광기계')]")));
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("usage-days")));
        assertTrue(driver.findElement(By.id("usage-chart")).getText().contains("절삭 설비"), "its chart");
        Browser.phoneWidth(driver);
        driver.navigate().refresh();
        assertEquals(0, Browser.overflow(driver), "staff's page fits a phone: " + Browser.sticksOut(driver));
        violations.addAll(serious());

        driver.manage().deleteAllCookies();
        Browser.desktopWidth(driver);
        Browser.signIn(driver, "admin");
        driver.get(Browser.BASE + "/staff/usage.xhtml");
        Browser.type(driver, "policy:idleDays", "0");
        click(driver.findElement(By.id("policy:savePolicy")));
        Browser.waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("policy"), "1일부터 365일까지의 정수"));
        driver.get(Browser.BASE + "/staff/usage.xhtml");
        assertEquals("7", driver.findElement(By.id("policy:idleDays")).getDomProperty("value"), "nothing changed");
        violations.addAll(serious());
        assertEquals(List.of(), violations);
    }
}
