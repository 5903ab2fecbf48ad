package kr.go.smartfactory.search.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words as users type them and the codes they mean, read from a CSV resource ({@code word,code;code}; {@code #}
 * comments): a word of the query means those codes alone or with one of the given endings (업체, 시스템, 을 …), in
 * any letter case. The one lookup behind {@link IndustryWords} and {@link SpecialityWords}.
 */
final class WordCodes {

    private final List<String> endings;
    private final Map<String, List<String>> codes;

    WordCodes(String resource, List<String> endings) {
        this.endings = endings;
        this.codes = load(resource);
    }

    private static Map<String, List<String>> load(String resource) {
        Map<String, List<String>> map = new HashMap<>();
        try (InputStream in = WordCodes.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",");
                if (map.put(cells[0].strip().toLowerCase(Locale.ROOT), List.of(cells[1].strip().split(";"))) != null) {
                    throw new IllegalStateException(resource + " names " + cells[0] + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }

    /** The codes the word means (empty when it means none). */
    List<String> of(String word) {
        if (word == null || word.isBlank()) {
            return List.of();
        }
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (String ending : endings) {
            if (w.endsWith(ending) && w.length() > ending.length()) {
                List<String> found = codes.get(w.substring(0, w.length() - ending.length()));
                if (found != null) {
                    return found;
                }
            }
        }
        return List.of();
    }
}
