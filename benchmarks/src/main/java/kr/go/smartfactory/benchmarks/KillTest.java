package kr.go.smartfactory.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;

/**
 * "Nothing acknowledged is lost": starts the provisioned server on PostgreSQL, prepares {@code --count} SMEs each with
 * an application ready to submit (rows written straight into the database, like a migration of legacy drafts, the
 * accounts sharing the demo password), sends all submissions at once over HTTP, kills the server with SIGKILL once
 * {@code --kill-after} receipts came back, restarts it, and checks in the database that
 *
 * <ul>
 * <li>every submission that was answered with a receipt is there exactly once: that receipt number, status
 * submitted, one version, one receipt notification;</li>
 * <li>every other application is either wholly submitted (its answer was lost with the server) or wholly still a
 * draft — no receipt without a version, no version without a receipt, no notification without either;</li>
 * <li>the year's receipt numbers have no gap and the counter stands at the last one issued;</li>
 * </ul>
 * then submits the drafts again on the restarted server and checks all of the above once more.
 *
 * <pre>
 * kill [--server portal-web/target/server] [--jdbc jdbc:postgresql://127.0.0.1:5432/portal_kill] [--count 100]
 *      [--kill-after 30] [--url http://localhost:8080]
 * </pre>
 */
final class KillTest {

    private static final Pattern RECEIPT = Pattern.compile("\"receiptNumber\"\\s*:\\s*\"(SF-\\d{4}-\\d{6})\"");
    private static final String PASSWORD = "Demo!2026portal";

    private final Path server;
    private final String jdbc;
    private final String url;
    private final int count;
    private final int killAfter;
    private final PortalServer portal;

    private KillTest(Map<String, String> o) {
        this.server = Path.of(o.getOrDefault("server", "portal-web/target/server")).toAbsolutePath();
        this.jdbc = o.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/portal_kill");
        this.url = o.getOrDefault("url", "http://localhost:8080");
        this.count = Integer.parseInt(o.getOrDefault("count", "100"));
        this.killAfter = Integer.parseInt(o.getOrDefault("kill-after", "30"));
        this.portal = new PortalServer(server, jdbc, url);
    }

    static void run(Map<String, String> o) throws Exception {
        new KillTest(o).run();
    }

    private void run() throws Exception {
        start();
        Map<Long, String> emails;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            emails = prepare(db);
        }
        System.out.printf("prepared %d applications ready to submit%n", emails.size());

        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        long started = System.nanoTime();
        for (Map.Entry<Long, String> e : emails.entrySet()) {
            calls.add(submit(http, e.getKey(), e.getValue()).handle((receipt, error) -> {
                if (receipt != null) {
                    acknowledged.put(e.getKey(), receipt);
                    if (acknowledged.size() == killAfter) {
                        kill();
                    }
                } else {
                    failed.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        System.out.printf("answered with a receipt before and around the kill: %d; no answer (connection lost or refused): %d; %.1f s%n",
                acknowledged.size(), failed.get(), (System.nanoTime() - started) / 1e9);
        if (portal.isAlive()) {
            throw new IllegalStateException("the server was not killed: raise --count or lower --kill-after");
        }

        start();
        Check first;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            first = check(db, emails.keySet(), acknowledged);
        }
        System.out.println("after the restart: " + first);

        Map<Long, String> retried = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> again = new ArrayList<>();
        for (Map.Entry<Long, String> e : emails.entrySet()) {
            again.add(submit(http, e.getKey(), e.getValue()).thenAccept(receipt -> retried.put(e.getKey(), receipt)));
        }
        CompletableFuture.allOf(again.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        Check second;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            second = check(db, emails.keySet(), retried);
        }
        for (Map.Entry<Long, String> e : acknowledged.entrySet()) {
            if (!e.getValue().equals(retried.get(e.getKey()))) {
                throw new IllegalStateException("application " + e.getKey() + " answered " + e.getValue() + " then "
                        + retried.get(e.getKey()));
            }
        }
        System.out.println("every submission sent again (a retry answers the same receipt): " + second);
        stop();
        System.out.println(first.problems.isEmpty() && second.problems.isEmpty() ? "RESULT: nothing acknowledged was lost, nothing half-exists"
                : "RESULT: FAILED " + first.problems + " " + second.problems);
        if (!first.problems.isEmpty() || !second.problems.isEmpty()) {
            System.exit(1);
        }
    }

    private CompletableFuture<String> submit(HttpClient http, long id, String email) {
        String auth = "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/applications/" + id + "/submission"))
                .timeout(Duration.ofMinutes(2)).header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
            Matcher m = RECEIPT.matcher(r.body());
            if (r.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException(id + ": " + r.statusCode() + " " + r.body());
            }
            return m.group(1);
        });
    }

    // ---- the server ----

    private void start() throws Exception {
        portal.start("kill-test-server.log", "-Xms256m -Xmx1g");
    }

    /** SIGKILL to the server's JVM (and the script around it): no shutdown hook, no flush, nothing graceful. */
    private void kill() {
        if (portal.isAlive()) {
            portal.kill();
            System.out.printf("kill -9 after %d receipts%n", killAfter);
        }
    }

    private void stop() throws Exception {
        portal.stop();
    }

    // ---- the data ----

    /** SMEs with accounts (the demo password) and complete applications to the open 기초 round; id → e-mail. */
    private Map<Long, String> prepare(Connection db) throws Exception {
        db.setAutoCommit(false);
        long round;
        String required;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select id, required_documents from announcement "
                + "where program_type = 'BASIC' and status = 'PUBLISHED' and opens_at < now() and closes_at > now() order by id desc")) {
            if (!r.next()) {
                throw new IllegalStateException("no open 기초 round: start the portal once with -Dportal.demo=true");
            }
            round = r.getLong(1);
            required = r.getString(2);
        }
        String supplierBrn = "220881234" + BusinessRegistrationNumber.checkDigit("220881234");
        long supplier = single(db, "select p.id from supplier_profile p join company c on c.id = p.company_id where c.registration_number = '"
                + supplierBrn + "'");
        long admin = single(db, "select id from user_account where email = 'admin@demo.smartfactory.kr'");
        long attachment;
        try (PreparedStatement a = db.prepareStatement("insert into attachment (kind, file_type, original_name, size_bytes, sha256, "
                + "storage_key, metadata_stripped, uploaded_by, uploaded_at) values ('APPLICATION_DOCUMENT', 'PDF', 'plan.pdf', 1, ?, ?, "
                + "false, ?, now())", Statement.RETURN_GENERATED_KEYS)) {
            a.setString(1, "0".repeat(64));
            a.setString(2, "kill-test-" + UUID.randomUUID());
            a.setLong(3, admin);
            a.executeUpdate();
            attachment = key(a);
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        Map<Long, String> prepared = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String nine = String.format("%09d", Math.floorMod((run + i).hashCode() * 31L + i, 1_000_000_000L));
            String brn = nine + BusinessRegistrationNumber.checkDigit(nine);
            if (exists(db, "select 1 from company where registration_number = '" + brn + "'")) {
                continue;
            }
            long company;
            try (PreparedStatement c = db.prepareStatement("insert into company (registration_number, name, ceo_name, address, region, "
                    + "industry_code, kind, created_at) values (?, ?, '김시험', '경남 창원', 'GYEONGNAM', '29', 'SME', now())",
                    Statement.RETURN_GENERATED_KEYS)) {
                c.setString(1, brn);
                c.setString(2, "강제종료시험 " + run + "-" + i);
                c.executeUpdate();
                company = key(c);
            }
            String email = "kill-" + run + "-" + i + "@bench.smartfactory.kr";
            try (PreparedStatement u = db.prepareStatement("insert into user_account (email, password_hash, contact_name, phone, roles, "
                    + "status, company_id, locale, created_at, confirmed_at) select ?, password_hash, '시험', phone, roles, status, ?, locale, "
                    + "now(), now() from user_account where email = 'sme@demo.smartfactory.kr'")) {
                u.setString(1, email);
                u.setLong(2, company);
                u.executeUpdate();
            }
            long application;
            try (PreparedStatement g = db.prepareStatement("insert into grant_application (announcement_id, company_id, status, "
                    + "current_level, level_source, target_level, supplier_id, participation, participation_at, plan_goals, plan_processes, "
                    + "plan_solutions, build_months, submission_count, revised, eligibility_problems, created_at, updated_at) values "
                    + "(?, ?, 'DRAFT', 'NONE', 'DECLARED', 'BASIC', ?, 'CONFIRMED', now(), '불량률 30% 감소', '가공·검사', 'MES', 6, 0, false, "
                    + "false, now(), now())", Statement.RETURN_GENERATED_KEYS)) {
                g.setLong(1, round);
                g.setLong(2, company);
                g.setLong(3, supplier);
                g.executeUpdate();
                application = key(g);
            }
            try (PreparedStatement b = db.prepareStatement("insert into application_budget_line (application_id, position, category, "
                    + "description, government, company, partner) values (?, 0, 'SOFTWARE', 'MES', 40000000, 40000000, 0)")) {
                b.setLong(1, application);
                b.executeUpdate();
            }
            int position = 0;
            for (String type : required.split(",")) {
                try (PreparedStatement d = db.prepareStatement("insert into application_document (application_id, position, document_type, "
                        + "attachment_id, file_name, uploaded_at) values (?, ?, ?, ?, 'plan.pdf', now())")) {
                    d.setLong(1, application);
                    d.setInt(2, position++);
                    d.setString(3, type.strip());
                    d.setLong(4, attachment);
                    d.executeUpdate();
                }
            }
            prepared.put(application, email);
        }
        db.commit();
        return prepared;
    }

    record Check(int submitted, int drafts, int numbersIssued, int counter, List<String> problems) {
        @Override
        public String toString() {
            return String.format("%d submitted, %d still drafts, %d receipt numbers this year, counter at %d, problems: %s",
                    submitted, drafts, numbersIssued, counter, problems.isEmpty() ? "none" : problems);
        }
    }

    private static Check check(Connection db, java.util.Set<Long> ids, Map<Long, String> acknowledged) throws Exception {
        List<String> problems = new ArrayList<>();
        int submitted = 0;
        int drafts = 0;
        for (long id : ids) {
            String status;
            String receipt;
            int count;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "select status, receipt_number, submission_count from grant_application where id = " + id)) {
                r.next();
                status = r.getString(1);
                receipt = r.getString(2);
                count = r.getInt(3);
            }
            int versions = (int) single(db, "select count(*) from application_version where application_id = " + id);
            String email = (String) singleObject(db, "select u.email from user_account u join grant_application a on a.company_id = u.company_id "
                    + "where a.id = " + id);
            int notices = (int) single(db, "select count(*) from notification where template = 'application.submitted' and recipient_email = '"
                    + email + "'");
            String answered = acknowledged.get(id);
            if (answered != null && !answered.equals(receipt)) {
                problems.add(id + ": answered " + answered + ", holds " + receipt);
            }
            if ("SUBMITTED".equals(status) && receipt != null && count == 1 && versions == 1 && notices == 1) {
                submitted++;
            } else if ("DRAFT".equals(status) && receipt == null && count == 0 && versions == 0 && notices == 0) {
                drafts++;
                if (answered != null) {
                    problems.add(id + ": answered " + answered + " but is a draft");
                }
            } else {
                problems.add(id + ": half there (" + status + ", " + receipt + ", " + count + " submissions, " + versions + " versions, "
                        + notices + " notifications)");
            }
        }
        int year = Year.now(ZoneId.of("Asia/Seoul")).getValue();
        List<Integer> serials = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "select receipt_number from grant_application where receipt_number like 'SF-" + year + "-%' order by receipt_number")) {
            while (r.next()) {
                serials.add(Integer.parseInt(r.getString(1).substring(8)));
            }
        }
        for (int i = 0; i < serials.size(); i++) {
            if (serials.get(i) != i + 1) {
                problems.add("gap or duplicate at receipt " + (i + 1) + " (found " + serials.get(i) + ")");
                break;
            }
        }
        int counter = (int) single(db, "select last_number from receipt_counter where counter_year = " + year);
        if (counter != serials.size()) {
            problems.add("counter at " + counter + " for " + serials.size() + " numbers issued");
        }
        return new Check(submitted, drafts, serials.size(), counter, problems);
    }

    private static long single(Connection db, String sql) throws Exception {
        return ((Number) singleObject(db, sql)).longValue();
    }

    private static Object singleObject(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new IllegalStateException("nothing for " + sql);
            }
            return r.getObject(1);
        }
    }

    private static boolean exists(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next();
        }
    }

    private static long key(PreparedStatement statement) throws Exception {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
