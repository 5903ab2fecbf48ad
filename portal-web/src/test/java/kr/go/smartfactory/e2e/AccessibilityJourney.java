package kr.go.smartfactory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * KWCAG 2.2 / WCAG 2.1 AA on the pages that exist: axe-core finds no serious or critical violation, every
 * page has a title, and the skip link and sign-in work from the keyboard.
 */
class AccessibilityJourney {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private WebDriver browser;

    @BeforeEach
    void start() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    private List<String> seriousViolations(String path) {
        Browser.cspViolations(browser);
        browser.get(Browser.BASE + path);
        assertFalse(browser.getTitle().isBlank(), path + " has a title");
        List<String> found = new ArrayList<>();
        Browser.cspViolations(browser).forEach(m -> found.add(path + ": CSP refused " + m));
        found.addAll(axe(path));
        return found;
    }

    /** Serious and critical axe-core violations of the page as it is now (after an action on it). */
    private List<String> axe(String label) {
        List<String> found = new ArrayList<>();
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                found.add(label + ": " + rule.getId() + " (" + rule.getImpact() + ") "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")));
            }
        }
        return found;
    }

    private void signIn(String account) {
        Browser.signIn(browser, account);
    }

    @Test
    void publicPagesInBothLanguages() {
        List<String> violations = new ArrayList<>();
        for (String path : List.of("/index.xhtml?lang=ko", "/login.xhtml", "/signup.xhtml", "/password/forgot.xhtml",
                "/password/reset.xhtml?token=expired", "/confirm.xhtml?token=unknown", "/index.xhtml?lang=en",
                "/signup.xhtml", "/no-such-page.xhtml", "/privacy.xhtml", "/terms.xhtml", "/contact.xhtml", "/index.xhtml?lang=ko",
                "/suppliers/index.xhtml", "/suppliers/index.xhtml?q=MES&region=GYEONGGI&verified=true")) {
            violations.addAll(seriousViolations(path));
        }
        String profile = browser.findElement(By.cssSelector(".result__name")).getAttribute("href");
        violations.addAll(seriousViolations(profile.substring(profile.indexOf("/suppliers/"))));
        for (String path : List.of("/announcements/index.xhtml?phase=ALL", "/announcements/index.xhtml?phase=CLOSED&q=2022")) {
            violations.addAll(seriousViolations(path));
        }
        String announcement = browser.findElement(By.cssSelector(".result__name a")).getAttribute("href");
        violations.addAll(seriousViolations(announcement.substring(announcement.indexOf("/announcements/"))));
        for (String path : List.of("/levels/verify.xhtml", "/levels/verify.xhtml?number=SFL-2026-NOPE-NOPE")) {
            violations.addAll(seriousViolations(path));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void signUpFormWithErrorsStaysAccessible() {
        browser.get(Browser.BASE + "/signup.xhtml");
        Browser.type(browser, "signup:email", "kept@example.kr");
        Browser.type(browser, "signup:registrationNumber", "220-81-62518");
        browser.findElement(By.id("signup:submit")).click();
        Browser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
        // every error at once, next to its field and in the summary at the top, each linking to its field
        List<org.openqa.selenium.WebElement> links = Browser.waiting(browser).until(
                ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("#error-summary a")));
        assertTrue(links.size() >= 5, "several errors at once: " + links.size());
        for (org.openqa.selenium.WebElement link : links) {
            String target = link.getDomAttribute("href").substring(1);
            assertEquals(1, browser.findElements(By.id(target)).size(), "the summary links to its field: " + target);
        }
        assertEquals("kept@example.kr", browser.findElement(By.id("signup:email")).getDomProperty("value"), "nothing typed is lost");
        Browser.screenshot(browser, "form-errors");
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
        assertEquals(List.of(), results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Rule::getId).toList());
    }

    @Test
    void signedInAreas() {
        signIn("sme");
        List<String> violations = new ArrayList<>(seriousViolations("/my/index.xhtml"));
        violations.addAll(seriousViolations("/my/matching.xhtml"));
        violations.addAll(seriousViolations("/my/diagnosis.xhtml"));
        browser.manage().deleteAllCookies();
        signIn("admin");
        for (String path : List.of("/staff/index.xhtml", "/admin/accounts.xhtml", "/admin/specialities.xhtml",
                "/audit/trail.xhtml", "/staff/jobs.xhtml", "/staff/announcements.xhtml", "/staff/announcement.xhtml?type=WIN_WIN",
                "/staff/assessments.xhtml", "/admin/diagnosis.xhtml")) {
            violations.addAll(seriousViolations(path));
        }
        assertEquals(List.of(), violations);
    }

    /** The application pages of each role (the SME's wizard at every step, the supplier's inbox, staff, coordinator). */
    @Test
    void applicationPages() {
        signIn("sme");
        List<String> violations = new ArrayList<>(seriousViolations("/my/applications.xhtml"));
        String wizard = browser.findElement(By.cssSelector("#applications a[id^='open-']")).getDomProperty("href");
        String path = wizard.substring(wizard.indexOf("/my/"));
        for (int step = 1; step <= 6; step++) {
            violations.addAll(seriousViolations(path + "&step=" + step));
        }
        browser.manage().deleteAllCookies();
        signIn("supplier");
        violations.addAll(seriousViolations("/my/participations.xhtml"));
        browser.manage().deleteAllCookies();
        signIn("staff");
        violations.addAll(seriousViolations("/staff/applications.xhtml"));
        String one = browser.findElement(By.cssSelector("a.application-link")).getDomProperty("href");
        violations.addAll(seriousViolations(one.substring(one.indexOf("/staff/"))));
        violations.addAll(seriousViolations("/announcements/index.xhtml"));
        browser.manage().deleteAllCookies();
        signIn("coordinator");
        violations.addAll(seriousViolations("/staff/coordination.xhtml"));
        List<WebElement> followed = browser.findElements(By.cssSelector("#companies a"));
        if (!followed.isEmpty()) {
            String href = followed.get(0).getDomProperty("href");
            violations.addAll(seriousViolations(href.substring(href.indexOf("/staff/"))));
        }
        assertEquals(List.of(), violations);
    }

    /**
     * The evaluation pages of each role: staff's board and pool, the auditor's board, the evaluator's list and card, the
     * supervised projects of an expert (감리), the applicant's result.
     */
    @Test
    void evaluationPages() {
        List<String> violations = new ArrayList<>();
        signIn("staff");
        violations.addAll(seriousViolations("/staff/evaluation.xhtml"));
        violations.addAll(seriousViolations("/staff/evaluators.xhtml"));
        browser.manage().deleteAllCookies();
        signIn("auditor");
        violations.addAll(seriousViolations("/staff/evaluation.xhtml"));
        browser.manage().deleteAllCookies();
        signIn("evaluator");
        violations.addAll(seriousViolations("/staff/evaluations.xhtml"));
        for (WebElement link : browser.findElements(By.cssSelector("a.scorecard-link"))) {
            String href = link.getDomProperty("href");
            violations.addAll(seriousViolations(href.substring(href.indexOf("/staff/"))));
            break;
        }
        browser.manage().deleteAllCookies();
        signIn("evaluator2");
        browser.get(Browser.BASE + "/staff/evaluations.xhtml");
        String scoring = browser.findElements(By.cssSelector("a.scorecard-link")).get(0).getDomProperty("href");
        violations.addAll(seriousViolations(scoring.substring(scoring.indexOf("/staff/"))));
        // 감리: the projects evaluator2@ supervises and one of them, with its inspection and the answered corrective action
        violations.addAll(seriousViolations("/staff/supervisions.xhtml"));
        String supervised = browser.findElement(By.cssSelector("a.project-link")).getDomProperty("href");
        violations.addAll(seriousViolations(supervised.substring(supervised.indexOf("/staff/"))));
        browser.manage().deleteAllCookies();
        signIn("sme4");
        browser.get(Browser.BASE + "/my/applications.xhtml");
        String mine = browser.findElement(By.cssSelector("#applications a[id^='open-']")).getDomProperty("href");
        violations.addAll(seriousViolations(mine.substring(mine.indexOf("/my/"))));
        assertEquals(List.of(), violations);
    }

    /**
     * The after-service pages of each side: the SME's list and each of its demo requests (waiting for its answer,
     * completed and waiting for its rating, rejected), the AS expert's desk and a request it leads (steps, assignment,
     * internal notes), staff's list with its exports and a request with the re-routing form, the coordinator's desk.
     */
    @Test
    void afterServicePages() {
        List<String> violations = new ArrayList<>();
        violations.addAll(seriousViolations("/cases/index.xhtml"));
        String solved = browser.findElement(By.cssSelector("#cases a.case-link")).getDomProperty("href");
        violations.addAll(seriousViolations(solved.substring(solved.indexOf("/cases/"))));
        violations.addAll(seriousViolations("/cases/index.xhtml?q=" + java.net.URLEncoder.encode("재고", java.nio.charset.StandardCharsets.UTF_8)));
        signIn("sme");
        violations.addAll(seriousViolations("/my/as-requests.xhtml"));
        List<String> mine = browser.findElements(By.cssSelector("#as-requests a.as-link")).stream()
                .map(a -> a.getDomProperty("href")).toList();
        assertTrue(mine.size() >= 6, "the demo's requests: " + mine.size());
        for (String href : mine.subList(0, Math.min(8, mine.size()))) {
            violations.addAll(seriousViolations(href.substring(href.indexOf("/my/"))));
        }
        browser.manage().deleteAllCookies();
        signIn("asexpert");
        violations.addAll(seriousViolations("/desk/as-requests.xhtml"));
        String handled = browser.findElement(By.cssSelector("#as-requests a.as-link")).getDomProperty("href");
        violations.addAll(seriousViolations(handled.substring(handled.indexOf("/desk/"))));
        browser.manage().deleteAllCookies();
        signIn("staff");
        violations.addAll(seriousViolations("/staff/as-requests.xhtml"));
        violations.addAll(seriousViolations("/staff/as-sla.xhtml"));
        String report = browser.findElement(By.id("sla:report")).getText();
        assertTrue(report.contains("동남 AS 지원단") && report.contains("합계"), "the demo's requests under their group, and the total: " + report);
        browser.get(Browser.BASE + "/staff/as-requests.xhtml");
        String any = browser.findElement(By.cssSelector("a.as-link")).getDomProperty("href");
        violations.addAll(seriousViolations(any.substring(any.indexOf("/desk/"))));
        browser.manage().deleteAllCookies();
        signIn("coordinator");
        violations.addAll(seriousViolations("/desk/as-requests.xhtml"));
        assertEquals(List.of(), violations);
    }

    /** The agreement pages: staff's list and one agreement, the SME's and the supplier's lists and agreement. */
    @Test
    void agreementPages() {
        List<String> violations = new ArrayList<>();
        signIn("staff");
        violations.addAll(seriousViolations("/staff/dashboard.xhtml"));
        violations.addAll(seriousViolations("/staff/projects.xhtml"));
        for (WebElement link : browser.findElements(By.cssSelector("a.project-link"))) {
            // every agreement of the demo: drafted, concluded, in build with its ledger and inspection
            String href = link.getDomProperty("href");
            violations.add(href.substring(href.indexOf("/staff/")));
        }
        List<String> pages = new ArrayList<>(violations);
        violations.clear();
        for (String page : pages) {
            violations.addAll(seriousViolations(page));
        }
        for (String account : List.of("sme5", "sme7", "supplier")) {
            browser.manage().deleteAllCookies();
            signIn(account);
            violations.addAll(seriousViolations("/my/projects.xhtml"));
            String mine = browser.findElement(By.cssSelector("a.project-link")).getDomProperty("href");
            violations.addAll(seriousViolations(mine.substring(mine.indexOf("/my/"))));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void agreementPagesFitAPhone() {
        Browser.phoneWidth(browser);
        List<String> overflowing = new ArrayList<>();
        signIn("staff");
        browser.get(Browser.BASE + "/staff/projects.xhtml");
        String one = browser.findElement(By.cssSelector("a.project-link")).getDomProperty("href");
        overflowing.addAll(overflowingOnAPhone(List.of("/staff/dashboard.xhtml", "/staff/projects.xhtml", one.substring(one.indexOf("/staff/")))));
        browser.manage().deleteAllCookies();
        signIn("sme5");
        browser.get(Browser.BASE + "/my/projects.xhtml");
        String mine = browser.findElement(By.cssSelector("a.project-link")).getDomProperty("href");
        overflowing.addAll(overflowingOnAPhone(List.of("/my/projects.xhtml", mine.substring(mine.indexOf("/my/")))));
        assertEquals(List.of(), overflowing);
    }

    @Test
    void evaluationPagesFitAPhone() {
        Browser.phoneWidth(browser);
        List<String> overflowing = new ArrayList<>();
        signIn("staff");
        overflowing.addAll(overflowingOnAPhone(List.of("/staff/evaluation.xhtml", "/staff/evaluators.xhtml")));
        browser.manage().deleteAllCookies();
        signIn("evaluator2");
        browser.get(Browser.BASE + "/staff/evaluations.xhtml");
        String scoring = browser.findElements(By.cssSelector("a.scorecard-link")).get(0).getDomProperty("href");
        overflowing.addAll(overflowingOnAPhone(List.of("/staff/evaluations.xhtml", scoring.substring(scoring.indexOf("/staff/")),
                "/staff/supervisions.xhtml")));
        String supervised = browser.findElement(By.cssSelector("a.project-link")).getDomProperty("href");
        overflowing.addAll(overflowingOnAPhone(List.of(supervised.substring(supervised.indexOf("/staff/")))));
        assertEquals(List.of(), overflowing);
    }

    @Test
    void applicationPagesFitAPhone() {
        Browser.phoneWidth(browser);
        List<String> overflowing = new ArrayList<>();
        signIn("sme");
        browser.get(Browser.BASE + "/my/applications.xhtml");
        String wizard = browser.findElement(By.cssSelector("#applications a[id^='open-']")).getDomProperty("href");
        List<String> paths = new ArrayList<>(List.of("/my/applications.xhtml"));
        for (int step = 1; step <= 6; step++) {
            paths.add(wizard.substring(wizard.indexOf("/my/")) + "&step=" + step);
        }
        overflowing.addAll(overflowingOnAPhone(paths));
        browser.manage().deleteAllCookies();
        signIn("staff");
        browser.get(Browser.BASE + "/staff/applications.xhtml");
        String one = browser.findElement(By.cssSelector("a.application-link")).getDomProperty("href");
        overflowing.addAll(overflowingOnAPhone(List.of("/staff/applications.xhtml", one.substring(one.indexOf("/staff/")))));
        browser.manage().deleteAllCookies();
        signIn("supplier");
        overflowing.addAll(overflowingOnAPhone(List.of("/my/participations.xhtml")));
        assertEquals(List.of(), overflowing);
    }

    /** The pages that need scrolling sideways at the current width, with what sticks out (a picture of each kept). */
    private List<String> overflowingOnAPhone(List<String> paths) {
        List<String> overflowing = new ArrayList<>();
        for (String path : paths) {
            browser.get(Browser.BASE + path);
            Browser.screenshot(browser, "phone" + path.replaceAll("[^a-z0-9]+", "-"));
            if (Browser.overflow(browser) > 0) {
                overflowing.add(path + " +" + Browser.overflow(browser) + "px: " + Browser.sticksOut(browser));
            }
        }
        return overflowing;
    }

    @Test
    void registrationDisputeInboxAndHolidayPages() {
        signIn("pending");
        List<String> violations = new ArrayList<>(seriousViolations("/my/registration.xhtml"));
        violations.addAll(seriousViolations("/my/inbox.xhtml"));
        browser.manage().deleteAllCookies();
        signIn("claimant");
        violations.addAll(seriousViolations("/my/index.xhtml"));
        browser.manage().deleteAllCookies();
        signIn("supplier");
        violations.addAll(seriousViolations("/my/registration.xhtml"));
        browser.manage().deleteAllCookies();
        signIn("admin");
        for (String path : List.of("/staff/suppliers.xhtml?status=ALL", "/staff/claims.xhtml", "/admin/holidays.xhtml", "/my/inbox.xhtml",
                "/admin/as-groups.xhtml", "/staff/as-sla.xhtml")) {
            violations.addAll(seriousViolations(path));
        }
        assertEquals(List.of(), violations);
    }

    /**
     * ADMIN sets a severity's SLA targets: choosing it fills in the current ones, out-of-range and out-of-order hours are
     * refused next to their fields and change nothing, the same targets saved again are kept.
     */
    @Test
    void administratorsSetTheSlaTargetsWithEveryProblemNextToItsField() {
        signIn("admin");
        browser.get(Browser.BASE + "/admin/as-groups.xhtml");
        Browser.choose(browser, "target:severity", "낮음", "LOW");
        // the ajax that fills the targets replaces the fields: a field found just before it may be stale
        Browser.waiting(browser).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "18".equals(d.findElement(By.id("target:firstResponse")).getDomProperty("value")));
        assertEquals("90", browser.findElement(By.id("target:resolution")).getDomProperty("value"), "ten business days of nine hours");
        Browser.type(browser, "target:firstResponse", "0");
        Browser.type(browser, "target:resolution", "200");
        browser.findElement(By.id("target:saveTarget")).click();
        Browser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='target:resolution'] ~ .ui-message-error")));
        assertEquals(1, browser.findElements(By.cssSelector("[id='target:firstResponse'] ~ .ui-message-error")).size(), "next to its field");
        assertTrue(browser.findElement(By.cssSelector("[id='target:resolution'] ~ .ui-message-error")).getText().contains("180시간"));
        assertTrue(browser.findElement(By.id("targetTable")).getText().contains("10영업일"), "nothing changed");
        List<String> violations = new ArrayList<>(axe("/admin/as-groups.xhtml with refused targets"));
        Browser.type(browser, "target:firstResponse", "18");
        Browser.type(browser, "target:resolution", "90");
        browser.findElement(By.id("target:saveTarget")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "처리 기한 목표를 저장했습니다"));
        assertTrue(browser.findElement(By.id("targetTable")).getText().contains("2영업일 (18시간)"));

        // a group's regions: taking away the only group of 제주 is refused next to the regions, nothing changes
        Browser.choose(browser, "groupEdit:editedGroup", "제주", browser.findElement(By.id("groupEdit:editedGroup_input"))
                .findElements(By.tagName("option")).stream().filter(o -> o.getText().startsWith("제주")).findFirst().orElseThrow()
                .getDomProperty("value"));
        Browser.waiting(browser).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("groupEdit:name")).getDomProperty("value").startsWith("제주"));
        List<WebElement> boxes = browser.findElements(By.cssSelector("[id='groupEdit:regions'] input[type=checkbox]"));
        WebElement jeju = boxes.stream().filter(c -> "JEJU".equals(c.getDomProperty("value"))).findFirst().orElseThrow();
        WebElement jeonnam = boxes.stream().filter(c -> "JEONNAM".equals(c.getDomProperty("value"))).findFirst().orElseThrow();
        assertTrue(jeju.isSelected(), "its regions filled in");
        assertFalse(jeonnam.isSelected());
        // 전라남도 instead of 제주: 전남 has 호남's group, 제주 would have none
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click(); arguments[1].click();", jeju, jeonnam);
        browser.findElement(By.id("groupEdit:saveGroup")).click();
        Browser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#groupEdit .ui-message-error")));
        assertTrue(browser.findElement(By.cssSelector("[id='groupEdit:regions'] ~ .ui-message-error")).getText().contains("맡지 않는 지역"));
        violations.addAll(axe("/admin/as-groups.xhtml with refused regions"));
        assertTrue(browser.findElement(By.id("groups")).getText().contains("담당 지역: 제주특별자치도"), "nothing changed");
        assertEquals(List.of(), violations);
    }

    @Test
    void theNewPagesFitAPhone() {
        Browser.phoneWidth(browser);
        List<String> overflowing = new ArrayList<>();
        signIn("pending");
        for (String path : List.of("/my/index.xhtml", "/my/registration.xhtml", "/my/inbox.xhtml")) {
            browser.get(Browser.BASE + path);
            if (Browser.overflow(browser) > 0) {
                overflowing.add(path + " +" + Browser.overflow(browser) + "px");
            }
        }
        browser.manage().deleteAllCookies();
        signIn("admin");
        for (String path : List.of("/staff/suppliers.xhtml?status=ALL", "/staff/claims.xhtml", "/admin/holidays.xhtml",
                "/admin/accounts.xhtml", "/audit/trail.xhtml", "/staff/jobs.xhtml", "/staff/registry-changes.xhtml",
                "/staff/announcements.xhtml", "/staff/announcement.xhtml?type=BASIC", "/announcements/index.xhtml",
                "/staff/assessments.xhtml", "/levels/verify.xhtml", "/admin/diagnosis.xhtml", "/admin/as-groups.xhtml",
                "/staff/as-sla.xhtml")) {
            browser.get(Browser.BASE + path);
            Browser.screenshot(browser, "phone" + path.replaceAll("[^a-z]+", "-"));
            if (Browser.overflow(browser) > 0) {
                overflowing.add(path + " +" + Browser.overflow(browser) + "px: " + Browser.sticksOut(browser));
            }
        }
        assertEquals(List.of(), overflowing);
    }

    @Test
    void keyboardUsersSkipToContentAndSignIn() {
        browser.get(Browser.BASE + "/login.xhtml");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertEquals("skip-link", browser.switchTo().activeElement().getAttribute("class"));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertTrue(browser.getCurrentUrl().endsWith("#content"));
        browser.findElement(By.id("login:email")).sendKeys("staff@demo.smartfactory.kr", Keys.TAB);
        browser.switchTo().activeElement().sendKeys("Demo!2026portal", Keys.ENTER);
        Browser.waiting(browser).until(ExpectedConditions.urlContains("/staff/index.xhtml"));
    }
}
