package kr.go.smartfactory.search.query;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

import kr.go.smartfactory.search.analysis.KoreanAnalyzers;

/**
 * Collects the directory's vocabulary for {@link InitialsVocabulary}: each text's words as readers know them — a word
 * between spaces without its particles and endings (가동률이 → 가동률, 스마트공장을 → 스마트공장) and its Nori parts
 * (스마트, 공장) —, weighted by how many texts hold them; names (specialities, solutions) are taken whole as well.
 * Not thread-safe: one builder per rebuild.
 */
public final class VocabularyBuilder {

    /** The most frequent words kept (a 초성 query expands to a handful of them). */
    public static final int MAX_WORDS = 20_000;
    private static final int MAX_SYLLABLES = 10;

    private final Analyzer parts = KoreanAnalyzers.koreanParts();
    private final Map<String, Integer> weights = new HashMap<>();

    /** A text (a build history, an introduction): its words count once each. */
    public VocabularyBuilder text(String text) {
        words(parts, text).forEach(w -> weights.merge(w, 1, Integer::sum));
        return this;
    }

    private static final Analyzer PARTS = KoreanAnalyzers.koreanParts();

    /**
     * The words of a text as users type them: each eojeol without its particles and endings (불량률이 → 불량률,
     * 스마트공장을 → 스마트공장) and its parts of two syllables or more (스마트, 공장) — Hangul words of 2 to 10 syllables.
     */
    public static Set<String> words(String text) {
        return words(PARTS, text);
    }

    /** A word of a query as {@link #words} has it: its parts joined without particles (불량률이 → 불량률); null if none. */
    public static String word(String word) {
        if (word == null || syllables(word) < 2) {
            return null;
        }
        String joined = String.join("", KoreanAnalyzers.tokens(PARTS, word));
        return syllables(joined) >= 2 && syllables(joined) <= MAX_SYLLABLES ? joined : null;
    }

    private static Set<String> words(Analyzer parts, String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        for (String eojeol : text.split("[\\s,.!?·/()\\[\\]\"'“”‘’]+")) {
            if (syllables(eojeol) < 2) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            for (String part : KoreanAnalyzers.tokens(parts, eojeol)) {
                joined.append(part);
                if (syllables(part) >= 2) {
                    words.add(part);
                }
            }
            if (syllables(joined) >= 2) {
                words.add(joined.toString());
            }
        }
        words.removeIf(w -> syllables(w) > MAX_SYLLABLES);
        return words;
    }

    /** A name (a speciality, a solution): whole, without spaces, and its words. */
    public VocabularyBuilder name(String name) {
        if (name == null || name.isBlank()) {
            return this;
        }
        String whole = name.replaceAll("\\s+", "");
        if (syllables(whole) >= 2 && syllables(whole) <= MAX_SYLLABLES) {
            weights.merge(whole, 1, Integer::sum);
        }
        return text(name);
    }

    public InitialsVocabulary build() {
        Map<String, Integer> kept = new HashMap<>();
        weights.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(MAX_WORDS)
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return InitialsVocabulary.of(kept);
    }

    private static int syllables(CharSequence s) {
        return (int) s.chars().filter(c -> c >= '\uAC00' && c <= '\uD7A3').count();
    }
}
