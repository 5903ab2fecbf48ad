package kr.go.smartfactory.document.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Renders documents and reads them back with PDFBox: the Hangul that went in must come out. */
class PdfDocumentTest {

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void koreanTextComesBackOutOfThePdf() throws Exception {
        byte[] pdf = PdfDocument.titled("공급기업 등록확인서")
                .number("제 2026-000123 호")
                .created(Instant.parse("2026-11-30T01:00:00Z"))
                .paragraph("위 기업은 스마트공장 1번가에 공급기업으로 등록되었음을 확인합니다.")
                .fields(List.of(new PdfDocument.Field("기업명", "스마트솔루션(주)"),
                        new PdfDocument.Field("사업자등록번호", "220-88-12345"),
                        new PdfDocument.Field("전문 분야", "MES(생산관리시스템), ERP, 클라우드 · ₩50,000,000")))
                .closing("2026년 11월 30일", "스마트제조혁신추진단장")
                .footer("진위 확인: https://www.smart-factory.kr/verify 확인번호 AB12-CD34")
                .build().render();
        String text = squeeze(text(pdf));
        for (String expected : List.of("공급기업등록확인서", "제2026-000123호", "위기업은스마트공장1번가에공급기업으로등록되었음을확인합니다.",
                "기업명", "스마트솔루션(주)", "220-88-12345", "MES(생산관리시스템),ERP,클라우드·₩50,000,000",
                "2026년11월30일", "스마트제조혁신추진단장", "확인번호AB12-CD34", "1/1")) {
            assertTrue(text.contains(squeeze(expected)), () -> expected + " not in: " + text);
        }
    }

    @Test
    void theKoreanFontIsEmbeddedAsASubset() throws Exception {
        byte[] pdf = PdfDocument.titled("확인서").paragraph("한글 본문").build().render();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertTrue(!fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "subset prefix: " + font.getName());
            }
            assertEquals("ko-KR", document.getDocumentCatalog().getLanguage());
            assertEquals("확인서", document.getDocumentInformation().getTitle());
        }
        assertTrue(pdf.length < 200_000, "a subset, not the whole font: " + pdf.length);
    }

    @Test
    void longContentWrapsAndContinuesOnNewPages() throws Exception {
        List<List<String>> rows = IntStream.range(1, 121)
                .mapToObj(i -> List.of(Integer.toString(i), "경상남도 창원시 성산구 공단로 " + i + "번길 스마트공장", "MES 구축")).toList();
        String longParagraph = "스마트공장 보급확산 사업의 공급기업은 ".repeat(40);
        byte[] pdf = PdfDocument.titled("구축 이력").paragraph(longParagraph)
                .table(List.of("번호", "도입기업 소재지", "내용"), rows).footer("스마트공장 1번가").build().render();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, "pages: " + pages);
            String text = squeeze(new PDFTextStripper().getText(document));
            assertTrue(text.contains("120경상남도창원시성산구공단로120번길스마트공장"), "last row present");
            assertTrue(text.contains("1/" + pages) && text.contains(pages + "/" + pages));
        }
    }

    @Test
    void charactersTheFontLacksDoNotBreakTheDocument() throws Exception {
        byte[] pdf = PdfDocument.titled("확인서").paragraph("이모지 🏭 와 한자 工場").build().render();
        assertTrue(squeeze(text(pdf)).contains("이모지"));
    }
}
