package kr.go.smartfactory.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.go.smartfactory.demo.RealisticDirectory;

/**
 * The baseline of the relevance benchmark: a plain substring match over the texts the portal was loaded with — a
 * supplier's name, introduction and build-history descriptions — as SQL {@code LIKE '%word%'} on each word would find
 * them, ranked by how often the words occur (more mentions first; ties in load order). The structured parameters
 * (levelFrom, levelTo, levelToMin) filter on one history, as a SQL {@code exists} would; the words are not read
 * (no 초성, no layout, no years, no industries).
 */
final class SubstringBaseline {

    private record Supplier(int order, String registrationNumber, List<String> texts, List<String[]> levels) {
    }

    private static final List<String> LEVELS = List.of("NONE", "BASIC", "INTERMEDIATE_1", "INTERMEDIATE_2", "ADVANCED");

    private final Map<String, Supplier> suppliers = new LinkedHashMap<>();

    SubstringBaseline(RealisticDirectory directory) {
        List<String[]> rows = new ArrayList<>();
        directory.suppliers(r -> rows.add(csv(r)));
        for (String[] r : rows) {
            suppliers.put(r[0], new Supplier(suppliers.size(), r[0], new ArrayList<>(List.of(Relevance.fold(r[1]),
                    Relevance.fold(r[10]))), new ArrayList<>()));
        }
        directory.histories(line -> {
            String[] h = csv(line);
            Supplier s = suppliers.get(h[0]);
            s.texts().add(Relevance.fold(h[10]));
            s.levels().add(new String[] {h[7], h[8]});
        });
    }

    /** The registration numbers of the first ten matches. */
    List<String> search(JudgedSet.Query query) {
        Map<String, String> params = Bench.params(query.params());
        String[] words = Relevance.fold(query.text()).split("\\s+");
        Map<Supplier, Integer> found = new HashMap<>();
        for (Supplier s : suppliers.values()) {
            if (!climbs(s, params)) {
                continue;
            }
            int total = 0;
            boolean all = true;
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                int n = 0;
                for (String t : s.texts()) {
                    for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + w.length())) {
                        n++;
                    }
                }
                all &= n > 0;
                total += n;
            }
            if (all) {
                found.put(s, total);
            }
        }
        return found.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Supplier, Integer> e) -> -e.getValue()).thenComparing(e -> e.getKey().order()))
                .limit(Relevance.K).map(e -> e.getKey().registrationNumber()).toList();
    }

    private static boolean climbs(Supplier s, Map<String, String> p) {
        String from = p.get("levelFrom");
        String to = p.get("levelTo");
        String toMin = p.get("levelToMin");
        if (from == null && to == null && toMin == null) {
            return true;
        }
        for (String[] l : s.levels()) {
            if ((from == null || l[0].equals(from)) && (to == null || l[1].equals(to))
                    && (toMin == null || LEVELS.indexOf(l[1]) >= LEVELS.indexOf(toMin))) {
                return true;
            }
        }
        return false;
    }

    /** One CSV row of the generator (fields quoted with doubled quotes inside). */
    static String[] csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out.toArray(String[]::new);
    }
}
