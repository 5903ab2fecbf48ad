package kr.go.smartfactory.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Years in queries, plan phrases in texts, 초성 over a vocabulary. */
class QueryUnderstandingTest {

    @ParameterizedTest(name = "{0} → [{1}] {2}")
    @CsvSource(delimiter = '|', value = {
        "2021 로봇|로봇|2021",
        "2021년 로봇|로봇|2021",
        "2021년도 MES 구축|MES 구축|2021",
        "로봇 2021|로봇|2021",
        "2021 2023 로봇 2021|로봇|2021 2023",
        // the year after this one (plans) is still a year; later ones, earlier ones and other numbers are words
        "2027 MES|MES|2027",
        "2028 MES|2028 MES|",
        "1999 MES|1999 MES|",
        "30% 불량률|30% 불량률|",
        "20210 로봇|20210 로봇|",
        "2021|''|2021"
    })
    void fourDigitWordsInRangeAreYears(String query, String words, String years) {
        var split = QueryYears.split(query, 2026);
        assertEquals(words, split.words());
        assertEquals(years == null ? List.of() : java.util.Arrays.stream(years.split(" ")).map(Integer::valueOf).toList(), split.years());
        assertEquals(years != null, split.hasYear());
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "AI 비전검사 솔루션 개발 중|true",
        "AI 비전검사 솔루션 개발중입니다.|true",
        "디지털트윈 출시 예정|true",
        "내년 상반기 APS 도입 예정이다.|true",
        "협동로봇 적용을 추진 중이며|true",
        "향후 예지보전 기능을 추가할 계획입니다|true",
        "로봇 자동화 확대 계획|true",
        "MES 구축으로 불량률 30% 감소|false",
        "비전검사 시스템을 도입해 검사 시간을 절반으로 줄였다|false",
        "구축 중 발생한 통신 장애를 해결하고 가동률 12% 향상|false",
        "2022년 사출 공정 MES 구축 완료|false",
        "''|false"
    })
    void plansAreTellFromDoneWork(String sentence, boolean plan) {
        assertEquals(plan, PlanPhrases.isPlan(sentence));
    }

    @Test
    void aTextKeepsItsDoneClausesApartFromItsPlans() {
        String text = "사출 공정 MES를 구축해 불량률을 30% 줄였다. AI 비전검사는 개발 중이며, 내년에 디지털트윈 출시 예정이다.\n"
                + "설비 가동률 15%p 향상";
        assertEquals(List.of("사출 공정 MES를 구축해 불량률을 30% 줄였다.", "AI 비전검사는 개발 중이며", "내년에 디지털트윈 출시 예정이다.",
                "설비 가동률 15%p 향상"), PlanPhrases.sentences(text));
        assertEquals("사출 공정 MES를 구축해 불량률을 30% 줄였다. 설비 가동률 15%p 향상", PlanPhrases.done(text));
        assertTrue(PlanPhrases.planned(text).contains("비전검사") && PlanPhrases.planned(text).contains("디지털트윈"));
        assertFalse(PlanPhrases.done(text).contains("비전검사"));
    }

    @Test
    void initialsExpandOverTheWholeVocabularyMostFrequentFirst() {
        InitialsVocabulary v = InitialsVocabulary.of(Map.of("스마트공장", 120, "스마트 공장", 3, "가동률", 80, "가동 률", 1, "공정관리", 40,
                "고정관리", 2, "MES", 500, "금", 9, "금형", 30, "공정", 70));
        assertEquals(List.of("스마트공장"), v.expand("ㅅㅁㅌㄱㅈ", 5), "spaces do not make another word");
        assertEquals(List.of("가동률"), v.expand("ㄱㄷㄹ", 5));
        assertEquals(List.of("공정관리", "고정관리"), v.expand("ㄱㅈㄱㄹ", 5), "the frequent one first");
        assertEquals(List.of("공정관리"), v.expand("ㄱ ㅈ ㄱ ㄹ", 1));
        assertEquals(List.of(), v.expand("ㄱ", 5), "one syllable words are left out");
        assertEquals(List.of(), v.expand("ㅁㅇㅅ", 5));
        assertEquals(List.of("공정", "공정관리", "고정관리"), v.complete("ㄱㅈ", 5), "autocomplete: the exact word, then longer ones");
        assertEquals(List.of("공정", "공정관리"), v.complete("ㄱㅈ", 2));
        assertEquals(List.of("금형"), v.complete("ㄱㅎ", 5));
        assertEquals(6, v.size());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "금형|29",
        "금형업체|29",
        "도금|25",
        "도금업|25",
        "뿌리산업|22 24 25 29",
        "조선기자재|31",
        "제약|21",
        "식품|10",
        "식품공장|10",
        "자동차부품|30",
        "MES|",
        "금|",
        "업체|",
        "형|"
    })
    void industryWordsNameTheirDivisions(String word, String divisions) {
        assertEquals(divisions == null ? List.of() : List.of(divisions.split(" ")), IndustryWords.divisions(word));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "MES|SW.OPS.MES",
        "mes|SW.OPS.MES",
        "MES를|SW.OPS.MES",
        "MES시스템|SW.OPS.MES",
        "생산관리시스템|SW.OPS.MES",
        "비전검사|HW.VISION",
        "머신비전|HW.VISION",
        "협동로봇|HW.ROBOT",
        "로보틱스|HW.ROBOT",
        "에너지관리|SW.OPS.FEMS",
        "인공지능|AI",
        "AI|AI",
        "5G|5G",
        // words that name no speciality, and parts or neighbours of one that are not the word
        "구축|",
        "관리|",
        "비|",
        "MESA|",
        "로봇청소기|",
        "시스템|"
    })
    void specialityWordsNameTheirCodes(String word, String codes) {
        assertEquals(codes == null ? List.of() : List.of(codes.split(" ")), SpecialityWords.codes(word));
    }

    @Test
    void buildsAreCountedPerWordTheirDescriptionsSayAsUsersTypeIt() {
        // the words of a description, without particles, whole and in parts
        Set<String> words = VocabularyBuilder.words("자동차부품 공장 MES 구축, 불량률이 30% 줄고 설비 가동률 향상");
        assertTrue(words.containsAll(Set.of("자동차부품", "공장", "구축", "불량률", "가동률", "향상")), words.toString());
        assertFalse(words.contains("불량률이"), "the particle is not part of the word");
        // a query word the same way
        assertEquals("불량률", VocabularyBuilder.word("불량률이"));
        assertEquals("가동률", VocabularyBuilder.word("가동률"));
        assertEquals(null, VocabularyBuilder.word("MES"), "Latin words are counted as specialities, not here");
        ProofTerms.Counter counter = new ProofTerms.Counter();
        counter.addWords(words, true);
        counter.addWords(VocabularyBuilder.words("불량률 10% 감소"), true);
        counter.addWords(VocabularyBuilder.words("불량률 5% 감소"), false);
        List<String> terms = counter.terms();
        assertTrue(terms.containsAll(List.of("V:~불량률:1", "V:~불량률:2", "D:~불량률:1", "V:~가동률:1")));
        assertFalse(terms.contains("V:~가동률:2"));
    }

    @Test
    void proofCountsBuildsPerThresholdVerifiedApartWithAncestorsDivisionsAndYears() {
        ProofTerms.Counter counter = new ProofTerms.Counter();
        for (int i = 0; i < 5; i++) {
            counter.add(List.of("SW.OPS.MES"), "29", 2021, true);
        }
        counter.add(List.of("SW.OPS.MES"), "30", 2022, false);
        List<String> terms = counter.terms();
        // five verified MES builds reach thresholds 1, 2, 3, 5 — not 8
        assertTrue(terms.containsAll(List.of("V:SW.OPS.MES:1", "V:SW.OPS.MES:2", "V:SW.OPS.MES:3", "V:SW.OPS.MES:5")));
        assertFalse(terms.contains("V:SW.OPS.MES:8"));
        // one self-declared, counted apart
        assertTrue(terms.contains("D:SW.OPS.MES:1"));
        assertFalse(terms.contains("D:SW.OPS.MES:2"));
        // the ancestors count the same builds
        assertTrue(terms.containsAll(List.of("V:SW.OPS:5", "V:SW:5", "D:SW:1")));
        // per client division and per year
        assertTrue(terms.containsAll(List.of("V:SW.OPS.MES@29:5", "D:SW.OPS.MES@30:1", "V:SW.OPS.MES#2021:5", "D:SW.OPS.MES#2022:1")));
        assertFalse(terms.contains("V:SW.OPS.MES@30:1"));
        // a division alone, whatever was built
        assertTrue(terms.containsAll(List.of("V:@29:5", "D:@30:1")));
        // what a search asks for: every threshold, so the score grows with the thresholds reached
        assertEquals(ProofTerms.THRESHOLDS.length, ProofTerms.verifiedTerms("SW.OPS.MES").size());
        assertTrue(ProofTerms.verifiedTerms("SW.OPS.MES").containsAll(List.of("V:SW.OPS.MES:1", "V:SW.OPS.MES:89")));
    }

    @Test
    void aQueryAsksItsSpecialitiesIndustriesYearAndSaidWordsToBeProven() {
        java.util.function.Function<String, List<String>> none = w -> List.of();
        // a speciality: its own counts, verified weighing more
        assertEquals(keysOf(ProofTerms.forQuery(List.of("로봇"), null, none)), List.of("HW.ROBOT"));
        assertTrue(ProofTerms.forQuery(List.of("로봇"), null, none).contains(new ProofTerms.Scored("V:HW.ROBOT:1", ProofTerms.VERIFIED_SCORE)));
        assertTrue(ProofTerms.forQuery(List.of("로봇"), null, none).contains(new ProofTerms.Scored("D:HW.ROBOT:1", ProofTerms.DECLARED_SCORE)));
        // with a year and an industry: the builds meeting them, and the speciality's other builds at half weight
        List<ProofTerms.Scored> specific = ProofTerms.forQuery(List.of("로봇", "금형"), 2021, none);
        assertEquals(List.of("HW.ROBOT@29", "HW.ROBOT#2021", "HW.ROBOT"), keysOf(specific));
        assertTrue(specific.contains(new ProofTerms.Scored("V:HW.ROBOT:1", ProofTerms.VERIFIED_SCORE / 2)));
        assertTrue(specific.contains(new ProofTerms.Scored("V:HW.ROBOT@29:1", ProofTerms.VERIFIED_SCORE)));
        // an industry alone: builds for its clients, whatever they were
        assertEquals(List.of("@22", "@24", "@25", "@29"), keysOf(ProofTerms.forQuery(List.of("뿌리산업"), null, none)));
        // other words: the builds that say them, particles aside; generic words ask nothing
        assertEquals(List.of("~불량률"), keysOf(ProofTerms.forQuery(List.of("불량률을", "사례"), null, none)));
        assertTrue(ProofTerms.forQuery(List.of("사례", "업체"), null, none).isEmpty());
        // a 초성 word: its first expansion that names a speciality, else its first expansion's word
        assertEquals(List.of("HW.ROBOT"), keysOf(ProofTerms.forQuery(List.of("ㄹㅂ"), null, w -> List.of("라벨", "로봇"))));
        assertEquals(List.of("~가동률"), keysOf(ProofTerms.forQuery(List.of("ㄱㄷㄹ"), null, w -> List.of("가동률", "감독률"))));
        assertTrue(ProofTerms.forQuery(List.of("ㄱㄷㄹ"), null, none).isEmpty(), "no vocabulary at hand: nothing to prove");
    }

    /** The keys of scored terms in their order (V:key:1 → key). */
    private static List<String> keysOf(List<ProofTerms.Scored> scored) {
        return scored.stream().map(s -> s.term().substring(2, s.term().lastIndexOf(':'))).distinct().toList();
    }

    @Test
    void theVocabularyHoldsTheWordsOfTextsAndNamesWithoutTheirParticles() {
        InitialsVocabulary v = new VocabularyBuilder()
                .text("자동차부품 공장에 스마트공장을 구축해 설비 가동률이 15%p 높아졌다")
                .text("사출 공정 가동률 향상, 스마트공장 고도화")
                .name("비전 검사")
                .build();
        assertEquals(List.of("스마트공장"), v.expand("ㅅㅁㅌㄱㅈ", 5), "스마트공장을 without its particle");
        assertEquals(List.of("가동률"), v.expand("ㄱㄷㄹ", 5), "가동률이 without its particle");
        assertEquals(List.of("비전검사"), v.expand("ㅂㅈㄱㅅ", 5), "a name whole, without its space");
        assertEquals(List.of("공장", "공정"), v.expand("ㄱㅈ", 5), "a Nori part of a compound, the more frequent word first");
        assertTrue(v.expand("ㄴㅇㅈㄷ", 5).isEmpty(), "높아졌다 is an ending's word, not a noun of two syllables left");
    }
}
