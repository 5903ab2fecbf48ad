package kr.go.smartfactory.usage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.shared.domain.KoreanTime;

class LogEntryTest {

    static final Instant NOW = kst("2026-11-30T10:00:00");

    static Instant kst(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KoreanTime.ZONE).toInstant();
    }

    static Map<String, String> sent() {
        Map<String, String> p = new HashMap<>();
        p.put("crtfcKey", "k-123");
        p.put("logDt", "2026-11-30 09:59:58.123");
        p.put("useSe", "DO6003");
        p.put("sysUser", "kim01");
        p.put("conectIp", "10.1.2.3");
        p.put("dataUsgqty", "12");
        return p;
    }

    @Test
    void aLogAsClientsSendItIsRead() {
        LogEntry.Reading r = LogEntry.read(sent(), NOW);
        assertFalse(r.refused());
        assertEquals("k-123", r.key());
        assertEquals(new LogEntry(kst("2026-11-30T09:59:58.123"), UseKind.VIEW, "kim01", "10.1.2.3", 12), r.entry());
    }

    @ParameterizedTest(name = "logDt \"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2026-11-30 09:59:58|2026-11-30T09:59:58",
            "2026-11-30 09:59:58.1|2026-11-30T09:59:58.100",
            "2026-11-30 09:59:58.12|2026-11-30T09:59:58.120",
            "2026-11-30 09:59:58.123|2026-11-30T09:59:58.123",
            "2026-11-30 09:59:58.123456|2026-11-30T09:59:58.123456",
            "2026-11-30 09:59:58.123456789|2026-11-30T09:59:58.123456789",
            "2026-11-30T09:59:58.5|2026-11-30T09:59:58.500",
            "' 2026-11-30 09:59:58 '|2026-11-30T09:59:58",
            "2026-11-30 09:59:58.1234567891|-",
            "2026-11-31 09:59:58|-",
            "2026-02-29 09:00:00|-",
            "2026-11-30 24:00:00|-",
            "2026/11/30 09:59:58|-",
            "20261130095958|-",
            "2026-11-30|-",
            "2026-11-30 9:59:58|-",
            "yesterday|-"})
    void logDtTakesNoneToNineFractionDigitsInKoreaTime(String sent, String expected) {
        Map<String, String> p = sent();
        p.put("logDt", sent);
        LogEntry.Reading r = LogEntry.read(p, NOW);
        if (expected == null) {
            assertEquals(ReceiptCode.BAD_DATE, r.refusal(), sent);
            assertEquals("logDt", r.field());
        } else {
            assertEquals(kst(expected), r.entry().loggedAt());
        }
    }

    @Test
    void aLogDatedMoreThanADayAheadIsRefusedADayIsNot() {
        Map<String, String> p = sent();
        p.put("logDt", "2026-12-01 10:00:00");
        assertFalse(LogEntry.read(p, NOW).refused(), "a client clock a day fast");
        p.put("logDt", "2026-12-01 10:00:00.001");
        assertEquals(ReceiptCode.BAD_DATE, LogEntry.read(p, NOW).refusal());
    }

    @ParameterizedTest(name = "useSe \"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "DO6001|LOGIN", "DO6002|LOGOUT", "DO6003|VIEW", "DO6004|CREATE", "DO6005|UPDATE", "DO6006|DELETE", "DO6007|STOCK",
            "do6003|VIEW", "' DO6004 '|CREATE",
            "접속|LOGIN", "종료|LOGOUT", "조회|VIEW", "등록|CREATE", "수정|UPDATE", "삭제|DELETE", "입출고|STOCK", "' 조회 '|VIEW",
            "DO6008|-", "DO600|-", "로그인|-", "조 회|-", "VIEW|-", "6003|-"})
    void useSeIsReadAsItsCodeOrItsKoreanWord(String sent, UseKind expected) {
        Map<String, String> p = sent();
        p.put("useSe", sent);
        LogEntry.Reading r = LogEntry.read(p, NOW);
        if (expected == null) {
            assertEquals(ReceiptCode.UNKNOWN_USE, r.refusal(), sent);
            assertEquals("useSe", r.field());
        } else {
            assertEquals(expected, r.entry().kind());
        }
    }

    @ParameterizedTest(name = "dataUsgqty \"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "0|0", "12|12", "' 12 '|12", "12.0|12", "12.|12", "1,234|1234", "1,234,567|1234567", "9223372036854775807|9223372036854775807",
            "-1|-", "12.5|-", "1e3|-", "0x10|-", "twelve|-", "1,23|-", "9223372036854775808|-", "+3|-", "１２|-"})
    void dataUsgqtyIsAWholeNumberFromZeroSentAsANumberOrAString(String sent, Long expected) {
        Map<String, String> p = sent();
        p.put("dataUsgqty", sent);
        LogEntry.Reading r = LogEntry.read(p, NOW);
        if (expected == null) {
            assertEquals(ReceiptCode.BAD_VALUE, r.refusal(), sent);
            assertEquals("dataUsgqty", r.field());
        } else {
            assertEquals(expected, r.entry().quantity());
        }
    }

    @ParameterizedTest(name = "conectIp \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "10.1.2.3|true", "255.255.255.255|true", "0.0.0.0|true", "' 192.168.0.1 '|true", "::1|true", "fe80::1|true",
            "2001:db8:85a3::8a2e:370:7334|true", "::ffff:10.1.2.3|true",
            "256.1.2.3|false", "10.1.2|false", "01.1.2.3|false", "10.1.2.3:8080|false", "localhost|false", "example.com|false",
            "2001:db8::g|false", "1:2:3:4:5:6:7:8:9|false", "'10.1.2.3 , 10.1.2.4'|false"})
    void conectIpIsAnAddressWrittenOutNeverANameToLookUp(String sent, boolean valid) {
        Map<String, String> p = sent();
        p.put("conectIp", sent);
        LogEntry.Reading r = LogEntry.read(p, NOW);
        assertEquals(valid, !r.refused(), sent);
        if (!valid) {
            assertEquals(ReceiptCode.BAD_VALUE, r.refusal());
            assertEquals("conectIp", r.field());
        }
    }

    @ParameterizedTest(name = "without {0}")
    @CsvSource({"crtfcKey", "logDt", "useSe", "sysUser", "conectIp", "dataUsgqty"})
    void everyParameterIsRequiredAndABlankOneIsMissing(String field) {
        Map<String, String> p = sent();
        p.remove(field);
        LogEntry.Reading r = LogEntry.read(p, NOW);
        assertEquals(ReceiptCode.MISSING_FIELD, r.refusal());
        assertEquals(field, r.field());
        p.put(field, "  ");
        assertEquals(ReceiptCode.MISSING_FIELD, LogEntry.read(p, NOW).refusal());
    }

    @Test
    void withoutAKeyNothingElseIsSaid() {
        Map<String, String> p = new HashMap<>();
        p.put("useSe", "없음");
        LogEntry.Reading r = LogEntry.read(p, NOW);
        assertNull(r.key());
        assertEquals(ReceiptCode.MISSING_FIELD, r.refusal());
        assertEquals("crtfcKey", r.field());
        p.put("crtfcKey", "k".repeat(LogEntry.MAX_KEY + 1));
        assertEquals(ReceiptCode.UNKNOWN_KEY, LogEntry.read(p, NOW).refusal(), "no key is that long");
    }

    @Test
    void parameterNamesAreReadInAnyCaseTheFirstOfTwiceSentCounts() {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("CRTFCKEY", "k-1");
        p.put("logdt", "2026-11-30 09:00:00");
        p.put("UseSe", "조회");
        p.put("sysuser", "lee");
        p.put("conectip", "10.0.0.1");
        p.put("DataUsgQty", "3");
        LogEntry.Reading r = LogEntry.read(p, NOW);
        assertEquals("k-1", r.key());
        assertEquals(3, r.entry().quantity());
    }

    @Test
    void sysUserIsAtMostAHundredCharactersWithoutControlCharacters() {
        Map<String, String> p = sent();
        p.put("sysUser", "김".repeat(LogEntry.MAX_USER));
        assertTrue(!LogEntry.read(p, NOW).refused());
        p.put("sysUser", "김".repeat(LogEntry.MAX_USER + 1));
        assertEquals(ReceiptCode.BAD_VALUE, LogEntry.read(p, NOW).refusal());
        p.put("sysUser", "kim\u0000");
        assertEquals(ReceiptCode.BAD_VALUE, LogEntry.read(p, NOW).refusal());
        p.put("sysUser", "kim\n01");
        assertEquals("sysUser", LogEntry.read(p, NOW).field());
    }
}
