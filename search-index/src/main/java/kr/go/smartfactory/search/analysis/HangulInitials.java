package kr.go.smartfactory.search.analysis;

/**
 * 초성 (initial consonants) of Hangul text: "스마트공장" → "ㅅㅁㅌㄱㅈ". Indexed beside names so that a
 * visitor typing only initials ("ㅂㅈㄱㅅ") finds 비전검사. Characters that are not precomposed Hangul
 * syllables are kept as they are (lower-cased), so "MES솔루션" → "mesㅅㄹㅅ".
 */
public final class HangulInitials {

    private static final char FIRST_SYLLABLE = '\uAC00';
    private static final char LAST_SYLLABLE = '\uD7A3';
    private static final int SYLLABLES_PER_INITIAL = 21 * 28;
    private static final char[] INITIALS = {
        'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'
    };

    private HangulInitials() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE) {
                out.append(INITIALS[(c - FIRST_SYLLABLE) / SYLLABLES_PER_INITIAL]);
            } else if (!Character.isWhitespace(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** True when the text consists of compatibility-jamo consonants only, as a 초성 query does. */
    public static boolean isInitialsOnly(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && (c < 'ㄱ' || c > 'ㅎ')) {
                return false;
            }
        }
        return true;
    }
}
