package kr.go.smartfactory.search.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kr.go.smartfactory.search.analysis.HangulInitials;

/**
 * 초성 over the whole vocabulary of the directory: speciality names, solution names and the frequent words of build
 * histories, each under its initials ({@code ㅅㅁㅌㄱㅈ} → 스마트공장, {@code ㄱㄷㄹ} → 가동률). A 초성 query expands to the
 * words whose initials it equals — the most frequent first —, and for autocomplete to those whose initials it begins.
 * Immutable; built again when the index is rebuilt.
 */
public final class InitialsVocabulary {

    private final TreeMap<String, List<String>> byInitials = new TreeMap<>();

    private InitialsVocabulary() {
    }

    /**
     * The vocabulary of these words with their weights (a frequency: how many texts hold the word); words without Hangul
     * or shorter than two syllables are left out (their initials would match too much).
     */
    public static InitialsVocabulary of(Map<String, Integer> weightedWords) {
        InitialsVocabulary v = new InitialsVocabulary();
        Map<String, List<Map.Entry<String, Integer>>> grouped = new HashMap<>();
        for (Map.Entry<String, Integer> e : weightedWords.entrySet()) {
            String word = e.getKey() == null ? "" : e.getKey().replace(" ", "");
            if (hangulSyllables(word) < 2) {
                continue;
            }
            grouped.computeIfAbsent(HangulInitials.of(word), k -> new ArrayList<>()).add(Map.entry(word, e.getValue()));
        }
        grouped.forEach((initials, words) -> v.byInitials.put(initials, words.stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).distinct().toList()));
        return v;
    }

    /** The same words, each of weight 1. */
    public static InitialsVocabulary of(Collection<String> words) {
        Map<String, Integer> weighted = new HashMap<>();
        words.forEach(w -> weighted.merge(w, 1, Integer::sum));
        return of(weighted);
    }

    private static int hangulSyllables(String word) {
        return (int) word.chars().filter(c -> c >= '\uAC00' && c <= '\uD7A3').count();
    }

    /** The words whose initials are exactly these (spaces ignored), most frequent first, at most {@code max}. */
    public List<String> expand(String initials, int max) {
        String key = initials == null ? "" : initials.replace(" ", "");
        List<String> words = byInitials.getOrDefault(key, List.of());
        return words.size() <= max ? words : words.subList(0, max);
    }

    /**
     * For autocomplete: the words whose initials begin with these — exact ones first, then longer ones by initials
     * length —, at most {@code max}.
     */
    public List<String> complete(String initials, int max) {
        String key = initials == null ? "" : initials.replace(" ", "");
        if (key.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>(expand(key, max));
        for (Map.Entry<String, List<String>> e : byInitials.subMap(key, false, key + Character.MAX_VALUE, false).entrySet().stream()
                .sorted(Comparator.comparingInt(e -> e.getKey().length())).toList()) {
            for (String w : e.getValue()) {
                if (out.size() >= max) {
                    return List.copyOf(out);
                }
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    public int size() {
        return byInitials.values().stream().mapToInt(List::size).sum();
    }
}
