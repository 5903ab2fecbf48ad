package kr.go.smartfactory.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (no downloads). The flags keep Chromium from
 * reaching for outside hosts, which this network refuses.
 */
final class Browser {

    static final String BASE = System.getProperty("portal.url", "http://127.0.0.1:8080");

    private Browser() {
    }

    static WebDriver start() {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,1600", "--lang=ko-KR",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-e2e"));
            // the console, to see Content-Security-Policy refusals (a page whose scripts the policy blocks is broken)
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                    .build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in as a demo account ("sme", "supplier", "admin", …) and waits until the sign-in page is left. */
    static void signIn(WebDriver driver, String account) {
        driver.get(BASE + "/login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(account + "@demo.smartfactory.kr");
        driver.findElement(By.id("login:password")).sendKeys("Demo!2026portal", Keys.ENTER);
        waiting(driver).until(ExpectedConditions.not(
                ExpectedConditions.urlContains("login.xhtml")));
    }

    /** Clears a field and types into it. */
    static void type(WebDriver driver, String id, String text) {
        org.openqa.selenium.WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * PrimeFaces select: open it like a person and click the option; if the widget did not take the click
     * (its panel animation can swallow it on a slow machine), select the same value through its client API and fire
     * its change (and so its ajax) as the click would have.
     */
    static void choose(WebDriver driver, String id, String labelStart, String value) {
        driver.findElement(By.id(id + "_label")).click();
        org.openqa.selenium.WebElement option = waiting(driver).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[@id='" + id + "_panel']//li[starts-with(normalize-space(), '" + labelStart + "')]")));
        option.click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(4))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), labelStart.strip()));
        } catch (org.openqa.selenium.TimeoutException notTaken) {
            // selectValue selects silently; triggerChange fires what a person's click fires (the select's ajax)
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]); w.triggerChange();", id, value);
        }
        if (!value.equals(driver.findElement(By.id(id + "_input")).getDomProperty("value"))) {
            throw new AssertionError(id + " not selected: " + value);
        }
    }

    /** Phone width (a 375 px wide screen): nothing may need scrolling sideways. */
    static void phoneWidth(WebDriver driver) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
    }

    static void desktopWidth(WebDriver driver) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
    }

    /** How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways). */
    static long overflow(WebDriver driver) {
        Object width = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) width).longValue();
    }

    /** The innermost elements that stick out to the right (tag#id.class), to say what makes a page scroll sideways. */
    static String sticksOut(WebDriver driver) {
        Object found = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var w = document.documentElement.clientWidth, out = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect();"
                        + "  if (r.right > w + 1 && r.width > 0 && !Array.prototype.some.call(e.children, function (c) {"
                        + "      return c.getBoundingClientRect().right > w + 1; })) {"
                        + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ').join('.') : '') + ' ' + Math.round(r.right) + 'px');"
                        + "  }"
                        + "});"
                        + "return out.slice(0, 5).join(', ');");
        return String.valueOf(found);
    }

    /** Console messages since the last call that report a Content-Security-Policy refusal. */
    static java.util.List<String> cspViolations(WebDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Keeps a picture of the page for people reviewing the run (target/e2e). */
    static void screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of("target", "e2e");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The mail to this address, waiting up to 30 s: other mails of the demo (retried from the outbox while no mail
     * server listened) may arrive at the test's mail server too.
     */
    static jakarta.mail.internet.MimeMessage mailTo(WebDriver driver, com.icegreen.greenmail.util.GreenMail smtp, String email) {
        return waiting(driver).withTimeout(Duration.ofSeconds(30)).until(d -> {
            for (jakarta.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
                try {
                    if (email.equals(m.getAllRecipients()[0].toString())) {
                        return m;
                    }
                } catch (jakarta.mail.MessagingException unreadable) {
                    // not this one
                }
            }
            return null;
        });
    }
}
