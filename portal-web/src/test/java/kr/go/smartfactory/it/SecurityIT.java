package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security review's findings, over HTTP: sign-in throttling instead of lock-out (also under parallel
 * requests), public endpoints that never hash, JSON errors with the security headers, CSRF on the API and on
 * sign-out, anonymous uploads refused unread, bounded query parameters, and the pages' nonce CSP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final String STAFF = "staff@demo.smartfactory.kr";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.builtWar();
    }

    @ArquillianResource
    private URL base;

    private PortalHttp http;

    @BeforeEach
    void client() {
        http = new PortalHttp(base);
    }

    /** A loopback address of this test's own, so no other test's sign-ins share its throttle. */
    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES =
            new java.util.concurrent.atomic.AtomicInteger((int) (Math.random() * 250));

    /** A loopback address no other call of this run used (a random one collided once with the guesser's). */
    private static String ownAddress() {
        return "127.0.0." + (2 + ADDRESSES.getAndIncrement() % 250);
    }

    @Test
    void parallelWrongPasswordsAreEachCountedThrottledAndNeverA500() throws Exception {
        String guesser = ownAddress();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<PortalHttp.Raw>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String password = "Wrong!guess" + i;
            answers.add(pool.submit(() -> http.getFrom(guesser, "/api/v1/me", "Authorization: " + PortalHttp.basic(STAFF, password))));
        }
        int refused = 0;
        for (Future<PortalHttp.Raw> answer : answers) {
            int status = answer.get().status();
            assertTrue(status == 401 || status == 429, "never a 500: " + status);
            refused++;
        }
        pool.shutdown();
        assertEquals(10, refused);

        PortalHttp.Raw throttled = http.getFrom(guesser, "/api/v1/me", "Authorization: " + PortalHttp.basic(STAFF, PortalHttp.DEMO_PASSWORD));
        assertEquals(429, throttled.status(), "the guessing address waits, even with the right password");
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertTrue(retryAfter > 60 && retryAfter <= 600, "ten failures count as ten: " + retryAfter + " s");
        assertTrue(throttled.body().contains("\"api.throttled\"") && throttled.body().contains("초 후에 다시")
                && throttled.body().contains("Try again in"), throttled.body());
        assertEquals("nosniff", throttled.header("X-Content-Type-Options"));

        PortalHttp.Raw owner = http.getFrom(ownAddress(), "/api/v1/me", "Authorization: " + PortalHttp.basic(STAFF, PortalHttp.DEMO_PASSWORD));
        assertEquals(200, owner.status(), "the account itself is not locked: its owner elsewhere signs in");

        PortalHttp.Raw publicSearch = http.getFrom(guesser, "/api/v1/suppliers?size=1", "Authorization: " + PortalHttp.basic(STAFF, "Wrong!again"));
        assertEquals(200, publicSearch.status(), "a public endpoint ignores credentials (no hash, no throttle)");
    }

    @Test
    void parallelRightPasswordsAllSucceed() throws Exception {
        String address = ownAddress();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<PortalHttp.Raw>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> http.getFrom(address, "/api/v1/me",
                    "Authorization: " + PortalHttp.basic("admin@demo.smartfactory.kr", PortalHttp.DEMO_PASSWORD))));
        }
        for (Future<PortalHttp.Raw> answer : answers) {
            assertEquals(200, answer.get().status());
        }
        pool.shutdown();
    }

    @Test
    void apiErrorsAreJsonWithTheSecurityHeadersAndNoPasswordPrompt() throws Exception {
        HttpClient client = PortalHttp.browser();
        HttpResponse<String> anonymous = http.get(client, "/api/v1/me");
        assertEquals(401, anonymous.statusCode());
        assertJsonError(anonymous, "api.unauthorized");
        assertFalse(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                "no Basic challenge for a browser: it would prompt and then send the password cross-site");

        PortalHttp.Raw wrong = http.getFrom(ownAddress(), "/api/v1/me", "Authorization: " + PortalHttp.basic(STAFF, "Wrong!once1"));
        assertEquals(401, wrong.status());
        assertTrue(wrong.header("WWW-Authenticate").startsWith("Basic"), "a script that sent Basic is told so");

        Map<String, String> badParameters = Map.of("region=XX", "region", "page=abc", "page", "size=0", "size", "size=51", "size",
                "page=2147483647", "page", "level=TOP", "level", "yearFrom=19x", "yearFrom", "verified=maybe", "verified");
        for (Map.Entry<String, String> bad : badParameters.entrySet()) {
            HttpResponse<String> answer = http.get(client, "/api/v1/suppliers?" + bad.getKey());
            assertEquals(400, answer.statusCode(), bad.getKey());
            assertJsonError(answer, "api.parameter");
            assertTrue(answer.body().contains("\"parameter\":\"" + bad.getValue() + "\""), answer.body());
        }
        assertEquals(200, http.get(client, "/api/v1/suppliers?page=199&size=50").statusCode(), "the deepest page is answered");
        String longQuery = "스마트공장 MES 구축 a b c d e f g h i j k l ".repeat(8).substring(0, 200);
        assertEquals(200, http.get(client, "/api/v1/suppliers?q=" + java.net.URLEncoder.encode(longQuery, StandardCharsets.UTF_8)).statusCode());
        assertEquals(400, http.get(client, "/api/v1/suppliers?q=" + "가".repeat(201)).statusCode());

        HttpResponse<String> nowhere = http.get(client, "/api/v1/no-such-thing");
        assertEquals(404, nowhere.statusCode());
        assertJsonError(nowhere, "api.notFound");
        HttpResponse<String> notAProfile = http.get(client, "/api/v1/suppliers/999999999");
        assertEquals(404, notAProfile.statusCode());
        assertJsonError(notAProfile, "api.notFound");
    }

    private static void assertJsonError(HttpResponse<String> answer, String codePrefix) {
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), answer.headers().toString());
        assertTrue(answer.body().contains("\"codes\":[\"" + codePrefix), answer.body());
        assertTrue(answer.body().contains("\"messagesEn\""), answer.body());
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(null));
        assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    }

    @Test
    void apiWritesNeedANonFormContentTypeAndTheSameOrigin() throws Exception {
        HttpClient staff = http.signedIn("staff");
        HttpResponse<String> plain = staff.send(HttpRequest.newBuilder(http.uri("/api/v1/import/suppliers"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, plain.statusCode(), "a cross-site form could send text/plain with the session cookie");
        assertJsonError(plain, "api.contentType");
        HttpResponse<String> bodiless = staff.send(HttpRequest.newBuilder(http.uri("/api/v1/jobs/housekeeping"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, bodiless.statusCode());

        HttpResponse<String> foreign = staff.send(HttpRequest.newBuilder(http.uri("/api/v1/import/suppliers"))
                .header("Content-Type", "text/csv").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, foreign.statusCode());
        assertJsonError(foreign, "api.origin");

        HttpResponse<String> sameOrigin = staff.send(HttpRequest.newBuilder(http.uri("/api/v1/import/suppliers"))
                .header("Content-Type", "text/csv").header("Origin", base.getProtocol() + "://" + base.getHost() + ":" + base.getPort())
                .POST(HttpRequest.BodyPublishers.ofString("not,a,valid,file\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, sameOrigin.statusCode(), "past the guard, the import itself reports the bad file: " + sameOrigin.body());
    }

    @Test
    void anonymousUploadsAreRefusedBeforeTheBodyIsRead() throws Exception {
        String boundary = "----portal" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n" + "%PDF-1.4 ".repeat(20_000) + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> answer = PortalHttp.browser().send(HttpRequest.newBuilder(http.uri("/signup.xhtml"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, answer.statusCode());
        assertTrue(answer.body().contains("파일을 올리려면 먼저 로그인해 주세요"), "the page says why: " + answer.body());
    }

    @Test
    void signOutNeedsTheSessionsTokenAndCrossSiteFormsAreRefused() throws Exception {
        HttpClient sme = http.signedIn("sme");
        HttpResponse<String> home = http.get(sme, "/index.xhtml");
        assertEquals(200, home.statusCode());
        assertFalse(PortalHttp.VIEW_STATE.matcher(home.body()).find(), "the public home page keeps no view state");
        Matcher token = PortalHttp.SIGN_OUT_TOKEN.matcher(home.body());
        assertTrue(token.find(), "the header's sign-out form carries the session's token");

        assertEquals(403, http.postForm(sme, "/logout", Map.of()).statusCode(), "no token: nobody is signed out");
        assertEquals(403, http.postForm(sme, "/logout", Map.of("token", "forged")).statusCode());
        assertEquals(200, http.get(sme, "/my/index.xhtml").statusCode(), "still signed in");
        assertEquals(403, http.postForm(sme, "/logout", Map.of("token", token.group(1)), "Origin", "https://evil.example").statusCode(),
                "another site's form is refused even with the token");

        HttpResponse<String> out = http.postForm(sme, "/logout", Map.of("token", token.group(1)));
        assertEquals(302, out.statusCode());
        assertEquals(302, http.get(sme, "/my/index.xhtml").statusCode(), "signed out: sent to sign-in again");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = http.get(PortalHttp.browser(), "/login.xhtml");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("the sign-in form keeps its view state in a session"));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), "another site's POST carries no session: " + cookie);
    }

    @Test
    void facesPostsWithoutOrWithAForgedViewStateChangeNothing() throws Exception {
        HttpClient admin = http.signedIn("admin");
        HttpResponse<String> page = http.get(admin, "/admin/holidays.xhtml");
        assertEquals(200, page.statusCode());
        for (String viewState : new String[] {null, "forged:12345"}) {
            Map<String, String> form = new java.util.HashMap<>(Map.of("holidays", "holidays"));
            if (viewState != null) {
                form.put("jakarta.faces.ViewState", viewState);
            }
            HttpResponse<String> posted = http.postForm(admin, "/admin/holidays.xhtml", form);
            if (viewState == null) {
                assertEquals(200, posted.statusCode(), "no view state: not a postback, the page is only shown");
            } else {
                assertEquals(302, posted.statusCode(), "a view state the server never issued: sent to the expired page");
                assertTrue(posted.headers().firstValue("Location").orElse("").endsWith("/error/expired.xhtml"));
            }
            assertFalse(posted.body().contains("page-message--info"), "no action ran");
        }
    }

    @Test
    void pagesCarryAPolicyWithAFreshScriptNonce() throws Exception {
        HttpClient client = PortalHttp.browser();
        HttpResponse<String> first = http.get(client, "/suppliers/index.xhtml");
        String policy = first.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src 'self'"), policy);
        Matcher nonce = java.util.regex.Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(policy);
        assertTrue(nonce.find(), policy);
        assertTrue(first.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the nonce");
        String second = http.get(client, "/suppliers/index.xhtml").headers().firstValue("Content-Security-Policy").orElse("");
        assertFalse(second.contains(nonce.group(1)), "a new nonce for every response");
        HttpResponse<String> missing = http.get(client, "/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertNotNull(missing.headers().firstValue("Content-Security-Policy").orElse(null), "error pages too");
        assertEquals(1, missing.headers().allValues("Content-Security-Policy").size(), "one policy (two would both apply)");
        assertTrue(missing.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"),
                "the error page's own policy, not the API's");
    }
}
