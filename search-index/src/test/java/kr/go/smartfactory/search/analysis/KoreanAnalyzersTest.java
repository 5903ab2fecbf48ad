package kr.go.smartfactory.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class KoreanAnalyzersTest {

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    @Test
    void compoundWithoutSpacesYieldsTheSameWordsAsSpacedText() throws IOException {
        try (Analyzer korean = KoreanAnalyzers.korean()) {
            List<String> compound = tokens(korean, "스마트공장구축");
            List<String> spaced = tokens(korean, "스마트 공장 구축");
            assertTrue(compound.containsAll(spaced), compound + " should contain " + spaced);
            assertTrue(spaced.contains("공장"), spaced.toString());
        }
    }

    @Test
    void particlesAreDroppedSoInflectedFormsMatch() throws IOException {
        try (Analyzer korean = KoreanAnalyzers.korean()) {
            List<String> inflected = tokens(korean, "불량률이 줄었다");
            List<String> plain = tokens(korean, "불량률");
            assertTrue(inflected.containsAll(plain), inflected + " should contain " + plain);
            assertFalse(inflected.contains("이"), inflected.toString());
        }
    }

    @Test
    void latinAcronymsAreLowerCasedWholeTerms() throws IOException {
        try (Analyzer korean = KoreanAnalyzers.korean()) {
            List<String> terms = tokens(korean, "MES와 ERP, IoT 연동");
            assertTrue(terms.containsAll(List.of("mes", "erp", "iot")), terms.toString());
        }
    }

    @Test
    void determinerLikeFirstSyllableOfANameIsKept() throws IOException {
        try (Analyzer korean = KoreanAnalyzers.korean()) {
            List<String> terms = tokens(korean, "한빛오토메이션");
            assertTrue(terms.stream().anyMatch(t -> t.startsWith("한")), terms.toString());
        }
    }

    @Test
    void bigramFieldFindsASubstringWhateverTheSegmentation() throws IOException {
        try (Analyzer bigram = KoreanAnalyzers.koreanBigram()) {
            List<String> sentence = tokens(bigram, "SCM 협력사와의 연계");
            assertTrue(sentence.contains("협력"), sentence.toString());
            assertTrue(sentence.contains("력사"), sentence.toString());
            assertTrue(sentence.contains("scm"), sentence.toString());
        }
    }

    @Test
    void bigramQueryIsThePairsOnlySoAWordIsOnePhrase() throws IOException {
        try (Analyzer query = KoreanAnalyzers.koreanBigramQuery()) {
            assertEquals(List.of("협력", "력사"), tokens(query, "협력사"));
            assertEquals(List.of("장"), tokens(query, "장"), "a lone syllable stays itself, which the index also holds");
        }
    }

    @Test
    void initialsAreIndexedAsAllTheirSubstrings() throws IOException {
        try (Analyzer ngrams = KoreanAnalyzers.initialsNgram(); Analyzer query = KoreanAnalyzers.initialsQuery()) {
            List<String> indexed = tokens(ngrams, HangulInitials.of("비전검사테크"));
            assertTrue(indexed.containsAll(List.of("ㅂㅈㄱㅅ", "ㅈㄱㅅ", "ㄱㅅㅌㅋ", "ㅂㅈㄱㅅㅌㅋ")), indexed.toString());
            assertEquals(List.of("ㅂㅈㄱㅅ"), tokens(query, "ㅂㅈㄱㅅ"));
        }
    }

    @Test
    void initialsOfHangulSyllables() {
        assertEquals("ㅂㅈㄱㅅ", HangulInitials.of("비전검사"));
        assertEquals("ㅅㅁㅌㄱㅈ", HangulInitials.of("스마트 공장"));
        assertEquals("mesㅅㄹㅅ", HangulInitials.of("MES솔루션"));
        assertTrue(HangulInitials.isInitialsOnly("ㅅㅁㅌ"));
        assertFalse(HangulInitials.isInitialsOnly("스마트"));
        assertFalse(HangulInitials.isInitialsOnly(" "));
    }
}
