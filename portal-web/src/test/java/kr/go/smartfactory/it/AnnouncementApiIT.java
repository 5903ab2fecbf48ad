package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Announcements over HTTP as visitors, scripts and calendar programs read them: JSON with amounts in won, bad
 * parameters named in a JSON 400, the deadline calendar in RFC 5545, documents as downloads, public pages with
 * no session and a 404 for an id that is not one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnouncementApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.builtWar();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    @Test
    void theListIsJsonWithAmountsInWonAndItsRules() throws Exception {
        HttpResponse<String> closed = get("api/v1/announcements?phase=CLOSED&type=BASIC&q=2022&size=5");
        assertEquals(200, closed.statusCode(), closed.body());
        JsonObject page = json(closed);
        assertEquals(1, page.getInt("total"));
        JsonObject basic = page.getJsonArray("items").getJsonObject(0);
        assertEquals(50_000_000L, basic.getJsonNumber("grantCap").longValueExact(), "amounts are whole won, as numbers");
        assertEquals("CLOSED", basic.getString("phase"));

        JsonObject detail = json(get("api/v1/announcements/" + basic.getInt("id")));
        assertEquals("BASIC", detail.getString("type"));
        assertEquals(50, detail.getJsonObject("rules").getJsonNumber("maxGovernmentShare").intValue());
        assertEquals(4, detail.getJsonArray("rubric").size());
        assertEquals("2022-04-15T09:00:00Z", detail.getString("closesAt"));
    }

    @Test
    void badParametersAreNamedInAJson400() throws Exception {
        for (String query : new String[] {"phase=DRAFT", "phase=SOON", "type=XX", "region=MARS", "size=0", "page=abc"}) {
            HttpResponse<String> answer = get("api/v1/announcements?" + query);
            assertEquals(400, answer.statusCode(), query);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), query);
            assertEquals(query.substring(0, query.indexOf('=')), json(answer).getString("parameter"), query);
        }
        assertEquals(404, get("api/v1/announcements/999999999").statusCode());
    }

    @Test
    void theDeadlinesAreACalendarProgramsRead() throws Exception {
        HttpResponse<String> ics = get("api/v1/announcements/deadlines.ics");
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String body = ics.body();
        assertTrue(body.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), body);
        assertTrue(body.endsWith("END:VCALENDAR\r\n"));
        for (String line : body.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        String unfolded = body.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:[마감] "), "the demo's open round has a deadline ahead");
        assertFalse(unfolded.contains("공고(안)"), "a draft's deadline is nobody's business");
    }

    @Test
    void thePublicPagesKeepNoSessionAndAnIdThatIsNotOneIsA404() throws Exception {
        HttpResponse<String> list = get("announcements/index.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("접수 중"), "open rounds by default");
        assertFalse(list.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")));
        HttpResponse<String> all = get("announcements/index.xhtml?phase=ALL&type=NOPE&page=abc&q=2022");
        assertEquals(200, all.statusCode(), "a mistyped link still shows the list");
        assertTrue(all.body().contains("2022년 스마트공장 구축 지원사업(기초) 공고"));
        assertEquals(404, get("announcements/view.xhtml?id=abc").statusCode());
        assertEquals(404, get("announcements/view.xhtml?id=999999999").statusCode());
        HttpResponse<String> home = get("index.xhtml");
        assertTrue(home.body().contains("id=\"all-announcements\""), "the home page leads to the announcements");
    }
}
