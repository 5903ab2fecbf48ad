package kr.go.smartfactory.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.postgresql.PGConnection;

import kr.go.smartfactory.shared.domain.Secrets;

/**
 * The log API under load, on the PostgreSQL profile (issue #13): {@code wrk} with the usage-log script's mixed request
 * shapes over {@code --keys} keys, against
 * <ol>
 * <li>the portal as built — requests wait on a shared batch that one writer commits (group commit), answered
 * "accepted" only after the commit;</li>
 * <li>the naive baseline in the same run: the same endpoint with {@code -Dportal.usage.naiveWrites=true}, each request
 * inserting its own row in its own transaction;</li>
 * <li>the physical limit: {@code COPY} of the same number of rows straight into the table.</li>
 * </ol>
 * After each load it counts the rows: every acknowledged log must be there. With {@code --kill-after-seconds N} it
 * also kills the server with SIGKILL N seconds into a load, restarts it and compares the acknowledgements wrk saw with
 * the rows in the database.
 *
 * <pre>
 * usage-load [--server portal-web/target/server] [--jdbc jdbc:postgresql://127.0.0.1:5432/portal_usage] [--keys 1000]
 *            [--seconds 30] [--warmup-seconds 150] [--connections 200] [--threads 2] [--url http://localhost:8080]
 *            [--kill-after-seconds 10]
 * </pre>
 */
final class UsageLoad {

    private final Path server;
    private final String jdbc;
    private final String url;
    private final int keys;
    private final int seconds;
    private final int connections;
    private final int threads;
    private final int killAfter;
    private final int warmup;

    private UsageLoad(Map<String, String> o) {
        server = Path.of(o.getOrDefault("server", "portal-web/target/server"));
        jdbc = o.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/portal_usage");
        url = o.getOrDefault("url", "http://localhost:8080");
        keys = Integer.parseInt(o.getOrDefault("keys", "1000"));
        seconds = Integer.parseInt(o.getOrDefault("seconds", "30"));
        connections = Integer.parseInt(o.getOrDefault("connections", "200"));
        threads = Integer.parseInt(o.getOrDefault("threads", "2"));
        killAfter = Integer.parseInt(o.getOrDefault("kill-after-seconds", "0"));
        warmup = Integer.parseInt(o.getOrDefault("warmup-seconds", "150"));
    }

    static void run(Map<String, String> o) throws Exception {
        new UsageLoad(o).run();
    }

    /** What one wrk run saw. */
    record Load(double requestsPerSecond, long accepted, long other, long errors, double seconds, Map<String, Double> percentiles,
            String otherCodes) {
    }

    private void run() throws Exception {
        createDatabase();
        PortalServer portal = new PortalServer(server, jdbc, url);
        String heap = "-Xms1g -Xmx2g";

        portal.start("usage-load-server.log", heap);
        prepareKeys();
        warmUp();
        truncate();
        Load group = wrk(seconds);
        long groupRows = rows();
        portal.stop();

        portal.start("usage-load-naive-server.log", heap, "-Dportal.usage.naiveWrites=true");
        warmUp();
        truncate();
        Load naive = wrk(seconds);
        long naiveRows = rows();
        portal.stop();

        truncate();
        long copyRows = Math.max(group.accepted(), 100_000);
        double copySeconds = copy(copyRows);
        truncate();

        System.out.println();
        System.out.printf("| run | requests/s | accepted (AP1002) | other answers | socket errors | p50 ms | p90 ms | p99 ms | p99.9 ms | rows in the database |%n");
        System.out.printf("|---|---|---|---|---|---|---|---|---|---|%n");
        line("group commit (as built)", group, groupRows);
        line("naive: one transaction per request", naive, naiveRows);
        System.out.printf("| COPY of %,d rows (the limit) | %,.0f rows/s | | | | | | | | %,d |%n", copyRows, copyRows / copySeconds, copyRows);
        System.out.printf("%ngroup commit / naive: %.2f×; group commit / COPY: %.1f %%%n", group.requestsPerSecond() / naive.requestsPerSecond(),
                100 * group.requestsPerSecond() / (copyRows / copySeconds));
        check("group commit", group, groupRows);
        check("naive", naive, naiveRows);

        if (killAfter > 0) {
            killed(portal, heap);
        }
    }

    /** The same load for a while, not counted: the JIT compiler takes a minute or more to settle on 2 cores. */
    private void warmUp() throws Exception {
        if (warmup > 0) {
            System.out.printf("warming up for %d s (not counted)%n", warmup);
            wrk(warmup);
        }
    }

    private void killed(PortalServer portal, String heap) throws Exception {
        portal.start("usage-load-kill-server.log", heap);
        truncate();
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(killAfter));
                portal.kill();
                System.out.printf("kill -9 after %d s of load%n", killAfter);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        killer.start();
        Load load = wrk(killAfter + 5);
        killer.join();
        portal.awaitDeath();
        portal.start("usage-load-kill-server.log", heap);
        long rows = rows();
        portal.stop();
        System.out.printf("%n| kill -9 after %d s | acknowledged (AP1002) that wrk saw | rows after restart | lost |%n|---|---|---|---|%n| | %,d | %,d | **%d** |%n",
                killAfter, load.accepted(), rows, Math.max(0, load.accepted() - rows));
        if (rows < load.accepted()) {
            throw new IllegalStateException("acknowledged logs were lost: " + load.accepted() + " acknowledged, " + rows + " rows");
        }
    }

    private static void line(String name, Load l, long rows) {
        System.out.printf("| %s | %,.0f | %,d | %,d | %,d | %.2f | %.2f | %.2f | %.2f | %,d |%n", name, l.requestsPerSecond(), l.accepted(),
                l.other(), l.errors(), l.percentiles().get("P50"), l.percentiles().get("P90"), l.percentiles().get("P99"),
                l.percentiles().get("P99.9"), rows);
    }

    private static void check(String name, Load l, long rows) {
        if (rows < l.accepted()) {
            throw new IllegalStateException(name + ": " + l.accepted() + " acknowledged but only " + rows + " rows");
        }
        if (!l.otherCodes().isBlank()) {
            System.out.println(name + ": some other answers:" + l.otherCodes());
        }
    }

    private Load wrk(int duration) throws Exception {
        Path script = Path.of("benchmarks/wrk/usage-log.lua").toAbsolutePath();
        Process wrk = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + duration + "s", "--latency", "--timeout", "10s",
                "-s", script.toString(), url, "--", String.valueOf(keys)).redirectErrorStream(true).start();
        Map<String, String> values = new HashMap<>();
        Map<String, Double> percentiles = new HashMap<>();
        double rps = 0;
        String others = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(wrk.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                System.out.println("  wrk: " + line);
                String[] parts = line.trim().split("\\s+", 2);
                if (line.startsWith("Requests/sec:")) {
                    rps = Double.parseDouble(line.substring("Requests/sec:".length()).trim());
                } else if (parts.length == 2 && parts[0].matches("P[0-9.]+")) {
                    percentiles.put(parts[0], Double.parseDouble(parts[1]));
                } else if (parts[0].equals("SOME_OTHER_CODES")) {
                    others = parts.length > 1 ? parts[1] : "";
                } else if (parts.length == 2 && parts[0].matches("[A-Z]+")) {
                    values.put(parts[0], parts[1]);
                }
            }
        }
        wrk.waitFor();
        return new Load(rps, Long.parseLong(values.getOrDefault("ACCEPTED", "0")), Long.parseLong(values.getOrDefault("OTHER", "0")),
                Long.parseLong(values.getOrDefault("ERRORS", "0")), Double.parseDouble(values.getOrDefault("SECONDS", "0")), percentiles,
                others);
    }

    /** The keys sf1_bench-000001 … of the first demo SME's site, each with a rate no load reaches. */
    private void prepareKeys() throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            db.setAutoCommit(false);
            long company;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select min(company_id) from user_account where email = 'sme@demo.smartfactory.kr'")) {
                r.next();
                company = r.getLong(1);
            }
            try (Statement s = db.createStatement()) {
                s.executeUpdate("delete from usage_key where key_hint like 'sf1_bench%'");
            }
            try (PreparedStatement insert = db.prepareStatement("insert into usage_key (key_hash, key_hint, company_id, label, rate_capacity, "
                    + "rate_refill_millis, issued_by, issued_at) values (?, ?, ?, ?, 1000000, 1, 'usage-load', ?)")) {
                for (int i = 1; i <= keys; i++) {
                    String secret = String.format("sf1_bench-%06d", i);
                    insert.setString(1, Secrets.hash(secret));
                    insert.setString(2, secret.substring(0, 10) + "…");
                    insert.setLong(3, company);
                    insert.setString(4, "benchmark site " + i);
                    insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
        }
    }

    private void createDatabase() throws Exception {
        String name = jdbc.substring(jdbc.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (Connection db = DriverManager.getConnection(jdbc.substring(0, jdbc.lastIndexOf('/') + 1) + "postgres", "postgres", "postgres");
                Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("select 1 from pg_database where datname = '" + name.replace("'", "") + "'")) {
                if (!r.next()) {
                    s.executeUpdate("create database \"" + name.replace("\"", "") + "\"");
                }
            }
        }
    }

    private void truncate() throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = db.createStatement()) {
            s.executeUpdate("truncate usage_log");
        }
    }

    private long rows() throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select count(*) from usage_log")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** COPY of {@code count} rows like the API's into the same table, in one go: seconds taken. */
    private double copy(long count) throws Exception {
        StringBuilder csv = new StringBuilder();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        List<String> uses = List.of("DO6001", "DO6003", "DO6004", "DO6007");
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            long company;
            long firstKey;
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("select min(id), min(company_id) from usage_key where key_hint like 'sf1_bench%'")) {
                r.next();
                firstKey = r.getLong(1);
                company = r.getLong(2);
            }
            for (long i = 0; i < count; i++) {
                csv.append(firstKey + i % keys).append(',').append(company).append(",,").append(at).append(',').append(at).append(',')
                        .append(uses.get((int) (i % uses.size()))).append(",worker").append(i % 50).append(",10.0.").append(i % 255)
                        .append('.').append(1 + i % 254).append(',').append(i % 500).append('\n');
            }
            long started = System.nanoTime();
            ((PGConnection) db).getCopyAPI().copyIn("copy usage_log (key_id, company_id, project_id, logged_at, received_at, use_se, sys_user, "
                    + "conect_ip, data_qty) from stdin with (format csv)", new StringReader(csv.toString()));
            return (System.nanoTime() - started) / 1e9;
        }
    }
}
