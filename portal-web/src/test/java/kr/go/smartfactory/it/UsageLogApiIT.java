package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.usage.application.UsageKeys;

/**
 * The log API as existing MES clients call it, over HTTP: every shape they send accepted and stored before the answer,
 * every refusal with its own code and nothing stored, always HTTP 200 with the result object; the key's rate; keys
 * issued by a project's supplier, revoked, and seen only by their own parties.
 */
@ExtendWith(ArquillianExtension.class)
class UsageLogApiIT {

    private static final DateTimeFormatter LOG_DT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsDemoSupplier.class, AsPendingSupplier.class, AsDemoSme.class,
                AsDemoSme4.class, AsDemoStaff.class);
    }

    @Inject
    private UsageKeys keys;

    @Inject
    private AsDemoSupplier asSupplier;

    @Inject
    private AsPendingSupplier asOtherSupplier;

    @Inject
    private AsDemoSme asSme;

    @Inject
    private AsDemoSme4 asOtherSme;

    @Inject
    private AsDemoStaff asStaff;

    @PersistenceContext
    private EntityManager em;

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A project supplier@ built for 한빛정밀 (sme@): its key is issued by the supplier. */
    private long project() {
        return em.createQuery("select p.id from Project p where p.supplier.company.id = (select a.company.id from UserAccount a "
                + "where a.email = 'supplier@demo.smartfactory.kr') and p.application.company.id = (select a.company.id from UserAccount a "
                + "where a.email = 'sme@demo.smartfactory.kr') order by p.id", Long.class).setMaxResults(1).getSingleResult();
    }

    private UsageKeys.IssuedKey issue() {
        long project = project();
        return asSupplier.call(() -> keys.issueForProject(project, "MES 운영 서버"));
    }

    private long rows(long keyId) {
        return ((Number) em.createNativeQuery("select count(*) from usage_log where key_id = " + keyId).getSingleResult()).longValue();
    }

    private static String now() {
        return LocalDateTime.now(KoreanTime.ZONE).format(LOG_DT);
    }

    private static Map<String, String> log(String key) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("crtfcKey", key);
        p.put("logDt", now());
        p.put("useSe", "DO6003");
        p.put("sysUser", "김작업");
        p.put("conectIp", "192.168.10.21");
        p.put("dataUsgqty", "3");
        return p;
    }

    private static String form(Map<String, String> p) {
        return p.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String json(Map<String, String> p, boolean quantityAsNumber) {
        var b = Json.createObjectBuilder();
        p.forEach((k, v) -> {
            if (quantityAsNumber && k.equals("dataUsgqty")) {
                b.add(k, Long.parseLong(v));
            } else {
                b.add(k, v);
            }
        });
        return b.build().toString();
    }

    /** POSTs and returns the result object; every answer is 200 JSON. */
    private JsonObject post(String contentType, String body, String query) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "apisvc/sendLogData.json" + (query == null ? "" : "?" + query)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return result(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static JsonObject result(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().toString());
        JsonObject result = Json.createReader(new StringReader(response.body())).readObject().getJsonObject("result");
        assertNotNull(result, response.body());
        assertTrue(result.getString("recptnDt").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}"), response.body());
        return result;
    }

    @Test
    void everyShapeClientsSendIsAcceptedAndStoredBeforeTheAnswerThenTheRateSaysTooOften() throws Exception {
        UsageKeys.IssuedKey issued = issue();
        String key = issued.secret();
        long id = issued.key().id();
        List<ThrowingSupplier> shapes = List.of(
                () -> post("application/x-www-form-urlencoded", form(log(key)), null),
                () -> post("application/x-www-form-urlencoded; charset=UTF-8", form(log(key)), null),
                () -> post(null, "", form(log(key))),
                () -> post("application/json", json(log(key), true), null),
                () -> {
                    Map<String, String> words = log(key);
                    words.put("useSe", "입출고");
                    words.put("logDt", LocalDateTime.now(KoreanTime.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
                    return post("application/json;charset=utf-8", json(words, false), null);
                },
                () -> {
                    Map<String, String> nanos = log(key);
                    nanos.put("logDt", LocalDateTime.now(KoreanTime.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSS")));
                    return post("text/plain", json(nanos, true), null);
                });
        for (int i = 0; i < shapes.size(); i++) {
            JsonObject r = shapes.get(i).get();
            assertEquals("AP1002", r.getString("recptnRsltCd"), "shape " + i + ": " + r);
            assertEquals("성공", r.getString("recptnRslt"));
            assertEquals(i + 1, rows(id), "shape " + i + ": acknowledged means committed — the row is there when the answer is");
        }
        JsonObject tooOften = post("application/x-www-form-urlencoded", form(log(key)), null);
        assertEquals("AP1029", tooOften.getString("recptnRsltCd"), "the default rate: a burst of six");
        assertEquals(shapes.size(), rows(id), "nothing stored when refused");
        assertEquals(List.of("DO6003", "DO6007"), em.createNativeQuery("select distinct use_se from usage_log where key_id = " + id
                + " order by use_se").getResultList(), "the Korean word stored as its code");

        UsageKeys.KeyView seen = asSme.call(() -> keys.visible()).stream().filter(k -> k.id() == id).findFirst().orElseThrow();
        assertNotNull(seen.lastLogAt(), "the SME sees when its site last sent a log");
        assertTrue(seen.hint().startsWith("sf1_") && seen.hint().endsWith("…") && !key.equals(seen.hint()), "never the secret");
    }

    @FunctionalInterface
    interface ThrowingSupplier {
        JsonObject get() throws Exception;
    }

    @Test
    void everyRefusalHasItsOwnCodeAlwaysInJsonAndStoresNothing() throws Exception {
        UsageKeys.IssuedKey issued = issue();
        String key = issued.secret();
        long id = issued.key().id();
        Map<String, String> unknownKey = log("sf1_" + "x".repeat(43));
        assertEquals("AP1003", post("application/x-www-form-urlencoded", form(unknownKey), null).getString("recptnRsltCd"));
        Map<String, String> noKey = log(key);
        noKey.remove("crtfcKey");
        assertEquals("AP1005", post("application/x-www-form-urlencoded", form(noKey), null).getString("recptnRsltCd"));
        Map<String, String> noDate = log(key);
        noDate.remove("logDt");
        JsonObject missing = post("application/x-www-form-urlencoded", form(noDate), null);
        assertEquals("AP1005", missing.getString("recptnRsltCd"));
        assertEquals("실패", missing.getString("recptnRslt"));
        assertTrue(missing.getString("recptnRsltDtl").contains("logDt"), missing.toString());
        Map<String, String> badDate = log(key);
        badDate.put("logDt", "2026-13-01 10:00:00");
        assertEquals("AP1006", post("application/x-www-form-urlencoded", form(badDate), null).getString("recptnRsltCd"));
        Map<String, String> badUse = log(key);
        badUse.put("useSe", "DO6099");
        assertEquals("AP1007", post("application/x-www-form-urlencoded", form(badUse), null).getString("recptnRsltCd"));
        Map<String, String> badQuantity = log(key);
        badQuantity.put("dataUsgqty", "-3");
        assertEquals("AP1008", post("application/x-www-form-urlencoded", form(badQuantity), null).getString("recptnRsltCd"));
        assertEquals("AP1009", post("application/json", "{\"crtfcKey\": \"" + key + "\", ", null).getString("recptnRsltCd"));
        assertEquals("AP1009", post("application/octet-stream", "{\u0000\u0001\u00ff", null).getString("recptnRsltCd"));
        assertEquals("AP1009", post("application/json", "x".repeat(70_000), null).getString("recptnRsltCd"), "too large for a log");
        assertEquals("AP1009", result(http.send(HttpRequest.newBuilder(URI.create(base + "apisvc/sendLogData.json?" + form(log(key))))
                .GET().build(), HttpResponse.BodyHandlers.ofString())).getString("recptnRsltCd"), "a GET stores nothing");
        assertEquals(0, rows(id), "no refusal stored anything");

        // another supplier may not revoke it; its own supplier does, and from then on it is refused
        assertThrows(AccessDeniedException.class, () -> asOtherSupplier.call(() -> {
            keys.revoke(id);
            return null;
        }));
        asSupplier.call(() -> {
            keys.revoke(id);
            return null;
        });
        assertEquals("AP1004", post("application/x-www-form-urlencoded", form(log(key)), null).getString("recptnRsltCd"));
        assertEquals(0, rows(id));
    }

    @Test
    void aKeyIsSeenOnlyByItsSitesCompanyItsSupplierAndStaff() {
        long id = issue().key().id();
        assertTrue(asSme.call(() -> keys.visible()).stream().anyMatch(k -> k.id() == id), "the SME whose system it is");
        assertTrue(asSupplier.call(() -> keys.visible()).stream().anyMatch(k -> k.id() == id), "the supplier that issued it");
        assertTrue(asStaff.call(() -> keys.visible()).stream().anyMatch(k -> k.id() == id));
        assertFalse(asOtherSme.call(() -> keys.visible()).stream().anyMatch(k -> k.id() == id), "another SME");
        assertFalse(asOtherSupplier.call(() -> keys.visible()).stream().anyMatch(k -> k.id() == id), "another supplier");
        long project = project();
        assertThrows(AccessDeniedException.class, () -> asOtherSupplier.call(() -> keys.issueForProject(project, "남의 시스템")),
                "a supplier issues keys only for projects it built");
        assertThrows(EJBAccessException.class, () -> asSme.call(() -> keys.issueForProject(project, "제 시스템")),
                "the SME receives its key from its supplier");
    }

    @Test
    void staffIssueAKeyForACompanysOwnSystemWhichItsSupplierNeitherSeesNorRevokes() throws Exception {
        String hanbit = em.createQuery("select a.company.registrationNumber from UserAccount a where a.email = 'sme@demo.smartfactory.kr'",
                kr.go.smartfactory.company.domain.BusinessRegistrationNumber.class).getSingleResult().digits();
        kr.go.smartfactory.shared.domain.DomainException refused = assertThrows(kr.go.smartfactory.shared.domain.DomainException.class,
                () -> asStaff.call(() -> keys.issueForCompany("123", " ")));
        assertEquals(List.of("registrationNumber", "label"), refused.getProblems().stream()
                .map(kr.go.smartfactory.shared.domain.DomainException.Problem::field).toList(), "both problems at once");
        String supplierNumber = em.createQuery("select a.company.registrationNumber from UserAccount a where a.email = "
                + "'supplier@demo.smartfactory.kr'", kr.go.smartfactory.company.domain.BusinessRegistrationNumber.class).getSingleResult().digits();
        assertThrows(kr.go.smartfactory.shared.domain.DomainException.class, () -> asStaff.call(() -> keys.issueForCompany(supplierNumber, "ERP")),
                "only an SME's system");
        assertThrows(EJBAccessException.class, () -> asSupplier.call(() -> keys.issueForCompany(hanbit, "ERP")), "staff only");

        UsageKeys.IssuedKey own = asStaff.call(() -> keys.issueForCompany(hanbit, "자체 ERP"));
        assertEquals(null, own.key().projectId());
        assertEquals("AP1002", post("application/x-www-form-urlencoded", form(log(own.secret())), null).getString("recptnRsltCd"));
        assertEquals(1, rows(own.key().id()));
        long id = own.key().id();
        assertTrue(asSme.call(() -> keys.visible()).stream().anyMatch(k -> k.id() == id), "the company sees its key");
        assertFalse(asSupplier.call(() -> keys.visible()).stream().anyMatch(k -> k.id() == id), "no supplier built it");
        assertThrows(AccessDeniedException.class, () -> asSupplier.call(() -> keys.revoke(id)));
        asStaff.call(() -> keys.revoke(id));
        assertEquals("AP1004", post("application/x-www-form-urlencoded", form(log(own.secret())), null).getString("recptnRsltCd"));

        // staff's form: exactly one of agreement number and business number; a project's key is its supplier's to see
        kr.go.smartfactory.shared.domain.DomainException neither = assertThrows(kr.go.smartfactory.shared.domain.DomainException.class,
                () -> asStaff.call(() -> keys.issueForSite(" ", null, "MES")));
        assertEquals(List.of("agreementNumber", "registrationNumber"), neither.getProblems().stream()
                .map(kr.go.smartfactory.shared.domain.DomainException.Problem::field).toList());
        assertThrows(kr.go.smartfactory.shared.domain.DomainException.class, () -> asStaff.call(() -> keys.issueForSite("SFA-1999-000001", null, "MES")),
                "no such project");
        long project = project();
        String agreement = em.createQuery("select p.agreementNumber from Project p where p.id = :id", String.class).setParameter("id", project)
                .getSingleResult();
        UsageKeys.IssuedKey forProject = asStaff.call(() -> keys.issueForSite(agreement.toLowerCase(java.util.Locale.ROOT), "", "검사 MES"));
        assertEquals(project, forProject.key().projectId());
        assertTrue(asSupplier.call(() -> keys.visible()).stream().anyMatch(k -> k.id() == forProject.key().id()), "its supplier sees it");
    }

    @Inject
    private kr.go.smartfactory.usage.application.UsagePartitions partitions;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/PortalDS")
    private javax.sql.DataSource dataSource;

    @Test
    void onPostgresqlEachDaysLogsGoToTheDaysPartitionPreparedAheadOnH2ThereIsOneTable() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(KoreanTime.ZONE);
        boolean postgres;
        try (java.sql.Connection c = dataSource.getConnection()) {
            postgres = c.getMetaData().getDatabaseProductName().contains("PostgreSQL");
        }
        if (!postgres) {
            assertEquals(0, partitions.prepare(today, 8), "H2: nothing to partition");
            return;
        }
        assertEquals(0, partitions.prepare(today, 8), "start-up prepared today and the week after it");
        // a day years ahead that no run has prepared (the database outlives test runs): created once, then dropped again
        java.time.LocalDate far = today.plusDays(2_000 + new java.util.Random().nextInt(20_000));
        try {
            assertEquals(1, partitions.prepare(far, 1), "a day further: created once");
            assertEquals(0, partitions.prepare(far, 1), "and only once");
        } finally {
            try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
                st.execute("drop table if exists usage_log_" + far.format(DateTimeFormatter.BASIC_ISO_DATE));
            }
        }
        UsageKeys.IssuedKey issued = issue();
        assertEquals("AP1002", post("application/x-www-form-urlencoded", form(log(issued.secret())), null).getString("recptnRsltCd"));
        assertEquals(List.of("usage_log_" + today.format(DateTimeFormatter.BASIC_ISO_DATE)),
                em.createNativeQuery("select distinct tableoid::regclass::text from usage_log where key_id = " + issued.key().id()).getResultList(),
                "the log is in its day's partition, not the default one");
    }
}
