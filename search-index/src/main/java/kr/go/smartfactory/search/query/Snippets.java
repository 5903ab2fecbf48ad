package kr.go.smartfactory.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

import kr.go.smartfactory.search.analysis.KoreanAnalyzers;

/**
 * Highlighted snippets of stored text for a search's words, with Lucene's highlighter and the same Korean
 * analysis as the index: the text is HTML-escaped and the matches wrapped in {@code <mark>}. It works on
 * projected text, so it is the same whichever backend (local Lucene, Elasticsearch/OpenSearch) answered.
 */
public final class Snippets {

    private static final String FIELD = "text";
    /** Compounds as their parts, so a word of several parts is highlighted only where the parts follow each other. */
    private static final Analyzer ANALYZER = KoreanAnalyzers.koreanParts();
    private static final Pattern LATIN = Pattern.compile("[a-z][a-z0-9+#.-]{2,}");

    private final Query query;
    private final int fragmentSize;

    private Snippets(Query query, int fragmentSize) {
        this.query = query;
        this.fragmentSize = fragmentSize;
    }

    /** Snippets for the words of {@code queryText}; Latin words also match with one typo. */
    public static Snippets forQuery(String queryText, int fragmentSize) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        if (queryText != null) {
            for (String word : queryText.strip().split("\\s+")) {
                List<String> parts = new ArrayList<>(terms(word));
                if (parts.size() == 1) {
                    String term = parts.get(0);
                    builder.add(new TermQuery(new Term(FIELD, term)), BooleanClause.Occur.SHOULD);
                    if (LATIN.matcher(term).matches()) {
                        builder.add(new FuzzyQuery(new Term(FIELD, term), 1, 1), BooleanClause.Occur.SHOULD);
                    }
                } else if (parts.size() > 1) {
                    builder.add(new PhraseQuery(FIELD, parts.toArray(String[]::new)), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return new Snippets(builder.build(), fragmentSize);
    }

    /** Up to {@code max} snippets from the texts, in order, each with at least one match. */
    public List<String> of(List<String> texts, int max) {
        List<String> snippets = new ArrayList<>();
        if (texts == null || max <= 0 || ((BooleanQuery) query).clauses().isEmpty()) {
            return snippets;
        }
        QueryScorer scorer = new QueryScorer(query, FIELD);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, fragmentSize));
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            try (TokenStream tokens = ANALYZER.tokenStream(FIELD, text)) {
                String fragment = highlighter.getBestFragment(tokens, text);
                if (fragment != null) {
                    // decompounded words come back as adjacent tokens: one mark for the whole word
                    snippets.add(fragment.replace("</mark><mark>", "").strip());
                    if (snippets.size() == max) {
                        break;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidTokenOffsetsException e) {
                // a token stream inconsistent with the text: no snippet for this one
            }
        }
        return snippets;
    }

    static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = ANALYZER.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
