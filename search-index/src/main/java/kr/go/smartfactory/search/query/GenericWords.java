package kr.go.smartfactory.search.query;

import java.util.Set;

/**
 * Words that say what kind of answer is wanted rather than what it is about (사례, 전문, 업체, 관련, 가능, 기업 …):
 * "비전검사 관련 전문 업체" asks for 비전검사. When not every word of a query can be found, such words are never
 * among those a supplier must cover; they still add to the coverage of those that have them.
 */
public final class GenericWords {

    private static final Set<String> WORDS = Set.of("사례", "사례들", "전문", "전문가", "전문업체", "전문기업", "업체", "업체들",
            "기업", "회사", "관련", "관련된", "가능", "가능한", "추천", "잘하는", "곳", "분야", "경험", "있는", "하는", "위한");

    private GenericWords() {
    }

    public static boolean isGeneric(String word) {
        return word != null && WORDS.contains(word.strip());
    }
}
