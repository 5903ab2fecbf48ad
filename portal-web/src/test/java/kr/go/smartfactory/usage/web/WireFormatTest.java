package kr.go.smartfactory.usage.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.usage.application.Receipt;
import kr.go.smartfactory.usage.domain.ReceiptCode;

class WireFormatTest {

    static final Map<String, String> LOG = Map.of("crtfcKey", "sf1_abc", "logDt", "2026-11-30 09:59:58.123", "useSe", "조회",
            "sysUser", "김철수", "conectIp", "10.1.2.3", "dataUsgqty", "12");

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static final String FORM = "crtfcKey=sf1_abc&logDt=2026-11-30+09%3A59%3A58.123&useSe=%EC%A1%B0%ED%9A%8C&sysUser=%EA%B9%80%EC%B2%A0%EC%88%98"
            + "&conectIp=10.1.2.3&dataUsgqty=12";

    @ParameterizedTest(name = "form body as {0}")
    @CsvSource(nullValues = "-", value = {"application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8",
            "application/x-www-form-urlencoded;charset=utf-8", "'application/x-www-form-urlencoded; charset=\"UTF-8\"'", "text/plain", "-"})
    void aFormBodyIsReadWithOrWithoutACharset(String contentType) throws Exception {
        assertEquals(LOG, WireFormat.parameters(contentType, bytes(FORM), null));
    }

    @Test
    void aFormBodyInEucKrIsReadInItsCharset() throws Exception {
        Charset eucKr = Charset.forName("EUC-KR");
        String form = "crtfcKey=sf1_abc&logDt=2026-11-30 09:59:58.123&useSe=" + java.net.URLEncoder.encode("조회", eucKr)
                + "&sysUser=" + java.net.URLEncoder.encode("김철수", eucKr) + "&conectIp=10.1.2.3&dataUsgqty=12";
        assertEquals(LOG, WireFormat.parameters("application/x-www-form-urlencoded; charset=EUC-KR", form.getBytes(eucKr), null));
    }

    @Test
    void theQueryStringOfAPostWithAnEmptyBodyIsRead() throws Exception {
        assertEquals(LOG, WireFormat.parameters(null, new byte[0], FORM));
        assertEquals(LOG, WireFormat.parameters("application/x-www-form-urlencoded", bytes("  \r\n"), FORM));
    }

    @Test
    void theBodyWinsOverTheQueryStringAndTheQueryFillsWhatTheBodyLacks() throws Exception {
        Map<String, String> p = WireFormat.parameters("application/x-www-form-urlencoded", bytes("crtfcKey=from-body&useSe=DO6001"),
                "crtfcKey=from-query&sysUser=lee");
        assertEquals("from-body", p.get("crtfcKey"));
        assertEquals("lee", p.get("sysUser"));
        assertEquals("DO6001", p.get("useSe"));
    }

    @ParameterizedTest(name = "JSON as {0}")
    @CsvSource(nullValues = "-", value = {"application/json", "application/json; charset=UTF-8", "application/json;charset=utf-8",
            "text/plain", "application/x-www-form-urlencoded", "-"})
    void aJsonBodyIsReadWhateverTheContentTypeSays(String contentType) throws Exception {
        String json = "{\"crtfcKey\":\"sf1_abc\",\"logDt\":\"2026-11-30 09:59:58.123\",\"useSe\":\"조회\",\"sysUser\":\"김철수\","
                + "\"conectIp\":\"10.1.2.3\",\"dataUsgqty\":12}";
        assertEquals(LOG, WireFormat.parameters(contentType, bytes(json), null));
    }

    @Test
    void jsonNumbersAndStringsAlikeNullsAndNestingIgnoredAByteOrderMarkSkipped() throws Exception {
        Map<String, String> p = WireFormat.parameters("application/json",
                bytes("\uFEFF { \"dataUsgqty\": \"12\", \"n\": 1.2E+3, \"x\": null, \"o\": {\"a\":1}, \"b\": true }"), null);
        assertEquals("12", p.get("dataUsgqty"));
        assertEquals("1200", p.get("n"));
        assertEquals("true", p.get("b"));
        assertTrue(!p.containsKey("x") && !p.containsKey("o"));
    }

    @ParameterizedTest(name = "unreadable: {0}")
    @CsvSource(delimiter = '|', value = {"application/json|{\"crtfcKey\":", "application/json|[1,2,3]", "application/json|\"text\"",
            "application/x-www-form-urlencoded|crtfcKey=%ZZ", "application/x-www-form-urlencoded|useSe=%E"})
    void brokenBodiesAreUnreadable(String contentType, String body) {
        assertThrows(WireFormat.Unreadable.class, () -> WireFormat.parameters(contentType, bytes(body), null));
    }

    @Test
    void anUnknownCharsetFallsBackToUtf8() {
        assertEquals(StandardCharsets.UTF_8, WireFormat.charset("application/x-www-form-urlencoded; charset=klingon"));
        assertEquals(Charset.forName("EUC-KR"), WireFormat.charset("text/plain;CHARSET=euc-kr"));
    }

    @Test
    void everyAnswerIsTheResultObjectWithTheCodeAndItsWords() {
        java.time.Instant at = java.time.LocalDateTime.parse("2026-11-30T10:00:00.5").atZone(java.time.ZoneId.of("Asia/Seoul")).toInstant();
        assertEquals("{\"result\":{\"recptnDt\":\"2026-11-30 10:00:00.500\",\"recptnRsltCd\":\"AP1002\",\"recptnRslt\":\"성공\","
                + "\"recptnRsltDtl\":\"정상적으로 수신하여 저장했습니다.\"}}", LogApiHandler.json(new Receipt(ReceiptCode.ACCEPTED, null, at)));
        String missing = LogApiHandler.json(new Receipt(ReceiptCode.MISSING_FIELD, "logDt", at));
        assertTrue(missing.contains("\"recptnRsltCd\":\"AP1005\"") && missing.contains("\"recptnRslt\":\"실패\"")
                && missing.contains("필수 항목 logDt이(가) 없습니다."), missing);
        for (ReceiptCode code : ReceiptCode.values()) {
            assertTrue(LogApiHandler.json(new Receipt(code, "useSe", at)).contains(code.code()), code.name());
        }
    }
}
