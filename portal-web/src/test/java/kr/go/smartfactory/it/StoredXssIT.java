package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.supplier.application.HistoryForm;
import kr.go.smartfactory.supplier.application.ProfileForm;
import kr.go.smartfactory.supplier.application.SupplierImport;
import kr.go.smartfactory.supplier.application.SupplierSelfService;

/**
 * Stored XSS: script payloads entered in the free-text fields (company registry data, introduction, homepage,
 * solutions, key personnel, certifications, build-history descriptions) come out escaped on every page that
 * shows them — public search (with its highlighted snippets), public profile, the supplier's own page, and the
 * audit trail that records the values. First stored in the server, then read over HTTP as each reader.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoredXssIT {

    static final String MARK = "XSSPROBE";
    /** Breaks out of text, of a double- and a single-quoted attribute, and of a script string. */
    static final String PAYLOAD = MARK + " <script>alert('x1')</script>\"><img src=x onerror=alert('x2')>'><svg onload=alert('x3')>";
    static final List<String> RAW = List.of("<script>alert('x1')", "<img src=x onerror", "<svg onload");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsAdmin.class, AsDemoStaff.class, PortalHttp.class, AsDemoSme.class,
                AsDemoCoordinator.class);
    }

    @Inject
    private SupplierImport imports;

    @Inject
    private SupplierSelfService self;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private AsTestSupplier asSupplier;

    @Inject
    private AsDemoStaff asStaff;

    @Inject
    private SupplierFixture fixture;

    @Inject
    private kr.go.smartfactory.program.application.AnnouncementAdministration announcements;

    @Inject
    private AsDemoSme asSme;

    @Inject
    private AsDemoCoordinator asCoordinator;

    @Inject
    private kr.go.smartfactory.grant.application.GrantApplications applications;

    @Inject
    private kr.go.smartfactory.grant.application.ApplicationReview review;

    @Inject
    private kr.go.smartfactory.grant.application.Coordination coordination;

    @ArquillianResource
    private URL base;

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    @Test
    @Order(1)
    void payloadsAreStoredInEveryFreeTextField() {
        String brn = TestData.brn();
        asAdmin.call(() -> imports.importSuppliers("registration_number,name,ceo,address,region,industry,introduction\n"
                + brn + "," + csv(MARK + "<b>공급</b>(주)") + "," + csv("<i>김</i>대표") + "," + csv(PAYLOAD) + ",서울,62," + csv(PAYLOAD) + "\n"));
        asAdmin.call(() -> imports.importBuildHistories(
                "supplier_registration_number,ref,kind,client_industry,client_region,year,solutions,level_before,level_after,amount_band,description\n"
                        + brn + ",X1,VERIFIED,30,GYEONGNAM,2024,SW.OPS.MES,BASIC,INTERMEDIATE_1,UNDER_50M," + csv(PAYLOAD) + "\n"));

        fixture.freshSupplier();
        asSupplier.call(() -> {
            ProfileForm form = self.editForm();
            form.setIntroduction(PAYLOAD);
            form.setHomepage("https://example.kr/?q=\"><script>alert('x4')</script>");
            self.updateProfile(form);
            long solution = self.addSolution(MARK + "<script>alert('x1')</script>", "SW.OPS.MES", PAYLOAD);
            self.addKeyPerson("<img src=x onerror=alert('x2')>", PAYLOAD.substring(0, 90), 5, PAYLOAD);
            HistoryForm history = new HistoryForm();
            history.setClientIndustry("22");
            history.setClientRegion(kr.go.smartfactory.company.domain.Region.CHUNGBUK);
            history.setYear(2024);
            history.setSolutions(List.of("SW.OPS.MES"));
            history.setLevelBefore(kr.go.smartfactory.shared.domain.SmartLevel.BASIC);
            history.setLevelAfter(kr.go.smartfactory.shared.domain.SmartLevel.INTERMEDIATE_1);
            history.setAmountBand(kr.go.smartfactory.supplier.domain.AmountBand.UNDER_50M);
            history.setDescription(PAYLOAD);
            self.addHistory(history);
            return solution;
        });

        asStaff.call(() -> {
            var form = announcements.newForm(kr.go.smartfactory.program.domain.ProgramType.BASIC);
            form.setTitle(PAYLOAD);
            form.setSummary(PAYLOAD);
            form.setQuota(1);
            form.setBudget("100,000,000");
            form.getRubric().get(0).setNameKo(PAYLOAD.substring(0, 90));
            form.getBonus().get(0).setNameKo(PAYLOAD.substring(0, 90));
            long id = announcements.save(null, form);
            announcements.attach(id, PAYLOAD, "공고문.pdf", new java.io.ByteArrayInputStream(
                    kr.go.smartfactory.document.pdf.PdfDocument.titled("공고문").build().render()));
            announcements.publish(id);
            return id;
        });

        // the demo SME's draft application: plan, a budget line, a coordinator's note
        long draft = asSme.call(() -> applications.mine()).stream()
                .filter(a -> a.status() == kr.go.smartfactory.grant.domain.ApplicationStatus.DRAFT).findFirst().orElseThrow().id();
        asSme.call(() -> applications.savePlan(draft, PAYLOAD, PAYLOAD, PAYLOAD, PAYLOAD, 6));
        asSme.call(() -> applications.saveBudget(draft, List.of(new kr.go.smartfactory.grant.application.BudgetLineForm(
                kr.go.smartfactory.grant.domain.BudgetCategory.SOFTWARE, PAYLOAD, "1,000", "1,000", null))));
        long coordinator = asStaff.call(() -> review.coordinators()).stream()
                .filter(c -> c.email().equals("coordinator@demo.smartfactory.kr")).findFirst().orElseThrow().id();
        long company = asStaff.call(() -> review.assignCoordinator(draft, coordinator)).summary().companyId();
        asCoordinator.call(() -> {
            coordination.addNote(company, PAYLOAD);
            return null;
        });
    }

    @Test
    @Order(2)
    @RunAsClient
    void everyPageShowsThemEscaped() throws Exception {
        PortalHttp http = new PortalHttp(base);
        HttpClient anonymous = PortalHttp.browser();
        List<String> pages = new ArrayList<>();

        String search = "/suppliers/index.xhtml?q=" + URLEncoder.encode(MARK, StandardCharsets.UTF_8);
        HttpResponse<String> found = http.get(anonymous, search);
        assertShownEscaped(search, found);
        pages.add(search);
        Matcher profile = Pattern.compile("profile\\.xhtml\\?id=(\\d+)").matcher(found.body());
        assertTrue(profile.find(), "the imported supplier is found");
        String profilePage = "/suppliers/profile.xhtml?id=" + profile.group(1);
        assertShownEscaped(profilePage, http.get(anonymous, profilePage));
        pages.add(profilePage);

        HttpClient supplier = http.signedIn(AsTestSupplier.EMAIL, TestData.PASSWORD);
        for (String own : List.of("/my/profile.xhtml", "/my/index.xhtml")) {
            HttpResponse<String> page = http.get(supplier, own);
            assertEquals(200, page.statusCode(), own);
            assertNoRawPayload(own, page.body());
            pages.add(own);
        }
        assertTrue(http.get(supplier, "/my/profile.xhtml").body().contains(MARK), "the own profile shows the stored values");

        HttpClient admin = http.signedIn("admin");
        // filtered by link to the build histories the test supplier added: other tests' entries (some at a fixed future clock) never push it off the page
        String trail = "/audit/trail.xhtml?type=BuildHistory&actor=" + URLEncoder.encode(AsTestSupplier.EMAIL, StandardCharsets.UTF_8);
        HttpResponse<String> audit = http.get(admin, trail);
        assertNoRawPayload(trail, audit.body());
        // staff read words: entity and attribute names, translated codes, Korean time to the minute
        assertTrue(audit.body().contains("공급기업 프로필 #"), "a reference in words");
        assertTrue(audit.body().contains("도입 후 수준") && audit.body().contains("중간1"), "attribute and level in words");
        assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}").matcher(audit.body()).find(), "no UTC timestamps");
        assertFalse(audit.body().contains("SupplierProfile#") || audit.body().contains(">levelAfter<"), "no class or field names");
        HttpResponse<String> staffSuppliers = http.get(http.signedIn("staff"), "/staff/suppliers.xhtml");
        assertNoRawPayload("/staff/suppliers.xhtml", staffSuppliers.body());

        String announcements = "/announcements/index.xhtml?phase=ALL&q=" + MARK;
        HttpResponse<String> listed = http.get(anonymous, announcements);
        assertShownEscaped(announcements, listed);
        Matcher announcement = Pattern.compile("/announcements/view\\.xhtml\\?id=(\\d+)").matcher(listed.body());
        assertTrue(announcement.find(), "the announcement is listed");
        String view = "/announcements/view.xhtml?id=" + announcement.group(1);
        assertShownEscaped(view, http.get(anonymous, view));
        HttpClient staff = http.signedIn("staff");
        for (String page : List.of("/staff/announcement.xhtml?id=" + announcement.group(1), "/staff/announcements.xhtml")) {
            HttpResponse<String> shown = http.get(staff, page);
            assertEquals(200, shown.statusCode(), page);
            assertNoRawPayload(page, shown.body());
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void applicationPagesShowThemEscaped() throws Exception {
        PortalHttp http = new PortalHttp(base);
        HttpClient sme = http.signedIn("sme");
        Matcher mine = Pattern.compile("application\\.xhtml\\?id=(\\d+)").matcher(http.get(sme, "/my/applications.xhtml").body());
        assertTrue(mine.find(), "the SME's application is listed");
        String id = mine.group(1);
        for (String step : List.of("3", "4")) {
            String page = "/my/application.xhtml?id=" + id + "&step=" + step;
            assertShownEscaped(page, http.get(sme, page));
        }
        String review = "/my/application.xhtml?id=" + id + "&step=6";
        assertNoRawPayload(review, http.get(sme, review).body());
        HttpClient staff = http.signedIn("staff");
        assertShownEscaped("/staff/application.xhtml?id=" + id, http.get(staff, "/staff/application.xhtml?id=" + id));
        HttpResponse<String> list = http.get(staff, "/staff/applications.xhtml");
        assertEquals(200, list.statusCode());
        assertNoRawPayload("/staff/applications.xhtml", list.body());
        HttpClient coordinator = http.signedIn("coordinator");
        assertShownEscaped("/staff/coordination.xhtml?id=" + id, http.get(coordinator, "/staff/coordination.xhtml?id=" + id));
    }

    static void assertShownEscaped(String page, HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), page);
        assertTrue(answer.body().contains(MARK), page + " shows the stored value");
        assertTrue(answer.body().contains("&lt;"), page + " shows it escaped");
        assertNoRawPayload(page, answer.body());
    }

    private static void assertNoRawPayload(String page, String body) {
        for (String raw : RAW) {
            assertFalse(body.contains(raw), page + " carries the payload unescaped: " + raw);
        }
        assertFalse(body.contains("alert('x4')</script>"), page + ": homepage unescaped");
        assertFalse(body.contains("<b>공급</b>") || body.contains("<i>김</i>"), page + ": markup in a name is shown as text");
    }
}
