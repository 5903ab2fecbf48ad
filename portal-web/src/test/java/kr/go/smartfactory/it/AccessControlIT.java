package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a browser or script reaches over HTTP with each kind of caller, using the demo accounts the test
 * server loads ({@code -Dportal.demo=true}): roles per page, ownership per record, 401/403/redirect, and no
 * session for anonymous visitors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessControlIT {

    private static final String PASSWORD = "Demo!2026portal";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.builtWar();
    }

    @ArquillianResource
    private URL base;

    private static HttpClient browser() {
        return PortalHttp.browser();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return new PortalHttp(base).get(client, path);
    }

    private HttpClient signedIn(String account) throws Exception {
        return new PortalHttp(base).signedIn(account);
    }

    @Test
    void anonymousVisitorsGetPublicPagesWithoutASession() throws Exception {
        HttpClient client = browser();
        for (String path : new String[] {"/", "/index.xhtml", "/index.xhtml?lang=en"}) {
            HttpResponse<String> page = get(client, path);
            assertEquals(200, page.statusCode(), path);
            assertFalse(page.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                    path + " must not create a session: " + page.headers().allValues("Set-Cookie"));
        }
        assertTrue(get(client, "/index.xhtml?lang=en").body().contains("Smart Factory 1st Street"));
        assertTrue(get(client, "/index.xhtml?lang=ko").body().contains("스마트공장 1번가"));
    }

    @Test
    void anonymousVisitorsAreSentToSignInForProtectedPagesAndGet401FromTheApi() throws Exception {
        HttpClient client = browser();
        for (String path : new String[] {"/my/index.xhtml", "/staff/index.xhtml", "/admin/accounts.xhtml", "/audit/trail.xhtml"}) {
            HttpResponse<String> page = get(client, path);
            assertEquals(302, page.statusCode(), path);
            assertTrue(page.headers().firstValue("Location").orElse("").contains("/login.xhtml?next="), path);
        }
        HttpResponse<String> api = get(client, "/api/v1/me");
        assertEquals(401, api.statusCode());
        assertFalse(api.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), "browsers get no password prompt");
    }

    @Test
    void anSmeIsRefusedStaffPagesAndOtherCompaniesData() throws Exception {
        HttpClient sme = signedIn("sme");
        assertEquals(200, get(sme, "/my/index.xhtml").statusCode());
        for (String path : new String[] {"/staff/index.xhtml", "/staff/jobs.xhtml", "/admin/accounts.xhtml", "/audit/trail.xhtml"}) {
            HttpResponse<String> page = get(sme, path);
            assertEquals(403, page.statusCode(), path);
            assertFalse(page.body().contains("@demo.smartfactory.kr</td>"), path + " leaks no data");
        }
        String me = get(sme, "/api/v1/me").body();
        Matcher ownCompany = Pattern.compile("\"companyId\":(\\d+)").matcher(me);
        assertTrue(ownCompany.find(), me);
        long own = Long.parseLong(ownCompany.group(1));
        assertEquals(200, get(sme, "/api/v1/companies/" + own).statusCode());

        HttpClient supplier = signedIn("supplier");
        Matcher supplierCompany = Pattern.compile("\"companyId\":(\\d+)").matcher(get(supplier, "/api/v1/me").body());
        assertTrue(supplierCompany.find());
        HttpResponse<String> foreign = get(sme, "/api/v1/companies/" + supplierCompany.group(1));
        assertEquals(403, foreign.statusCode());
        assertFalse(foreign.body().contains("registrationNumber"), foreign.body());
    }

    @Test
    void staffAndAdministratorsReachTheirPages() throws Exception {
        HttpClient admin = signedIn("admin");
        for (String path : new String[] {"/staff/index.xhtml", "/admin/accounts.xhtml", "/audit/trail.xhtml", "/staff/jobs.xhtml"}) {
            assertEquals(200, get(admin, path).statusCode(), path);
        }
        HttpClient auditor = signedIn("auditor");
        assertEquals(200, get(auditor, "/audit/trail.xhtml").statusCode());
        assertEquals(403, get(auditor, "/admin/accounts.xhtml").statusCode());
        HttpClient evaluator = signedIn("evaluator");
        assertEquals(200, get(evaluator, "/staff/index.xhtml").statusCode());
        assertEquals(403, get(evaluator, "/audit/trail.xhtml").statusCode());
    }

    @Test
    void scriptsUseHttpBasicOnTheApiWithoutASession() throws Exception {
        HttpClient client = browser();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("staff@demo.smartfactory.kr:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> me = client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/me"))
                .header("Authorization", basic).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"STAFF\""), me.body());
        assertFalse(me.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")));
        String wrong = "Basic " + Base64.getEncoder().encodeToString("staff@demo.smartfactory.kr:nope".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/me")).header("Authorization", wrong).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void registrationDisputeInboxAndHolidayPagesEachKnowTheirRoles() throws Exception {
        HttpClient anonymous = browser();
        for (String path : new String[] {"/staff/suppliers.xhtml", "/staff/claims.xhtml", "/admin/holidays.xhtml", "/my/inbox.xhtml",
                "/my/registration.xhtml"}) {
            HttpResponse<String> page = get(anonymous, path);
            assertEquals(302, page.statusCode(), path);
            assertTrue(page.headers().firstValue("Location").orElse("").contains("/login.xhtml?next="), path);
        }
        assertEquals(401, get(anonymous, "/api/v1/attachments/1").statusCode());
        assertEquals(401, get(anonymous, "/api/v1/registration/confirmation.pdf").statusCode());

        Map<String, Map<String, Integer>> expected = Map.of(
                "sme", Map.of("/staff/suppliers.xhtml", 403, "/staff/claims.xhtml", 403, "/admin/holidays.xhtml", 403,
                        "/my/inbox.xhtml", 200, "/my/registration.xhtml", 403, "/api/v1/registration/confirmation.pdf", 403),
                "supplier", Map.of("/staff/suppliers.xhtml", 403, "/my/registration.xhtml", 200, "/my/inbox.xhtml", 200,
                        "/api/v1/registration/confirmation.pdf", 200),
                "evaluator", Map.of("/staff/suppliers.xhtml", 403, "/staff/claims.xhtml", 403, "/admin/holidays.xhtml", 403,
                        "/my/inbox.xhtml", 200),
                "staff", Map.of("/staff/suppliers.xhtml", 200, "/staff/claims.xhtml", 200, "/admin/holidays.xhtml", 403,
                        "/my/registration.xhtml", 403),
                "admin", Map.of("/staff/suppliers.xhtml", 200, "/staff/claims.xhtml", 200, "/admin/holidays.xhtml", 200));
        for (Map.Entry<String, Map<String, Integer>> role : expected.entrySet()) {
            HttpClient client = signedIn(role.getKey());
            for (Map.Entry<String, Integer> path : role.getValue().entrySet()) {
                assertEquals(path.getValue(), get(client, path.getKey()).statusCode(), role.getKey() + " " + path.getKey());
            }
        }
    }
}
