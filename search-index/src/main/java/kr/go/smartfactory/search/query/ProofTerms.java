package kr.go.smartfactory.search.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import kr.go.smartfactory.search.analysis.HangulInitials;

/**
 * Proven capability as index terms: how many builds of a speciality a supplier has — verified and self-declared
 * counted apart, overall, for clients of one KSIC division, and in one year — and how many builds say a word (불량률,
 * 가동률: what builds achieved, in free text), written as one keyword term per
 * threshold reached ({@code V:SW.OPS.MES:1}, {@code V:SW.OPS.MES:2}, {@code V:SW.OPS.MES:3}, {@code V:SW.OPS.MES:5}, …).
 * A search adds a constant score per term it finds, so a supplier's score grows with the number of matching builds
 * (about with its logarithm: thresholds 1, 2, 3, 5, 8, … 89) and verified builds weigh more than self-declared ones,
 * whatever its name or introduction says. Plain keyword terms: the same on the Lucene and the Elasticsearch backend.
 */
public final class ProofTerms {

    /** The index field that holds the terms. */
    public static final String FIELD = "proof";
    static final int[] THRESHOLDS = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89};

    /** What the builds are counted by: a speciality; with a client division; with a year; a client division alone. */
    public static String key(String speciality) {
        return speciality;
    }

    public static String withDivision(String speciality, String division) {
        return (speciality == null ? "" : speciality) + "@" + division;
    }

    public static String withYear(String speciality, int year) {
        return speciality + "#" + year;
    }

    /** Builds whose description says the word ({@link VocabularyBuilder#words}: 불량률, 가동률, 스마트공장 …). */
    public static String withWord(String word) {
        return "~" + word;
    }

    /** Counts builds by key, verified and self-declared apart; {@link #terms()} gives the index terms. */
    public static final class Counter {
        private final Map<String, int[]> counts = new TreeMap<>();

        /**
         * One build: its speciality codes (each with its ancestors: SW.OPS.MES counts for SW.OPS and SW too), the
         * client's KSIC division, the year, and whether the registry verified it.
         */
        public void add(Collection<String> specialities, String division, int year, boolean verified) {
            List<String> codes = new ArrayList<>();
            for (String s : specialities) {
                codes.add(s);
                for (int dot = s.indexOf('.'); dot > 0; dot = s.indexOf('.', dot + 1)) {
                    codes.add(s.substring(0, dot));
                }
            }
            int which = verified ? 0 : 1;
            for (String c : codes.stream().distinct().toList()) {
                counts.computeIfAbsent(key(c), k -> new int[2])[which]++;
                counts.computeIfAbsent(withDivision(c, division), k -> new int[2])[which]++;
                counts.computeIfAbsent(withYear(c, year), k -> new int[2])[which]++;
            }
            counts.computeIfAbsent(withDivision(null, division), k -> new int[2])[which]++;
        }

        /** The words one build's description says (each counts once per build). */
        public void addWords(Collection<String> words, boolean verified) {
            for (String w : words) {
                counts.computeIfAbsent(withWord(w), k -> new int[2])[verified ? 0 : 1]++;
            }
        }

        public List<String> terms() {
            List<String> terms = new ArrayList<>();
            counts.forEach((key, n) -> {
                for (int t : THRESHOLDS) {
                    if (n[0] >= t) {
                        terms.add(verified(key, t));
                    }
                    if (n[1] >= t) {
                        terms.add(declared(key, t));
                    }
                }
            });
            return terms;
        }
    }

    /** The terms of a supplier with at least one build by that key, verified or self-declared. */
    public static List<String> built(String key) {
        return List.of(verified(key, 1), declared(key, 1));
    }

    /** The terms a search looks for: one per threshold, verified builds. */
    public static List<String> verifiedTerms(String key) {
        List<String> terms = new ArrayList<>();
        for (int t : THRESHOLDS) {
            terms.add(verified(key, t));
        }
        return terms;
    }

    /** The same for self-declared builds. */
    public static List<String> declaredTerms(String key) {
        List<String> terms = new ArrayList<>();
        for (int t : THRESHOLDS) {
            terms.add(declared(key, t));
        }
        return terms;
    }

    /** The constant score a term found adds: per threshold reached, verified builds weigh more than self-declared. */
    public static final float VERIFIED_SCORE = 4f;
    public static final float DECLARED_SCORE = 1.5f;

    /** A term a search looks for in {@link #FIELD} and the constant score it adds when found. */
    public record Scored(String term, float score) {
    }

    /**
     * What a query asks builds to prove, as scored terms: for the specialities its words name (MES, 비전검사, 로보틱스 —
     * or a 초성 word's first expansion that names one), with the industries it names (금형, 뿌리산업) and its one year,
     * the builds that meet all of those, and at half weight the speciality's builds for others; without a speciality,
     * the builds for clients of the industry; for other words, the builds whose descriptions say them (불량률, 가동률).
     * Generic words (사례, 업체) ask nothing. Empty when there is nothing to count.
     *
     * @param words    the query's words as typed
     * @param year     the query's one year, or null
     * @param initials a 초성 word's expansions, most frequent first (an empty list where no vocabulary is at hand)
     */
    public static List<Scored> forQuery(List<String> words, Integer year, Function<String, List<String>> initials) {
        Set<String> specialities = new LinkedHashSet<>();
        Set<String> divisions = new LinkedHashSet<>();
        Set<String> said = new LinkedHashSet<>();
        for (String word : words) {
            if (HangulInitials.isInitialsOnly(word)) {
                List<String> meant = initials.apply(word);
                meant.stream().map(SpecialityWords::codes).filter(c -> !c.isEmpty()).findFirst().ifPresentOrElse(specialities::addAll,
                        () -> meant.stream().findFirst().map(VocabularyBuilder::word).ifPresent(said::add));
            } else if (!SpecialityWords.codes(word).isEmpty() || !IndustryWords.divisions(word).isEmpty()) {
                specialities.addAll(SpecialityWords.codes(word));
                divisions.addAll(IndustryWords.divisions(word));
            } else if (!GenericWords.isGeneric(word) && VocabularyBuilder.word(word) != null) {
                said.add(VocabularyBuilder.word(word));
            }
        }
        List<String> specific = new ArrayList<>();
        for (String s : specialities) {
            divisions.forEach(d -> specific.add(withDivision(s, d)));
            if (year != null) {
                specific.add(withYear(s, year));
            }
        }
        if (specialities.isEmpty()) {
            divisions.forEach(d -> specific.add(withDivision(null, d)));
        }
        List<Scored> scored = new ArrayList<>();
        (specific.isEmpty() ? specialities : specific).forEach(key -> counted(scored, key, 1f));
        said.forEach(w -> counted(scored, withWord(w), 1f));
        if (!specific.isEmpty()) {
            // with an industry or a year, builds of the speciality for others count half
            specialities.forEach(key -> counted(scored, key, 0.5f));
        }
        return scored;
    }

    private static void counted(List<Scored> scored, String key, float weight) {
        verifiedTerms(key).forEach(t -> scored.add(new Scored(t, VERIFIED_SCORE * weight)));
        declaredTerms(key).forEach(t -> scored.add(new Scored(t, DECLARED_SCORE * weight)));
    }

    static String verified(String key, int threshold) {
        return "V:" + key + ":" + threshold;
    }

    static String declared(String key, int threshold) {
        return "D:" + key + ":" + threshold;
    }

    private ProofTerms() {
    }
}
