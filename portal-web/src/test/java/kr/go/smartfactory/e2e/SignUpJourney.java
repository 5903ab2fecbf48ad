package kr.go.smartfactory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;

/**
 * A new SME signs up in the browser, confirms its e-mail from the mailed link, signs in, sees its own page,
 * switches to English and signs out — against the packaged server (target/server) started by the e2e profile.
 */
class SignUpJourney {

    private GreenMail smtp;
    private WebDriver browser;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("portal.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.quit();
        smtp.stop();
    }

    private void type(String id, String text) {
        Browser.type(browser, id, text);
    }

    private void choose(String id, String labelStart, String value) {
        Browser.choose(browser, id, labelStart, value);
    }

    @Test
    void newSmeSignsUpConfirmsSignsInSwitchesToEnglishAndSignsOut() throws Exception {
        String nine = String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        String brn = nine + BusinessRegistrationNumber.checkDigit(nine);
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@e2e.smartfactory.kr";
        String password = "Journey!2026x";

        browser.get(Browser.BASE + "/");
        assertEquals("홈 | 스마트공장 1번가", browser.getTitle());
        browser.findElement(By.linkText("도입기업으로 가입")).click();
        Browser.waiting(browser).until(ExpectedConditions.titleContains("회원가입"));
        assertTrue(browser.findElement(By.id("signup:kind:0")).isSelected(), "the SME link preselects the kind");

        type("signup:registrationNumber", brn.substring(0, 3) + "-" + brn.substring(3, 5) + "-" + brn.substring(5));
        type("signup:companyName", "(주)여정정밀");
        type("signup:ceoName", "김여정");
        type("signup:address", "경상남도 창원시 의창구 창원대로 1");
        choose("signup:region", "경상남도", "GYEONGNAM");
        choose("signup:industryCode", "29 ", "29");
        type("signup:contactName", "박담당");
        type("signup:phone", "055-111-2222");
        type("signup:email", email);
        type("signup:password", password);
        type("signup:passwordConfirmation", password);
        browser.findElement(By.id("signup:privacyConsent")).click();
        Browser.screenshot(browser, "01-signup-filled");
        browser.findElement(By.id("signup:submit")).click();

        Browser.waiting(browser).until(ExpectedConditions.urlContains("signup-done"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("이메일을 확인해 주세요"));

        MimeMessage mail = Browser.mailTo(browser, smtp, email);
        assertEquals(email, mail.getAllRecipients()[0].toString());
        Matcher link = Pattern.compile("(http\\S+/confirm\\.xhtml\\?token=[A-Za-z0-9_-]+)").matcher(String.valueOf(mail.getContent()));
        assertTrue(link.find(), "the mail carries the confirmation link");
        browser.get(link.group(1));
        assertTrue(browser.findElement(By.id("confirmed")).getText().contains("확인되었습니다"));

        browser.get(Browser.BASE + "/login.xhtml");
        type("login:email", email);
        type("login:password", password);
        browser.findElement(By.id("login:submit")).click();
        Browser.waiting(browser).until(ExpectedConditions.urlContains("/my/index.xhtml"));
        assertEquals(email, browser.findElement(By.id("my-email")).getText());
        assertEquals("(주)여정정밀", browser.findElement(By.id("my-company")).getText());
        assertEquals("마이페이지", browser.findElement(By.tagName("h1")).getText());
        Browser.screenshot(browser, "02-my-page-ko");

        browser.findElement(By.linkText("English")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "My page"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.getPageSource().contains("South Gyeongsang"), "region shown in English");
        Browser.screenshot(browser, "03-my-page-en");

        browser.findElement(By.id("logoutForm:logout")).click();
        Browser.waiting(browser).until(ExpectedConditions.urlToBe(Browser.BASE + "/"));
        assertTrue(browser.findElement(By.linkText("Sign in")).isDisplayed(), "signed out, English kept");
        browser.get(Browser.BASE + "/my/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml?next="), "my page needs sign-in again");
    }
}
