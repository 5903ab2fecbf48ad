package kr.go.smartfactory.search.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

import kr.go.smartfactory.search.analysis.KoreanAnalyzers;

/**
 * Highlighted snippets of stored text for a search's words: the text is HTML-escaped and the matches wrapped
 * in {@code <mark>}. The query's words go through the same Korean analysis as the index, compounds as their
 * parts ("스마트공장구축" → 스마트 공장 구축, particles dropped); a word matches where its parts follow each other
 * in the text, with or without spaces between them, so "불량률" marks "불량률이" but never "가동률". A Latin
 * word also matches one typo away (as the search does: one edit or transposition, first letter kept).
 *
 * <p>It works on projected text, so it is the same whichever backend (local Lucene, Elasticsearch/OpenSearch)
 * answered; and it matches the surface of the text directly rather than re-analysing every stored text of
 * every hit, which made snippets the largest part of a search's time.
 */
public final class Snippets {

    /** Compounds as their parts, so a word of several parts is a sequence. */
    private static final Analyzer ANALYZER = KoreanAnalyzers.koreanParts();
    private static final Pattern LATIN = Pattern.compile("[a-z][a-z0-9+#.-]{2,}");
    private static final Pattern LATIN_IN_TEXT = Pattern.compile("[A-Za-z][A-Za-z0-9+#-]*");
    private static final String ELLIPSIS = "…";

    /** The words of the query: each as a pattern of its parts, with a one-typo automaton for a Latin word. */
    private final List<Word> words;
    private final int fragmentSize;

    /** {@code first}: the first part, lower-cased — a text without it cannot match, and {@code contains} is cheap. */
    private record Word(String first, Pattern parts, CharacterRunAutomaton typo) {
    }

    private record Match(int start, int end) {
    }

    private Snippets(List<Word> words, int fragmentSize) {
        this.words = words;
        this.fragmentSize = fragmentSize;
    }

    /**
     * The texts a hit's snippets are cut from when it has too many to read on every search (a supplier with
     * thousands of build histories): in the given order, each text that says a word — Hangul without its particles
     * ({@link VocabularyBuilder#words}) or Latin (MES, ERP) — that the texts kept before it do not, up to {@code max}.
     * Every word the texts say is then in a kept text, unless they say more words than {@code max} texts can hold;
     * repeated texts (templates, the same build described twice) are kept once.
     */
    public static List<String> covering(List<String> texts, int max) {
        Set<String> said = new java.util.HashSet<>();
        List<String> kept = new ArrayList<>();
        for (String text : texts) {
            if (kept.size() == max) {
                break;
            }
            List<String> words = new ArrayList<>(VocabularyBuilder.words(text));
            Matcher latin = LATIN_IN_TEXT.matcher(text);
            while (latin.find()) {
                words.add(latin.group().toLowerCase(Locale.ROOT));
            }
            boolean saysMore = false;
            for (String w : words) {
                saysMore |= said.add(w);
            }
            if (saysMore) {
                kept.add(text);
            }
        }
        return kept;
    }

    /** Snippets for the words of {@code queryText}; Latin words also match with one typo. */
    public static Snippets forQuery(String queryText, int fragmentSize) {
        List<Word> words = new ArrayList<>();
        if (queryText != null) {
            for (String word : queryText.strip().split("\\s+")) {
                List<String> parts = new ArrayList<>(terms(word));
                if (parts.isEmpty()) {
                    continue;
                }
                String sequence = String.join("\\s*", parts.stream().map(Pattern::quote).toList());
                if (parts.stream().allMatch(p -> p.matches("[a-z0-9]+"))) {
                    sequence = "(?<![A-Za-z0-9])" + sequence + "(?![A-Za-z0-9])"; // MES, not the "mes" of "games"
                }
                String term = parts.get(0);
                CharacterRunAutomaton typo = parts.size() == 1 && LATIN.matcher(term).matches()
                        ? new CharacterRunAutomaton(Operations.determinize(new LevenshteinAutomata(term.substring(1), true)
                                .toAutomaton(1, term.substring(0, 1)), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT))
                        : null;
                // Hangul has no case; Latin letters are all the analysis lower-cases here (ASCII-only is much faster)
                words.add(new Word(term, Pattern.compile(sequence, Pattern.CASE_INSENSITIVE), typo));
            }
        }
        return new Snippets(words, fragmentSize);
    }

    /** Up to {@code max} snippets from the texts, in order, each with at least one match. */
    public List<String> of(List<String> texts, int max) {
        List<String> snippets = new ArrayList<>();
        if (texts == null || max <= 0 || words.isEmpty()) {
            return snippets;
        }
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            List<Match> matches = matches(text);
            if (!matches.isEmpty()) {
                snippets.add(fragment(text, matches));
                if (snippets.size() == max) {
                    break;
                }
            }
        }
        return snippets;
    }

    /** Every match of every word in the text, in order, overlaps merged. */
    private List<Match> matches(String text) {
        List<Match> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Word word : words) {
            if (lower.contains(word.first())) {
                Matcher m = word.parts().matcher(text);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        found.add(new Match(m.start(), m.end()));
                    }
                }
            }
            if (word.typo() != null) {
                Matcher latin = LATIN_IN_TEXT.matcher(text);
                while (latin.find()) {
                    if (word.typo().run(latin.group().toLowerCase(Locale.ROOT))) {
                        found.add(new Match(latin.start(), latin.end()));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
        List<Match> merged = new ArrayList<>();
        for (Match m : found) {
            Match last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && m.start() <= last.end()) {
                merged.set(merged.size() - 1, new Match(last.start(), Math.max(last.end(), m.end())));
            } else {
                merged.add(m);
            }
        }
        return merged;
    }

    /** About {@code fragmentSize} characters around the first match, cut at spaces, escaped, matches marked. */
    private String fragment(String text, List<Match> matches) {
        Match first = matches.get(0);
        int lead = Math.max(0, (fragmentSize - (first.end() - first.start())) / 3);
        int start = Math.max(0, first.start() - lead);
        int end = Math.min(text.length(), Math.max(first.end(), start + fragmentSize));
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space >= 0 && space < first.start() ? space + 1 : start;
        }
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > first.end() ? space : end;
        }
        StringBuilder out = new StringBuilder();
        if (start > 0) {
            out.append(ELLIPSIS);
        }
        int at = start;
        for (Match m : matches) {
            if (m.start() < start || m.end() > end) {
                continue;
            }
            out.append(escape(text.substring(at, m.start())))
                    .append("<mark>").append(escape(text.substring(m.start(), m.end()))).append("</mark>");
            at = m.end();
        }
        out.append(escape(text.substring(at, end)));
        if (end < text.length()) {
            out.append(ELLIPSIS);
        }
        return out.toString().strip();
    }

    static Set<String> terms(String text) {
        return new LinkedHashSet<>(KoreanAnalyzers.tokens(ANALYZER, text));
    }

    /** Text made safe inside HTML: {@code & < > " '} as entities (snippets are rendered unescaped for their marks). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
