package kr.go.smartfactory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * The evaluation in the demo's two closed 기초 rounds: staff try to assign an evaluator who worked at the applicant and
 * are refused next to the field, then assign another; the demo evaluator signs its declaration with its name, grades
 * every criterion, saves, submits (after confirming) and finds the card sealed; staff see the card submitted, confirm
 * the results of a round whose cards are all in and find the selected company's agreement drafted; the
 * applicant that objected (sme4@) reads its result, rank and the objection under review on a phone.
 */
class EvaluationJourney {

    private WebDriver staff;
    private WebDriver evaluator;
    private WebDriver sme;

    @BeforeEach
    void start() {
        staff = Browser.start();
        evaluator = Browser.start();
        sme = Browser.start();
    }

    @AfterEach
    void stop() {
        staff.quit();
        evaluator.quit();
        sme.quit();
    }

    private static void click(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Shows the round whose title ends with {@code ending} (the page keeps it in the URL). */
    private static void showRound(WebDriver driver, String ending) {
        Select rounds = new Select(driver.findElement(By.id("round")));
        WebElement option = rounds.getOptions().stream().filter(o -> o.getText().strip().endsWith(ending)).findFirst().orElseThrow();
        rounds.selectByValue(option.getDomProperty("value"));
        click(driver, driver.findElement(By.id("show")));
        Browser.waiting(driver).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("round-heading"), ending));
    }

    private static void selectContaining(WebDriver driver, String id, String text) {
        Select select = new Select(driver.findElement(By.id(id)));
        WebElement option = select.getOptions().stream().filter(o -> o.getText().contains(text)).findFirst().orElseThrow();
        select.selectByValue(option.getDomProperty("value"));
    }

    @Test
    void staffAssignAnEvaluatorWhoSignsScoresAndSubmitsAndTheApplicantReadsItsResult() {
        Browser.signIn(staff, "staff");
        staff.get(Browser.BASE + "/staff/evaluation.xhtml");
        showRound(staff, "1차 공고");
        assertTrue(staff.findElement(By.id("objections")).getText().contains("(주)미래정공"), "the objection waits for staff");

        // 배평점 worked at (주)동해정밀 until a year ago: refused, the reason next to the evaluator
        selectContaining(staff, "assign:application", "(주)동해정밀");
        selectContaining(staff, "assign:evaluator", "배평점");
        click(staff, staff.findElement(By.id("assign:assignButton")));
        WebElement refusal = Browser.waiting(staff).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='assign:evaluator'] ~ .ui-message-error, #assign .ui-message-error")));
        assertTrue(refusal.getText().contains("3년"), refusal.getText());

        // in the 1차 추가 round 문심사 may evaluate (주)새롬전자
        showRound(staff, "1차 추가 공고");
        selectContaining(staff, "assign:application", "(주)새롬전자");
        selectContaining(staff, "assign:evaluator", "문심사");
        click(staff, staff.findElement(By.id("assign:assignButton")));
        Browser.waiting(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignments"), "문심사"));

        // the demo evaluator: declaration, grades, save, submit
        Browser.signIn(evaluator, "evaluator");
        evaluator.get(Browser.BASE + "/staff/evaluations.xhtml");
        WebElement row = evaluator.findElements(By.cssSelector("#mine tbody tr")).stream()
                .filter(r -> r.getText().contains("(주)금강정공")).findFirst().orElseThrow();
        click(evaluator, row.findElement(By.cssSelector("a.scorecard-link")));
        Browser.waiting(evaluator).until(ExpectedConditions.presenceOfElementLocated(By.id("declaration:signature")));
        Browser.type(evaluator, "declaration:signature", "홍길동");
        click(evaluator, evaluator.findElement(By.id("declaration:sign")));
        Browser.waiting(evaluator).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#declaration"), "본인 이름"));
        Browser.type(evaluator, "declaration:signature", "한평가");
        click(evaluator, evaluator.findElement(By.id("declaration:sign")));
        Browser.waiting(evaluator).until(ExpectedConditions.presenceOfElementLocated(By.id("card:save")));
        assertTrue(evaluator.findElement(By.id("content")).getText().contains("(주)금강정공"), "the application opened");

        List<WebElement> good = evaluator.findElements(By.cssSelector("#card input[type='radio'][value='GOOD']"));
        assertTrue(good.size() >= 3, "a grade per criterion");
        good.forEach(radio -> click(evaluator, radio));
        click(evaluator, evaluator.findElement(By.id("card:save")));
        Browser.waiting(evaluator).until(ExpectedConditions.presenceOfElementLocated(By.id("savedAt")));
        assertEquals(good.size(), evaluator.findElements(By.cssSelector("#card input[type='radio'][value='GOOD']:checked")).size(),
                "the saved grades come back");
        click(evaluator, evaluator.findElement(By.id("card:submit")));
        Browser.waiting(evaluator).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        Browser.waiting(evaluator).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "제출"));
        assertTrue(evaluator.findElements(By.id("card:save")).isEmpty(), "a submitted card is sealed");

        staff.get(Browser.BASE + "/staff/evaluation.xhtml?round=" + new Select(staff.findElement(By.id("round"))).getFirstSelectedOption()
                .getDomProperty("value"));
        Boolean seen = Browser.waiting(staff).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#assignments tbody tr")).stream()
                        .anyMatch(r -> r.getText().contains("(주)금강정공") && r.getText().contains("한평가 제출")) ? Boolean.TRUE : null);
        assertTrue(seen, "staff see the card submitted");

        // every card of the 2차 round is in: staff confirm its results and notify; the selected company's agreement is drafted
        showRound(staff, "2차 공고");
        assertTrue(staff.findElements(By.id("notReady")).isEmpty(), "the round is ready to confirm");
        click(staff, staff.findElement(By.id("ranking:confirm")));
        Browser.waiting(staff).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        Browser.waiting(staff).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("content"), "결과를 확정했습니다(선정 1개)"));
        staff.get(Browser.BASE + "/staff/projects.xhtml");
        Browser.waiting(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("projects:list"), "(주)한빛금속"));

        // the applicant that objected reads its result on a phone
        Browser.phoneWidth(sme);
        Browser.signIn(sme, "sme4");
        sme.get(Browser.BASE + "/my/applications.xhtml");
        sme.get(sme.findElement(By.cssSelector("#applications a[id^='open-']")).getDomProperty("href"));
        WebElement result = Browser.waiting(sme).until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        assertTrue(result.getText().contains("미선정"), result.getText());
        assertTrue(result.getText().contains("검토 중"), "the objection is under review");
        assertEquals(0, Browser.overflow(sme), "the result fits a phone: " + Browser.sticksOut(sme));
    }
}
