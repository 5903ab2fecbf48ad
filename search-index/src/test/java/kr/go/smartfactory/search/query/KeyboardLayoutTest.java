package kr.go.smartfactory.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 두벌식 layout both ways, as the input method composes it, and when a query was probably typed in the wrong mode. */
class KeyboardLayoutTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "wkehdghk, 자동화",
        "tmakxmrhdwkd, 스마트공장",
        "tmakxm rhdwkd, 스마트 공장",
        "rkehdfbf, 가동률",
        "qnffidfbf, 불량률",
        // a final consonant moves to the next syllable before a vowel; double finals and compound vowels
        "dkswjs, 안전",
        "dksw, 앉",
        "ekfr, 닭",
        "ekfrl, 달기",
        "ekfrdl, 닭이",
        "rhkswp, 관제",
        "dnjs, 원",
        "dmlfy, 의료",
        // shifted keys: ㄲ ㄸ ㅃ ㅆ ㅉ ㅒ ㅖ
        "Rhcl, 꼬치",
        "RkRk, 까까",
        "Tkdxo, 쌍태",
        // shift on a key without a shifted jamo types the plain one
        "WKEHDGHK, 짜똥화",
        // what does not make syllables stays jamo
        "erp, ㄷ게",
        "mes, ㅡㄷㄴ",
        "plc, ㅔㅣㅊ",
        "'iot 2021', 'ㅑㅐㅅ 2021'"
    })
    void keysTypeWhatTheInputMethodComposes(String keys, String hangul) {
        assertEquals(hangul, KeyboardLayout.toHangul(keys));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "ㄷㄱㅔ, erp",
        "ㅡㄷㄴ, mes",
        "ㅔㅣㅊ, plc",
        "자동화, wkehdghk",
        "스마트 공장, tmakxm rhdwkd",
        "앉, dksw",
        "닭, ekfr",
        "관제, rhkswp",
        "의료, dmlfy",
        "꼬치, rhcl",
        "ㅘ, hk",
        "'ㅑㅐㅅ 2021', 'iot 2021'"
    })
    void hangulGivesBackTheKeys(String hangul, String keys) {
        assertEquals(keys, KeyboardLayout.toLatin(hangul));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "wkehdghk, 자동화",
        "'tmakxm rhdwkd', '스마트 공장'",
        "erp, ",
        "mes, ",
        "MES솔루션, ",
        "wkehdghk2021, ",
        "'', "
    })
    void latinIsReadAsKoreanOnlyWhenItMakesWholeSyllables(String query, String expected) {
        assertEquals(Optional.ofNullable(expected), KeyboardLayout.hangulIntended(query));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "ㄷㄱㅔ, erp",
        "ㄷ게, erp",
        "ㅡㄷㄴ, mes",
        "멘, aps",
        "ㅅㅁㅌㄱㅈ, ",
        "ERP, ",
        "MES 자동화, ",
        "'', "
    })
    void hangulIsReadAsEnglishUnlessItIsAnInitialsQuery(String query, String expected) {
        assertEquals(Optional.ofNullable(expected), KeyboardLayout.latinIntended(query));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "wkehdghk, 자동화",
        "'MES wkehdghk', 'MES 자동화'",
        "'ㄷ게 구축', 'ERP 구축'",
        "'ㄷㄱㅔ tmakxmrhdwkd', 'ERP 스마트공장'",
        "'ㄹㅁㅊ새교', 'factory'",
        "'ㅅㅁㅌㄱㅈ MES', ",
        "'MES 자동화', ",
        "'멘 솔루션', ",
        "'2021 wkehdghk', '2021 자동화'",
        "'', "
    })
    void wordsTypedInTheWrongModeAreConvertedOneByOne(String query, String expected) {
        assertEquals(Optional.ofNullable(expected), KeyboardLayout.convertWords(query));
    }
}
