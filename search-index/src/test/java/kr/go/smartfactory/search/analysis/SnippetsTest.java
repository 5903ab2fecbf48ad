package kr.go.smartfactory.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.go.smartfactory.search.query.Snippets;

class SnippetsTest {

    @Test
    void marksKoreanWordsWhateverTheirParticles() {
        List<String> snippets = Snippets.forQuery("불량률", 80).of(List.of("관계없는 문장", "스마트 공장 구축으로 불량률이 30% 줄었다"), 2);
        assertEquals(1, snippets.size());
        assertTrue(snippets.get(0).contains("<mark>불량률</mark>"), snippets.toString());
    }

    @Test
    void aWordOfSeveralPartsIsMarkedOnlyWhereAllPartsFollowEachOther() {
        List<String> snippets = Snippets.forQuery("불량률", 80).of(List.of("설비 가동률이 24%p 높아졌다", "불량률이 줄었다"), 2);
        assertEquals(1, snippets.size(), snippets.toString());
        assertTrue(snippets.get(0).contains("<mark>불량률</mark>"), snippets.toString());
    }

    @Test
    void escapesStoredHtmlAndMarksOnlyMatches() {
        List<String> snippets = Snippets.forQuery("납기", 80).of(List.of("협력사 납기 연동 <script>alert(1)</script>"), 1);
        assertTrue(snippets.get(0).contains("<mark>납기</mark>"), snippets.toString());
        assertTrue(snippets.get(0).contains("&lt;script&gt;"), snippets.toString());
        assertFalse(snippets.get(0).contains("<script>"), snippets.toString());
    }

    @Test
    void latinWordsAreMarkedEvenWithATypo() {
        List<String> snippets = Snippets.forQuery("MSE", 80).of(List.of("자동차부품 MES 구축"), 1);
        assertTrue(snippets.get(0).contains("<mark>MES</mark>"), snippets.toString());
    }

    @Test
    void noWordsNoSnippets() {
        assertTrue(Snippets.forQuery("  ", 80).of(List.of("아무 문장"), 3).isEmpty());
        assertTrue(Snippets.forQuery("반도체", 80).of(List.of("자동차부품 MES 구축"), 3).isEmpty());
    }

    @Test
    void keepsTheTextsOrderAndSkipsTextsWithoutAMatch() {
        List<String> snippets = Snippets.forQuery("MES 납기", 80).of(List.of("관계없는 문장", "납기 준수율 향상",
                "사출 공정 MSE 도입", "또 관계없는 문장", "MES와 ERP 연동"), 3);
        assertEquals(3, snippets.size(), snippets.toString());
        assertTrue(snippets.get(0).contains("<mark>납기</mark>"), snippets.toString());
        assertTrue(snippets.get(1).contains("<mark>MSE</mark>"), snippets.toString());
        assertTrue(snippets.get(2).contains("<mark>MES</mark>"), snippets.toString());
    }

    @Test
    void aTypoMustKeepTheFirstLetter() {
        assertTrue(Snippets.forQuery("MES", 80).of(List.of("AES 암호화 적용"), 1).isEmpty());
    }

    @Test
    void aCompoundQueryMarksItsPartsWrittenApart() {
        List<String> snippets = Snippets.forQuery("스마트공장구축", 80).of(List.of("경남 자동차부품 스마트 공장 구축 사례"), 1);
        assertTrue(snippets.get(0).contains("<mark>스마트 공장 구축</mark>"), snippets.toString());
    }

    @Test
    void aLatinWordIsMarkedOnlyAsAWholeWord() {
        assertTrue(Snippets.forQuery("MES", 80).of(List.of("games and messages"), 1).isEmpty());
        assertTrue(Snippets.forQuery("MES", 80).of(List.of("MES와 ERP 연동"), 1).get(0).startsWith("<mark>MES</mark>와"));
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatchAtSpaces() {
        String text = "가나다 ".repeat(40) + "불량률이 줄었다 " + "라마바 ".repeat(40);
        String snippet = Snippets.forQuery("불량률", 60).of(List.of(text), 1).get(0);
        assertTrue(snippet.startsWith("…가나다") && snippet.endsWith("…"), snippet);
        assertTrue(snippet.contains("<mark>불량률</mark>이"), snippet);
        assertTrue(snippet.length() < 80, snippet);
    }

    @Test
    void aHitWithManyTextsKeepsTheFewestThatSayEveryWord() {
        List<String> texts = List.of("MES 구축으로 불량률 감소", "MES 구축으로 불량률이 감소", "MES 구축으로 불량률 감소",
                "ERP 연동", "가동률 향상", "MES 구축 불량률 감소 가동률 향상");
        // the second says nothing new (a particle), the third repeats the first, the last only what is kept
        assertEquals(List.of("MES 구축으로 불량률 감소", "ERP 연동", "가동률 향상"), Snippets.covering(texts, 40));
        assertEquals(List.of("MES 구축으로 불량률 감소", "ERP 연동"), Snippets.covering(texts, 2));
        assertEquals(List.of(), Snippets.covering(List.of(), 40));
    }
}
