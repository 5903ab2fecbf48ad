package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

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
 * The supplier API over HTTP as scripts and browsers use it: public search and profiles without a session,
 * import only for staff and administrators with HTTP Basic, and a line-by-line report for a bad file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupplierApiIT {

    private static final String PASSWORD = "Demo!2026portal";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.builtWar().addClass(TestData.class);
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postCsv(String path, String account, String csv) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
        if (account != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (account + "@demo.smartfactory.kr:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    @Test
    void staffImportsAndAnyoneSearchesWithoutASession() throws Exception {
        String marker = "api" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "api";
        String brn = TestData.brn();
        HttpResponse<String> imported = postCsv("api/v1/import/suppliers", "staff",
                "registration_number,name,ceo,address,region,industry,specialities,introduction\n"
                        + brn + ",에이피아이솔루션(주),정에이,대구 북구,대구,62,SW.OPS.MES,\"" + marker + " 스마트공장 MES\"\n");
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(1, json(imported).getInt("created"));

        HttpResponse<String> found = get("api/v1/suppliers?q=" + URLEncoder.encode(marker + " MES", StandardCharsets.UTF_8)
                + "&region=DAEGU&sort=verified&page=0&size=5");
        assertEquals(200, found.statusCode(), found.body());
        assertFalse(found.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")));
        JsonObject page = json(found);
        assertEquals(1, page.getInt("total"));
        JsonObject item = page.getJsonArray("items").getJsonObject(0);
        assertEquals(brn, item.getString("registrationNumber"));
        assertEquals("에이피아이솔루션(주)", item.getString("name"));
        assertTrue(page.getJsonObject("facets").getJsonArray("region").getJsonObject(0).getString("value").equals("DAEGU"));
        assertTrue(item.getJsonArray("highlights").getString(0).contains("<mark>"), item.toString());

        HttpResponse<String> profile = get("api/v1/suppliers/" + item.getJsonNumber("id").longValue());
        assertEquals(200, profile.statusCode());
        assertEquals("SW.OPS.MES", json(profile).getJsonArray("specialities").getJsonObject(0).getString("code"));
        assertEquals(404, get("api/v1/suppliers/999999999").statusCode());

        HttpResponse<String> suggest = get("api/v1/suppliers/suggest?q=" + URLEncoder.encode("에이피아이", StandardCharsets.UTF_8));
        assertTrue(suggest.body().contains("에이피아이솔루션(주)"), suggest.body());
    }

    @Test
    void aBadFileIsRefusedWithAReportInKorean() throws Exception {
        HttpResponse<String> refused = postCsv("api/v1/import/build-histories", "admin",
                "supplier_registration_number,ref,client_industry,client_region,year,level_before,level_after,amount_band\n"
                        + "220-81-62518,R1,30,경남,2021,BASIC,ADVANCED,UNDER_50M\n");
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject report = json(refused);
        assertEquals(1, report.getInt("errorCount"));
        JsonObject error = report.getJsonArray("errors").getJsonObject(0);
        assertEquals(2, error.getInt("line"));
        assertEquals("import.brn.invalid", error.getString("code"));
        assertTrue(error.getString("message").contains("사업자등록번호"), error.toString());
    }

    @Test
    void onlyStaffAndAdministratorsMayImport() throws Exception {
        String csv = "registration_number,name,ceo,address,region,industry\n" + TestData.brn() + ",x,y,z,서울,62\n";
        assertEquals(401, postCsv("api/v1/import/suppliers", null, csv).statusCode());
        assertEquals(403, postCsv("api/v1/import/suppliers", "sme", csv).statusCode());
        assertEquals(403, postCsv("api/v1/import/suppliers", "supplier", csv).statusCode());
        assertEquals(403, postCsv("api/v1/import/suppliers", "auditor", csv).statusCode());
    }

    @Test
    void anImportIsReadAsItArrivesWithinItsRowByteAndEncodingLimits() throws Exception {
        String header = "supplier_registration_number,ref,client_industry,client_region,year,level_before,level_after,amount_band\n";
        StringBuilder rows = new StringBuilder(header);
        for (int i = 0; i <= 20_000; i++) {
            rows.append("220-81-62518,R").append(i).append(",30,경남,2021,BASIC,ADVANCED,UNDER_50M\n");
        }
        HttpResponse<String> tooMany = postCsv("api/v1/import/build-histories", "admin", rows.toString());
        assertEquals(400, tooMany.statusCode());
        JsonObject manyRows = json(tooMany).getJsonArray("errors").getJsonObject(0);
        assertEquals("import.tooManyRows", manyRows.getString("code"));
        assertEquals(20_002, manyRows.getInt("line"), "stopped at the first row over the limit");

        HttpResponse<String> notUtf8 = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/import/suppliers"))
                .header("Content-Type", "text/csv").header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin@demo.smartfactory.kr:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray("registration_number,name\n1,\uD55C".getBytes(java.nio.charset.Charset.forName("EUC-KR"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, notUtf8.statusCode(), notUtf8.body());
        assertEquals("import.notUtf8", json(notUtf8).getJsonArray("errors").getJsonObject(0).getString("code"));

        byte[] huge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        System.arraycopy(header.getBytes(StandardCharsets.UTF_8), 0, huge, 0, header.length());
        HttpResponse<String> tooLarge = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/import/build-histories"))
                .header("Content-Type", "text/csv").header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin@demo.smartfactory.kr:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, tooLarge.statusCode());
        assertEquals("import.tooLarge", json(tooLarge).getJsonArray("errors").getJsonObject(0).getString("code"));
    }

    @Test
    void everyFacetCountIsWhatClickingItGives() throws Exception {
        // "2024 (11)" used to give 4 results once an industry was chosen: facets counted suppliers with any history
        // one history filter is counted from the histories' pairs of values, two or more by walking the histories:
        // a click on a facet under one filter gives two, so each way is checked against the other
        for (String query : new String[] {"", "industry=27", "verified=true", "level=BASIC", "q=MES&verified=true",
                "level=BASIC&verified=true", "q=MES&yearFrom=2022&yearTo=2022"}) {
            java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
            for (String pair : query.split("&")) {
                if (!pair.isEmpty()) {
                    params.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
            }
            JsonObject facets = json(get("api/v1/suppliers?size=1&" + query)).getJsonObject("facets");
            for (String facet : new String[] {"industry", "level", "year", "region", "verified"}) {
                for (jakarta.json.JsonValue entry : facets.getJsonArray(facet)) {
                    JsonObject value = entry.asJsonObject();
                    java.util.Map<String, String> clicked = new java.util.LinkedHashMap<>(params);
                    switch (facet) {
                        case "year" -> {
                            clicked.put("yearFrom", value.getString("value"));
                            clicked.put("yearTo", value.getString("value"));
                        }
                        case "verified" -> clicked.put("verified", "true");
                        default -> clicked.put(facet, value.getString("value"));
                    }
                    String url = "api/v1/suppliers?size=1&" + clicked.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .collect(java.util.stream.Collectors.joining("&"));
                    assertEquals(value.getJsonNumber("count").longValue(), json(get(url)).getJsonNumber("total").longValue(),
                            "[" + query + "] " + facet + "=" + value.getString("value"));
                }
            }
        }
    }
}
