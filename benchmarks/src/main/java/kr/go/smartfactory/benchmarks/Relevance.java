package kr.go.smartfactory.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kr.go.smartfactory.demo.RealisticDirectory;
import kr.go.smartfactory.demo.RealisticDirectory.SupplierTruth;

/**
 * {@code relevance}: the judged set ({@link JudgedSet}) through the REST API of a portal loaded with
 * {@code load --realistic} (same seed and sizes), scored by nDCG@10 and P@5 per query, per class and overall, beside a
 * plain substring match over the same generated texts in the same run ({@link SubstringBaseline}).
 *
 * <p>Suppliers the portal holds besides the generated directory (the demo's own) have no judgment; they are dropped
 * from a result list before scoring (a condensed list), and how many were dropped is printed.
 */
final class Relevance {

    static final int K = 10;
    private static final Pattern REGISTRATION = Pattern.compile("\"registrationNumber\":\"(\\d+)\"");

    private Relevance() {
    }

    record Score(double ndcg, double precision) {
    }

    static void run(Map<String, String> o) throws Exception {
        String url = o.getOrDefault("url", "http://localhost:8080");
        RealisticDirectory directory = new RealisticDirectory(Long.parseLong(o.getOrDefault("seed", "2026")),
                Integer.parseInt(o.getOrDefault("suppliers", "2500")), Integer.parseInt(o.getOrDefault("histories", "100000")));
        Map<String, SupplierTruth> truth = new HashMap<>();
        directory.truth().forEach(t -> truth.put(t.registrationNumber(), t));
        SubstringBaseline baseline = new SubstringBaseline(directory);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        boolean verbose = o.containsKey("verbose");

        Map<String, List<Score>> engineByClass = new LinkedHashMap<>();
        Map<String, List<Score>> baselineByClass = new LinkedHashMap<>();
        int dropped = 0;
        System.out.printf("%-20s %-55s %6s %6s %8s %8s %8s%n", "class", "query", "ideal", "nDCG", "P@5", "base nDCG", "base P@5");
        for (JudgedSet.Query q : JudgedSet.queries()) {
            Map<String, Integer> grades = new HashMap<>();
            truth.forEach((reg, t) -> grades.put(reg, q.grade(t)));
            if (grades.values().stream().noneMatch(g -> g >= 2)) {
                throw new IllegalStateException(q.params() + " has no supplier graded 2 or 3 in this directory: not a fair query");
            }
            List<String> engine = new ArrayList<>();
            for (String reg : search(http, url, q.params())) {
                if (truth.containsKey(reg)) {
                    engine.add(reg);
                } else {
                    dropped++;
                }
            }
            List<String> base = baseline.search(q);
            Score e = score(engine, grades);
            Score b = score(base, grades);
            engineByClass.computeIfAbsent(q.cls(), k -> new ArrayList<>()).add(e);
            baselineByClass.computeIfAbsent(q.cls(), k -> new ArrayList<>()).add(b);
            long ideal = grades.values().stream().filter(g -> g == 3).count();
            System.out.printf("%-20s %-55s %6d %6.3f %8.2f %8.3f %8.2f%n", q.cls(), q.params(), ideal, e.ndcg(), e.precision(),
                    b.ndcg(), b.precision());
            if (verbose) {
                System.out.println("    engine:   " + engine.stream().limit(K).map(r -> grades.get(r) + ":" + truth.get(r).name())
                        .collect(Collectors.joining(", ")));
                System.out.println("    baseline: " + base.stream().limit(K).map(r -> grades.get(r) + ":" + truth.get(r).name())
                        .collect(Collectors.joining(", ")));
            }
        }
        System.out.printf("%n%-20s %8s %9s %8s %10s %10s%n", "class", "queries", "nDCG@10", "P@5", "base nDCG", "base P@5");
        List<Score> allEngine = new ArrayList<>();
        List<Score> allBaseline = new ArrayList<>();
        for (String cls : engineByClass.keySet()) {
            List<Score> e = engineByClass.get(cls);
            List<Score> b = baselineByClass.get(cls);
            allEngine.addAll(e);
            allBaseline.addAll(b);
            System.out.printf("%-20s %8d %9.3f %8.2f %10.3f %10.2f%n", cls, e.size(), mean(e, true), mean(e, false), mean(b, true),
                    mean(b, false));
        }
        System.out.printf("%-20s %8d %9.3f %8.2f %10.3f %10.2f%n", "overall", allEngine.size(), mean(allEngine, true),
                mean(allEngine, false), mean(allBaseline, true), mean(allBaseline, false));
        System.out.printf("results without a judgment (the portal's own demo suppliers) dropped: %d%n", dropped);
    }

    private static double mean(List<Score> scores, boolean ndcg) {
        return scores.stream().mapToDouble(s -> ndcg ? s.ndcg() : s.precision()).average().orElse(0);
    }

    /** nDCG@10 (gain 2^g − 1, discount log2(rank + 1), ideal from all judged suppliers) and P@5 (grade ≥ 2 relevant). */
    static Score score(List<String> ranked, Map<String, Integer> grades) {
        double dcg = dcg(ranked.stream().limit(K).map(r -> grades.getOrDefault(r, 0)).toList());
        double ideal = dcg(grades.values().stream().sorted(Comparator.reverseOrder()).limit(K).toList());
        long relevant = ranked.stream().limit(5).filter(r -> grades.getOrDefault(r, 0) >= 2).count();
        return new Score(ideal == 0 ? 0 : dcg / ideal, relevant / 5.0);
    }

    static double dcg(List<Integer> gains) {
        double sum = 0;
        for (int i = 0; i < gains.size(); i++) {
            sum += (Math.pow(2, gains.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }

    /** The registration numbers of the first 30 results, in order. */
    private static List<String> search(HttpClient http, String url, String params) throws Exception {
        String encoded = Arrays.stream(params.split("&")).map(p -> {
            int eq = p.indexOf('=');
            return p.substring(0, eq + 1) + URLEncoder.encode(p.substring(eq + 1), StandardCharsets.UTF_8);
        }).collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/suppliers?size=30&" + encoded))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(params + " answered " + response.statusCode());
        }
        String body = response.body();
        int items = body.indexOf("\"items\"");
        List<String> out = new ArrayList<>();
        Matcher m = REGISTRATION.matcher(body);
        m.region(Math.max(items, 0), body.length());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Lower-cased for the substring baseline. */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
