package kr.go.smartfactory.search.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Client industries as users say them (금형, 도금, 뿌리산업, 조선기자재, 제약, 식품) and the KSIC divisions whose build
 * histories they mean, from {@code industry-words.csv}: a word of the query that names an industry — alone or with an
 * ending such as 업체, 업, 기업, 산업, 분야, 공장 — matches the histories of those industries, not only texts that
 * contain it.
 */
public final class IndustryWords {

    private static final List<String> ENDINGS = List.of("", "업체", "업", "기업", "회사", "산업", "분야", "공장", "업계");
    private static final Map<String, List<String>> DIVISIONS = load();

    private IndustryWords() {
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> map = new HashMap<>();
        try (InputStream in = IndustryWords.class.getResourceAsStream("industry-words.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",");
                map.put(cells[0].strip(), List.of(cells[1].strip().split(";")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }

    /** The KSIC divisions the word names (empty when it names none). */
    public static List<String> divisions(String word) {
        if (word == null || word.isBlank()) {
            return List.of();
        }
        String w = word.strip();
        for (String ending : ENDINGS) {
            if (w.endsWith(ending) && w.length() > ending.length()) {
                List<String> found = DIVISIONS.get(w.substring(0, w.length() - ending.length()));
                if (found != null) {
                    return found;
                }
            }
        }
        return List.of();
    }
}
