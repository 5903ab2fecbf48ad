package kr.go.smartfactory.search.query;

import java.util.List;

/**
 * Specialities as users say them (MES, 생산관리, 비전검사, 협동로봇, 로보틱스, 인공지능, 에너지관리) and the speciality codes
 * whose builds they mean, from {@code speciality-words.csv}: a word of the query that names a speciality — alone, with
 * an ending such as 시스템, 솔루션, 구축, 도입, 업체, or with a particle — asks for suppliers that built it
 * ({@link ProofTerms}), not for names or introductions that contain it.
 */
public final class SpecialityWords {

    private static final WordCodes WORDS = new WordCodes("speciality-words.csv", List.of("", "시스템", "솔루션", "구축", "도입",
            "업체", "기업", "전문", "을", "를", "이", "가", "은", "는", "의", "와", "과", "로", "으로"));

    private SpecialityWords() {
    }

    /** The speciality codes the word names (empty when it names none). */
    public static List<String> codes(String word) {
        return WORDS.of(word);
    }
}
