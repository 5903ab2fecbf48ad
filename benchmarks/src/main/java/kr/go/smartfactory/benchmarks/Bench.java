package kr.go.smartfactory.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kr.go.smartfactory.demo.DirectoryDataGenerator;
import kr.go.smartfactory.demo.RealisticDirectory;

/**
 * Command line of the benchmarks module.
 *
 * <pre>
 * load  [--url http://localhost:8080] [--user admin@demo.smartfactory.kr] [--password Demo!2026portal]
 *       [--suppliers 2500] [--histories 100000] [--chunk 2000] [--seed 2026] [--realistic true]
 * relevance [--url …] [--suppliers 2500] [--histories 100000] [--seed 2026] [--verbose true]
 * </pre>
 *
 * {@code load} generates the deterministic data set and posts it to a running portal (H2 or PostgreSQL alike)
 * through {@code POST /api/v1/import/suppliers} and {@code /build-histories}, in chunks (each chunk is its own
 * all-or-nothing import; loading twice updates, never duplicates).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String command = args.length == 0 || args[0].startsWith("--") ? "load" : args[0];
        switch (command) {
            case "load" -> load(options);
            case "search" -> search(options);
            case "rebuild" -> rebuild(options);
            case "kill" -> KillTest.run(options);
            case "usage-load" -> UsageLoad.run(options);
            case "relevance" -> Relevance.run(options);
            case "page-baseline" -> pageBaseline(options);
            default -> throw new IllegalArgumentException("unknown command " + command + " (load, search, rebuild, kill, usage-load, relevance)");
        }
    }

    static void load(Map<String, String> o) throws Exception {
        String url = o.getOrDefault("url", "http://localhost:8080");
        String auth = "Basic " + Base64.getEncoder().encodeToString((o.getOrDefault("user", "admin@demo.smartfactory.kr") + ":"
                + o.getOrDefault("password", "Demo!2026portal")).getBytes(StandardCharsets.UTF_8));
        int suppliers = Integer.parseInt(o.getOrDefault("suppliers", "2500"));
        int histories = Integer.parseInt(o.getOrDefault("histories", "100000"));
        int chunk = Integer.parseInt(o.getOrDefault("chunk", "2000"));
        long seed = Long.parseLong(o.getOrDefault("seed", "2026"));
        // --realistic: the directory with its truth that the relevance benchmark judges (RealisticDirectory)
        RealisticDirectory realistic = o.containsKey("realistic") ? new RealisticDirectory(seed, suppliers, histories) : null;
        DirectoryDataGenerator generator = new DirectoryDataGenerator(seed);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        List<String> rows = new ArrayList<>();
        if (realistic != null) {
            realistic.suppliers(rows::add);
        } else {
            generator.suppliers(suppliers, rows::add);
        }
        long started = System.nanoTime();
        post(http, url + "/api/v1/import/suppliers", auth, DirectoryDataGenerator.SUPPLIER_HEADER, rows, chunk);
        System.out.printf("suppliers: %,d in %.1f s%n", suppliers, (System.nanoTime() - started) / 1e9);

        rows.clear();
        if (realistic != null) {
            realistic.histories(rows::add);
        } else {
            generator.histories(suppliers, histories, rows::add);
        }
        started = System.nanoTime();
        post(http, url + "/api/v1/import/build-histories", auth, DirectoryDataGenerator.HISTORY_HEADER, rows, chunk);
        System.out.printf("build histories: %,d in %.1f s%n", histories, (System.nanoTime() - started) / 1e9);
    }

    /** The fixed query list: Korean words and compounds, particles, 초성, acronyms, typos, several words, facets. */
    static final List<String> QUERIES = List.of("q=MES", "q=ERP", "q=스마트공장구축", "q=스마트 공장 구축", "q=불량률",
            "q=비전검사", "q=ㅂㅈㄱㅅ", "q=ㅅㅁㅌ", "q=MSE", "q=협동로봇", "q=자동차부품 MES", "q=식품 공장", "q=클라우드 MES",
            "q=에너지 모니터링", "q=FEMS", "q=POP", "q=협력사", "q=SCM 협력사", "q=AI 품질 예측", "q=5G", "q=반도체 부품", "q=금형",
            "q=사출성형 MES", "q=재고 관리", "q=설비 가동률", "q=납기 준수율", "q=경남 자동차부품", "q=화장품", "q=의료기기",
            "q=PLM 도입", "q=바코드", "q=정밀가공 스마트공장", "q=배터리 부품", "q=MES&region=GYEONGGI&verified=true",
            "q=스마트공장&industry=30&sort=verified", "region=GYEONGNAM&speciality=SW.OPS&sort=rating", "q=원격 관제&yearFrom=2020&yearTo=2023");

    /**
     * REST latency of the fixed queries, and in the same run the two baselines: the same queries straight on the
     * portal's Lucene index (opened read-only beside the running server), with and without the facets, and as
     * SQL LIKE on the portal's PostgreSQL database (when {@code --jdbc} is given; H2's file is locked by the server).
     */
    static void search(Map<String, String> o) throws Exception {
        String url = o.getOrDefault("url", "http://localhost:8080");
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "20"));
        int sqlRounds = Integer.parseInt(o.getOrDefault("sql-rounds", "5"));
        java.nio.file.Path index = java.nio.file.Path.of(o.getOrDefault("index",
                "portal-web/target/server/standalone/data/search-index/supplier"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, List<Double>> rest = new java.util.LinkedHashMap<>();
        Map<String, List<Double>> lucene = new java.util.LinkedHashMap<>();
        Map<String, List<Double>> luceneFull = new java.util.LinkedHashMap<>();
        Map<String, List<Double>> sql = new java.util.LinkedHashMap<>();
        Map<String, String> totals = new HashMap<>();
        Map<String, Long> sqlTotals = new HashMap<>();

        for (int warm = 0; warm < 3; warm++) {
            for (String q : QUERIES) {
                totals.put(q, total(get(http, url, q)));
            }
        }
        // the physical limit of this client, server and machine, in the same rounds: a static file through the
        // portal's filter chain, and an API call that does nothing (401 before any resource runs)
        List<Double> staticFile = new ArrayList<>();
        List<Double> emptyApi = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String q : QUERIES) {
                long t = System.nanoTime();
                get(http, url, q);
                rest.computeIfAbsent(q, k -> new ArrayList<>()).add((System.nanoTime() - t) / 1e6);
                t = System.nanoTime();
                http.send(HttpRequest.newBuilder(URI.create(url + "/resources/css/portal.css")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                staticFile.add((System.nanoTime() - t) / 1e6);
                t = System.nanoTime();
                http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/me")).GET().build(), HttpResponse.BodyHandlers.discarding());
                emptyApi.add((System.nanoTime() - t) / 1e6);
            }
        }
        try (LuceneBaseline baseline = new LuceneBaseline(index)) {
            System.out.printf("Lucene index %s: %,d documents (suppliers and their nested histories)%n", index, baseline.documents());
            for (int warm = 0; warm < 3 * 10; warm++) {
                for (String q : QUERIES) {
                    baseline.run(params(q), warm % 2 == 0);
                }
            }
            for (int r = 0; r < rounds; r++) {
                for (String q : QUERIES) {
                    long t = System.nanoTime();
                    baseline.run(params(q), false);
                    lucene.computeIfAbsent(q, k -> new ArrayList<>()).add((System.nanoTime() - t) / 1e6);
                    t = System.nanoTime();
                    baseline.run(params(q), true);
                    luceneFull.computeIfAbsent(q, k -> new ArrayList<>()).add((System.nanoTime() - t) / 1e6);
                }
            }
        }
        if (o.containsKey("jdbc")) {
            try (SqlBaseline baseline = new SqlBaseline(o.get("jdbc"), o.getOrDefault("db-user", "postgres"),
                    o.getOrDefault("db-password", "postgres"))) {
                for (String q : QUERIES) {
                    baseline.run(params(q));
                }
                for (int r = 0; r < sqlRounds; r++) {
                    for (String q : QUERIES) {
                        long t = System.nanoTime();
                        sqlTotals.put(q, baseline.run(params(q)));
                        sql.computeIfAbsent(q, k -> new ArrayList<>()).add((System.nanoTime() - t) / 1e6);
                    }
                }
            }
        }

        System.out.printf("%-45s %7s %9s %9s %9s %9s %9s %7s%n", "query (p50 ms)", "hits", "REST", "Lucene", "Lucene+f",
                "SQL LIKE", "LIKE hits", "REST/L+f");
        for (String q : QUERIES) {
            System.out.printf("%-45s %7s %9.2f %9.2f %9.2f %9s %9s %7.1f%n", q, totals.get(q), percentile(rest.get(q), 50),
                    percentile(lucene.get(q), 50), percentile(luceneFull.get(q), 50),
                    sql.containsKey(q) ? String.format("%.1f", percentile(sql.get(q), 50)) : "-",
                    sqlTotals.containsKey(q) ? sqlTotals.get(q).toString() : "-",
                    percentile(rest.get(q), 50) / percentile(luceneFull.get(q), 50));
        }
        System.out.printf("%-28s %9s %9s %9s%n", "all queries", "p50 ms", "p95 ms", "p99 ms");
        List<String[]> summary = new ArrayList<>();
        summary.add(line("REST API (GET /api/v1/suppliers)", all(rest)));
        summary.add(line("Lucene: query + top 20", all(lucene)));
        summary.add(line("Lucene: + six facets", all(luceneFull)));
        if (!sql.isEmpty()) {
            summary.add(line("SQL LIKE (PostgreSQL)", all(sql)));
        }
        summary.add(line("HTTP floor: static file", staticFile));
        summary.add(line("HTTP floor: API, 401", emptyApi));
        summary.forEach(l -> System.out.printf("%-34s %9s %9s %9s%n", (Object[]) l));
        double restP50 = percentile(all(rest), 50);
        double restP95 = percentile(all(rest), 95);
        System.out.printf("ratios: REST p95 / Lucene p95 = %.1f (query only), %.1f (with facets)%n",
                restP95 / percentile(all(lucene), 95), restP95 / percentile(all(luceneFull), 95));
        if (!sql.isEmpty()) {
            System.out.printf("ratios: SQL LIKE / REST = %.0fx at p50, %.0fx at p95%n",
                    percentile(all(sql), 50) / restP50, percentile(all(sql), 95) / restP95);
        }
    }

    /**
     * The baseline of the search page under {@code wrk} (benchmarks/wrk/search-page.lua): the same rotating queries with
     * their six facets straight on Lucene, on two threads (the machine's cores) for {@code --seconds}; queries a second.
     */
    static void pageBaseline(Map<String, String> o) throws Exception {
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "30"));
        java.nio.file.Path index = java.nio.file.Path.of(o.getOrDefault("index", "portal-web/target/server/standalone/data/search-index/supplier"));
        String script = java.nio.file.Files.readString(java.nio.file.Path.of(o.getOrDefault("script", "benchmarks/wrk/search-page.lua")));
        List<Map<String, String>> queries = new ArrayList<>();
        java.util.regex.Matcher path = java.util.regex.Pattern.compile("\"/suppliers/index\\.xhtml\\?([^\"]*)\"").matcher(script);
        while (path.find()) {
            queries.add(params(java.net.URLDecoder.decode(path.group(1), StandardCharsets.UTF_8)));
        }
        try (LuceneBaseline baseline = new LuceneBaseline(index)) {
            for (int warm = 0; warm < 200; warm++) {
                baseline.run(queries.get(warm % queries.size()), true);
            }
            java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int offset = t;
                Thread thread = new Thread(() -> {
                    try {
                        for (int i = offset; System.nanoTime() < end; i++) {
                            baseline.run(queries.get(i % queries.size()), true);
                            done.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            System.out.printf("raw Lucene, the page's %d queries with six facets, 2 threads, %d s: %,d queries, %.1f /s%n",
                    queries.size(), seconds, done.get(), done.get() / (double) seconds);
        }
    }

    private static String[] line(String what, List<Double> times) {
        return new String[] {what, String.format("%.2f", percentile(times, 50)), String.format("%.2f", percentile(times, 95)),
                String.format("%.2f", percentile(times, 99))};
    }

    private static List<Double> all(Map<String, List<Double>> byQuery) {
        return byQuery.values().stream().flatMap(List::stream).toList();
    }

    /** "q=MES&region=GYEONGGI" as parameters. */
    static Map<String, String> params(String query) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        for (String p : query.split("&")) {
            int eq = p.indexOf('=');
            params.put(p.substring(0, eq), p.substring(eq + 1));
        }
        return params;
    }

    /** Starts search-index-refresh and searches all the while: every answer must have the same total. */
    static void rebuild(Map<String, String> o) throws Exception {
        String url = o.getOrDefault("url", "http://localhost:8080");
        String auth = "Basic " + Base64.getEncoder().encodeToString((o.getOrDefault("user", "admin@demo.smartfactory.kr") + ":"
                + o.getOrDefault("password", "Demo!2026portal")).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String probe = "q=MES";
        String expected = total(get(http, url, probe));
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/jobs/search-index-refresh"))
                .header("Authorization", auth).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("job not started: " + started.statusCode() + " " + started.body());
        }
        String id = started.body().replaceAll(".*\"executionId\":(\\d+).*", "$1");
        long t0 = System.nanoTime();
        int searches = 0;
        int wrong = 0;
        String status = "";
        while (!status.contains("COMPLETED") && !status.contains("FAILED")) {
            String total = total(get(http, url, probe));
            searches++;
            if (!expected.equals(total)) {
                wrong++;
            }
            status = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/jobs/executions/" + id)).header("Authorization", auth)
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        }
        System.out.printf("rebuild %s in %.1f s (wall clock); %d searches during it, %d with a different total (expected %s)%n",
                status.contains("COMPLETED") ? "COMPLETED" : "FAILED", (System.nanoTime() - t0) / 1e9, searches, wrong, expected);
        System.out.println(status);
    }

    private static String get(HttpClient http, String url, String query) throws Exception {
        String encoded = java.util.Arrays.stream(query.split("&")).map(p -> {
            int eq = p.indexOf('=');
            return p.substring(0, eq + 1) + java.net.URLEncoder.encode(p.substring(eq + 1), StandardCharsets.UTF_8);
        }).collect(java.util.stream.Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/suppliers?size=20&" + encoded))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(query + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String total(String body) {
        return body.replaceAll("(?s)^\\{\"total\":(\\d+).*", "$1");
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static void post(HttpClient http, String url, String auth, String header, List<String> rows, int chunk)
            throws Exception {
        for (int from = 0; from < rows.size(); from += chunk) {
            StringBuilder csv = new StringBuilder(header).append('\n');
            rows.subList(from, Math.min(rows.size(), from + chunk)).forEach(r -> csv.append(r).append('\n'));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                    .header("Authorization", auth).header("Content-Type", "text/csv; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            System.out.printf("  %s rows %,d-%,d: %s%n", url.substring(url.lastIndexOf('/') + 1), from + 1,
                    Math.min(rows.size(), from + chunk), response.body());
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), args[i + 1]);
            }
        }
        return options;
    }
}
