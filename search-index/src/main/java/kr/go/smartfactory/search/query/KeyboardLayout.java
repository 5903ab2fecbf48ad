package kr.go.smartfactory.search.query;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 두벌식 (standard Korean) keyboard both ways, for queries typed with the input method in the wrong mode:
 * {@code wkehdghk} is 자동화 typed in English mode, {@code ㄷㄱㅔ} is ERP typed in Korean mode.
 * {@link #toHangul} composes the jamo the keys stand for into syllables as the input method does (compound vowels,
 * double final consonants, a final consonant moving to the next syllable before a vowel); {@link #toLatin} gives the
 * keys a Hangul text was typed with (lower case).
 */
public final class KeyboardLayout {

    /** Converted Latin words up to this length are shown in capitals (ERP, MES). */
    private static final int ACRONYM = 5;
    private static final char FIRST_SYLLABLE = '\uAC00';
    private static final char LAST_SYLLABLE = '\uD7A3';
    private static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private static final String MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    /** Index 0 is "no final consonant". */
    private static final String FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

    private static final String LOWER_KEYS = "rsefaqtdwczxvgkoijpuhynbml";
    private static final String LOWER_JAMO = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎㅏㅐㅑㅓㅔㅕㅗㅛㅜㅠㅡㅣ";
    private static final String SHIFT_KEYS = "QWERTOP";
    private static final String SHIFT_JAMO = "ㅃㅉㄸㄲㅆㅒㅖ";

    private static final Map<String, Character> COMPOUND_VOWELS = Map.of("ㅗㅏ", 'ㅘ', "ㅗㅐ", 'ㅙ', "ㅗㅣ", 'ㅚ', "ㅜㅓ", 'ㅝ',
            "ㅜㅔ", 'ㅞ', "ㅜㅣ", 'ㅟ', "ㅡㅣ", 'ㅢ');
    private static final Map<String, Character> DOUBLE_FINALS = Map.ofEntries(Map.entry("ㄱㅅ", 'ㄳ'), Map.entry("ㄴㅈ", 'ㄵ'),
            Map.entry("ㄴㅎ", 'ㄶ'), Map.entry("ㄹㄱ", 'ㄺ'), Map.entry("ㄹㅁ", 'ㄻ'), Map.entry("ㄹㅂ", 'ㄼ'), Map.entry("ㄹㅅ", 'ㄽ'),
            Map.entry("ㄹㅌ", 'ㄾ'), Map.entry("ㄹㅍ", 'ㄿ'), Map.entry("ㄹㅎ", 'ㅀ'), Map.entry("ㅂㅅ", 'ㅄ'));
    private static final Map<Character, String> SPLIT = new HashMap<>();
    private static final Map<Character, Character> KEY_OF = new HashMap<>();

    static {
        COMPOUND_VOWELS.forEach((pair, v) -> SPLIT.put(v, pair));
        DOUBLE_FINALS.forEach((pair, c) -> SPLIT.put(c, pair));
        for (int i = 0; i < LOWER_KEYS.length(); i++) {
            KEY_OF.put(LOWER_JAMO.charAt(i), LOWER_KEYS.charAt(i));
        }
        for (int i = 0; i < SHIFT_KEYS.length(); i++) {
            KEY_OF.put(SHIFT_JAMO.charAt(i), Character.toLowerCase(SHIFT_KEYS.charAt(i)));
        }
    }

    private KeyboardLayout() {
    }

    /** The jamo a key stands for in Korean mode, or the character itself. */
    private static char jamo(char key) {
        int shifted = SHIFT_KEYS.indexOf(key);
        if (shifted >= 0) {
            return SHIFT_JAMO.charAt(shifted);
        }
        int plain = LOWER_KEYS.indexOf(Character.toLowerCase(key));
        return plain >= 0 ? LOWER_JAMO.charAt(plain) : key;
    }

    private static boolean consonant(char c) {
        return INITIALS.indexOf(c) >= 0;
    }

    private static boolean vowel(char c) {
        return MEDIALS.indexOf(c) >= 0;
    }

    /** What the keys type in Korean mode: {@code wkehdghk} → 자동화, {@code tmakxm rhdwkd} → 스마트 공장. */
    public static String toHangul(String keys) {
        if (keys == null) {
            return "";
        }
        char[] j = new char[keys.length()];
        for (int i = 0; i < j.length; i++) {
            j[i] = jamo(keys.charAt(i));
        }
        StringBuilder out = new StringBuilder(j.length);
        int i = 0;
        while (i < j.length) {
            char c = j[i];
            if (consonant(c) && i + 1 < j.length && vowel(j[i + 1])) {
                int initial = INITIALS.indexOf(c);
                char medial = j[i + 1];
                i += 2;
                if (i < j.length && COMPOUND_VOWELS.containsKey("" + medial + j[i])) {
                    medial = COMPOUND_VOWELS.get("" + medial + j[i]);
                    i++;
                }
                int last = 0;
                if (i < j.length && finalHere(j, i)) {
                    char fin = j[i];
                    i++;
                    Character twice = i < j.length ? DOUBLE_FINALS.get("" + fin + j[i]) : null;
                    if (twice != null && !(i + 1 < j.length && vowel(j[i + 1]))) {
                        fin = twice;
                        i++;
                    }
                    last = FINALS.indexOf(fin);
                }
                out.append((char) (FIRST_SYLLABLE + (initial * 21 + MEDIALS.indexOf(medial)) * 28 + last));
            } else if (vowel(c)) {
                char medial = c;
                i++;
                if (i < j.length && COMPOUND_VOWELS.containsKey("" + medial + j[i])) {
                    medial = COMPOUND_VOWELS.get("" + medial + j[i]);
                    i++;
                }
                out.append(medial);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** A consonant at {@code i} closes the syllable unless a vowel follows it (then it opens the next one). */
    private static boolean finalHere(char[] j, int i) {
        return consonant(j[i]) && FINALS.indexOf(j[i]) > 0 && !(i + 1 < j.length && vowel(j[i + 1]));
    }

    /** The keys (lower case) a Hangul text was typed with: ㄷㄱㅔ → erp, 자동화 → wkehdghk; other characters stay. */
    public static String toLatin(String hangul) {
        if (hangul == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(hangul.length() * 3);
        for (int i = 0; i < hangul.length(); i++) {
            char c = hangul.charAt(i);
            if (c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE) {
                int index = c - FIRST_SYLLABLE;
                keys(out, INITIALS.charAt(index / (21 * 28)));
                keys(out, MEDIALS.charAt(index % (21 * 28) / 28));
                if (index % 28 > 0) {
                    keys(out, FINALS.charAt(index % 28));
                }
            } else if (KEY_OF.containsKey(c) || SPLIT.containsKey(c)) {
                keys(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void keys(StringBuilder out, char jamo) {
        String pair = SPLIT.get(jamo);
        if (pair != null) {
            out.append(KEY_OF.get(pair.charAt(0))).append(KEY_OF.get(pair.charAt(1)));
        } else {
            out.append(KEY_OF.get(jamo));
        }
    }

    /**
     * The Korean a query of Latin letters was probably meant to be: only when every word, typed in Korean mode, makes
     * whole syllables ({@code wkehdghk} → 자동화; {@code erp} makes ㄷㄱㅔ, so it stays English).
     */
    public static Optional<String> hangulIntended(String query) {
        if (query == null || query.isBlank() || !query.strip().chars().allMatch(c -> c == ' ' || c < 128 && Character.isLetter(c))) {
            return Optional.empty();
        }
        String hangul = toHangul(query.strip());
        boolean whole = hangul.chars().allMatch(c -> c == ' ' || c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE);
        return whole ? Optional.of(hangul) : Optional.empty();
    }

    /**
     * The English a query of Hangul was probably meant to be ({@code ㄷㄱㅔ} → erp): when it has only Hangul (syllables
     * or jamo) and spaces and is not a 초성 query (consonants only).
     */
    public static Optional<String> latinIntended(String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        String q = query.strip();
        boolean hangulOnly = q.chars().allMatch(c -> c == ' ' || c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE
                || KEY_OF.containsKey((char) c) || SPLIT.containsKey((char) c));
        boolean initialsOnly = q.chars().allMatch(c -> c == ' ' || consonant((char) c));
        return hangulOnly && !initialsOnly ? Optional.of(toLatin(q)) : Optional.empty();
    }

    /**
     * The query with each word that was probably typed in the wrong mode converted, when there is one: a word of Latin
     * letters that makes whole syllables in Korean mode ({@code wkehdghk} → 자동화), a Hangul word with a lone jamo
     * that is not a 초성 word ({@code ㄷ게} → ERP; short words in capitals, as acronyms are written). Users switch modes within a query ({@code MES wkehdghk}), so words are
     * judged one by one.
     */
    public static Optional<String> convertWords(String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        boolean changed = false;
        StringBuilder out = new StringBuilder();
        for (String word : query.strip().split("\\s+")) {
            String converted = hangulIntended(word).orElse(null);
            if (converted == null && hasLoneJamo(word)) {
                // short words are acronyms here (ERP, MES, PLC, APS): shown as such; search ignores case anyway
                converted = latinIntended(word).map(w -> w.length() <= ACRONYM ? w.toUpperCase(java.util.Locale.ROOT) : w).orElse(null);
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(converted == null ? word : converted);
            changed |= converted != null;
        }
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    private static boolean hasLoneJamo(String word) {
        return word.chars().anyMatch(c -> KEY_OF.containsKey((char) c) || SPLIT.containsKey((char) c));
    }
}
