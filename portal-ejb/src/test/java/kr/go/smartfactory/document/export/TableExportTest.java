package kr.go.smartfactory.document.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.shared.domain.Money;

class TableExportTest {

    record Payment(String supplier, Money amount, Instant paidAt, LocalDate due, String note) {
    }

    private static final TableExport<Payment> EXPORT = TableExport.<Payment>titled("지급 내역")
            .column("공급기업", Payment::supplier)
            .column("금액(원)", Payment::amount)
            .column("지급 일시", Payment::paidAt)
            .column("기한", Payment::due)
            .column("비고", Payment::note)
            .build();

    private static final List<Payment> ROWS = List.of(
            new Payment("한빛오토메이션(주)", Money.won(12_345_000), Instant.parse("2026-11-30T15:30:00Z"), LocalDate.of(2026, 12, 7),
                    "=HYPERLINK(\"http://evil\",\"클릭\")"),
            new Payment("스마트솔루션, \"A\"", Money.won(-5_000), null, null, "줄\n바꿈"));

    @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+1 | '=1+1", "+82-10 | '+82-10", "-5 | '-5", "@SUM(A1) | '@SUM(A1)", "\"  =cmd\" | \"'  =cmd\"",
            "＝1+1 | '＝1+1", "한빛 | 한빛", "a=b | a=b", "1,000 | 1,000", "'quoted | 'quoted"})
    void formulaTextIsNeutralised(String text, String expected) {
        assertEquals(expected, Cells.neutralise(text));
    }

    @Test
    void tabAndCarriageReturnStartsAreNeutralised() {
        assertEquals("'\tx", Cells.neutralise("\tx"));
        assertEquals("'\rx", Cells.neutralise("\rx"));
    }

    @Test
    void csvIsUtf8WithBomCrlfAndQuoting() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORT.writeCsv(out, ROWS::forEach);
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n", -1);
        assertEquals("공급기업,금액(원),지급 일시,기한,비고", lines[0]);
        // 15:30 UTC is 00:30 the next day in Korea; the formula is text
        assertEquals("한빛오토메이션(주),12345000,2026-12-01 00:30,2026-12-07,\"'=HYPERLINK(\"\"http://evil\"\",\"\"클릭\"\")\"", lines[1]);
        assertEquals("\"스마트솔루션, \"\"A\"\"\",-5000,,,\"줄\n바꿈\"", lines[2]);
        assertEquals(4, lines.length);
        assertEquals("", lines[lines.length - 1]);
    }

    @Test
    void xlsxHasTypedCellsInKoreaTime() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORT.writeXlsx(out, ROWS::forEach);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("지급 내역");
            Row header = sheet.getRow(0);
            assertEquals("공급기업", header.getCell(0).getStringCellValue());
            assertTrue(header.getCell(0).getCellStyle().getFontIndex() > 0 || book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            Row first = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(1).getCellType());
            assertEquals(12_345_000d, first.getCell(1).getNumericCellValue());
            assertEquals("#,##0", first.getCell(1).getCellStyle().getDataFormatString());
            assertEquals(LocalDateTime.of(2026, 12, 1, 0, 30), first.getCell(2).getLocalDateTimeCellValue());
            assertEquals(LocalDate.of(2026, 12, 7), first.getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.STRING, first.getCell(4).getCellType());
            assertTrue(first.getCell(4).getStringCellValue().startsWith("'="));
            assertEquals(-5000d, sheet.getRow(2).getCell(1).getNumericCellValue());
            assertEquals(CellType.BLANK, sheet.getRow(2).getCell(2).getCellType());
            assertTrue(sheet.getPaneInformation().isFreezePane());
        }
    }

    @Test
    void largeTablesStreamThroughASmallWindow() throws Exception {
        int rows = 50_000;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORT.writeXlsx(out, each -> IntStream.range(0, rows).forEach(i ->
                each.accept(new Payment("공급기업 " + i, Money.won(i), Instant.EPOCH, LocalDate.EPOCH, "비고"))));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(rows, sheet.getLastRowNum());
            assertEquals("공급기업 49999", sheet.getRow(rows).getCell(0).getStringCellValue());
        }
    }
}
