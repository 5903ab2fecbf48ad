package kr.go.smartfactory.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilterFactory;
import org.apache.lucene.analysis.ko.KoreanTokenizerFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.ngram.NGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;

/**
 * The portal's text analysis chains, built by class (never by SPI name: inside WildFly, Lucene's SPI only
 * sees its own module's class loader).
 *
 * <ul>
 * <li>{@value #KOREAN}: Nori morphological analysis with {@code decompoundMode=mixed}, so that
 * "스마트공장구축" matches "스마트 공장 구축", with particles and endings dropped so "불량률이" matches
 * "불량률". The part-of-speech stop list is Nori's default minus determiners and affixes, because the
 * default drops the first syllable of names such as 한빛오토메이션.</li>
 * <li>{@value #KOREAN_BIGRAM}: CJK bigrams over the standard tokenizer — a second field searched alongside
 * the first, so that recall never hangs on a single segmentation of a word.</li>
 * <li>{@value #AUTOCOMPLETE} / {@value #AUTOCOMPLETE_QUERY}: word prefixes (edge n-grams) at indexing, whole
 * words at query time, for suggestions while the visitor types ("스마" → 스마트솔루션).</li>
 * </ul>
 */
public final class KoreanAnalyzers {

    public static final String KOREAN = "korean";
    public static final String KOREAN_BIGRAM = "korean_bigram";
    /** The bigram fields' query side: bigrams only, so a word is one plain phrase of its overlapping pairs. */
    public static final String KOREAN_BIGRAM_QUERY = "korean_bigram_query";
    /** 초성 strings as all their substrings, so "contains ㅂㅈㄱㅅ" is one term lookup instead of a wildcard. */
    public static final String INITIALS_NGRAM = "initials_ngram";
    public static final String INITIALS_QUERY = "initials_query";
    /** Longest 초성 query answered from the n-grams; a longer one falls back to a wildcard. */
    public static final int INITIALS_MAX_GRAM = 15;
    public static final String AUTOCOMPLETE = "autocomplete";
    public static final String AUTOCOMPLETE_QUERY = "autocomplete_query";

    /** Nori's default stop tags without MM (determiners), XPN/XSN (affixes) and NR/NP-like content. */
    static final String STOP_TAGS = "E,IC,J,MAJ,SC,SE,SF,SP,SSC,SSO,SY,UNA,NA,VSV";

    private KoreanAnalyzers() {
    }

    public static Analyzer korean() {
        return nori("mixed");
    }

    /** Like {@link #korean()} but with compounds replaced by their parts, so a word is a sequence of terms. */
    public static Analyzer koreanParts() {
        return nori("discard");
    }

    private static Analyzer nori(String decompoundMode) {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(KoreanTokenizerFactory.class,
                            "decompoundMode", decompoundMode,
                            "outputUnknownUnigrams", "false",
                            "discardPunctuation", "true")
                    .addTokenFilter(KoreanPartOfSpeechStopFilterFactory.class, "tags", STOP_TAGS)
                    .addTokenFilter(KoreanReadingFormFilterFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(ASCIIFoldingFilterFactory.class)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Index side of the substring fields: overlapping pairs of Hangul syllables, and each syllable. */
    public static Analyzer koreanBigram() {
        return bigram(true);
    }

    /**
     * Query side of the substring fields: the pairs only ("협력사" → 협력 력사, a plain phrase), and a lone
     * syllable as itself. With the syllables too, the query would be a graph of every reading — far slower,
     * and it would match the syllables scattered anywhere in the text.
     */
    public static Analyzer koreanBigramQuery() {
        return bigram(false);
    }

    private static Analyzer bigram(boolean unigrams) {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(CJKWidthFilterFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(CJKBigramFilterFactory.class, "outputUnigrams", Boolean.toString(unigrams))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Analyzer initialsNgram() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(KeywordTokenizerFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(NGramFilterFactory.class, "minGramSize", "1",
                            "maxGramSize", Integer.toString(INITIALS_MAX_GRAM), "preserveOriginal", "true")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Analyzer initialsQuery() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(KeywordTokenizerFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Analyzer autocomplete() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(CJKWidthFilterFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(EdgeNGramFilterFactory.class, "minGramSize", "1", "maxGramSize", "20")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Analyzer autocompleteQuery() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(CJKWidthFilterFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The terms an analyzer makes of a text, in order (duplicates kept). */
    public static java.util.List<String> tokens(Analyzer analyzer, String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (org.apache.lucene.analysis.TokenStream stream = analyzer.tokenStream("text", text)) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
