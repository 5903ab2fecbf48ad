package kr.go.smartfactory.search.query;

import java.util.List;

/**
 * Client industries as users say them (금형, 도금, 뿌리산업, 조선기자재, 제약, 식품) and the KSIC divisions whose build
 * histories they mean, from {@code industry-words.csv}: a word of the query that names an industry — alone or with an
 * ending such as 업체, 업, 기업, 산업, 분야, 공장 — matches the histories of those industries, not only texts that
 * contain it.
 */
public final class IndustryWords {

    private static final WordCodes WORDS = new WordCodes("industry-words.csv",
            List.of("", "업체", "업", "기업", "회사", "산업", "분야", "공장", "업계"));

    private IndustryWords() {
    }

    /** The KSIC divisions the word names (empty when it names none). */
    public static List<String> divisions(String word) {
        return WORDS.of(word);
    }
}
