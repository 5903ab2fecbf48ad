package kr.go.smartfactory.document.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import kr.go.smartfactory.shared.domain.Money;

/**
 * XLSX through Apache POI's streaming workbook: only a window of rows stays in memory, the rest is flushed to a
 * temporary file (deleted afterwards). A bold header row that stays in view, a filter on it, numbers as numbers
 * (won with thousands separators), dates as dates in Korea time.
 */
final class XlsxWriter<T> {

    /** Rows kept in memory while writing. */
    private static final int WINDOW = 200;
    /** XLSX's limit, header included. */
    static final int MAX_ROWS = 1_048_576;
    private static final int MAX_WIDTH = 60;

    private final TableExport<T> table;

    XlsxWriter(TableExport<T> table) {
        this.table = table;
    }

    void write(OutputStream out, TableExport.RowSource<T> source) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            Styles styles = new Styles(workbook);
            List<TableExport.Column<T>> columns = table.columns();
            int[] widths = new int[columns.size()];
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(Cells.neutralise(columns.get(c).header()));
                cell.setCellStyle(styles.header);
                widths[c] = width(columns.get(c).header());
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            source.forEach(row -> {
                if (next[0] >= MAX_ROWS) {
                    return;
                }
                Row r = sheet.createRow(next[0]++);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(row);
                    widths[c] = Math.max(widths[c], set(r.createCell(c), value, styles));
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, columns.size() - 1));
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c] + 2) * 256);
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** Sets the cell and returns the width its content needs, in characters. */
    private static int set(Cell cell, Object value, Styles styles) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Money money) {
            cell.setCellValue(money.amount().doubleValue());
            cell.setCellStyle(styles.won);
            return money.formatWon().length();
        }
        if (value instanceof BigDecimal || value instanceof Long || value instanceof Integer || value instanceof Short) {
            cell.setCellValue(((Number) value).doubleValue());
            return value.toString().length();
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.decimal);
            return number.toString().length();
        }
        if (value instanceof Instant instant) {
            cell.setCellValue(Cells.korean(instant));
            cell.setCellStyle(styles.dateTime);
            return 16;
        }
        if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(styles.dateTime);
            return 16;
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
            return 10;
        }
        String text = Cells.neutralise(value.toString());
        // a cell holds at most 32,767 characters
        cell.setCellValue(text.length() > 32_767 ? text.substring(0, 32_766) + "…" : text);
        return width(text);
    }

    /** Hangul and other wide characters take about two columns. */
    private static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length() && width < MAX_WIDTH; i++) {
            width += text.charAt(i) > 0x1100 ? 2 : 1;
        }
        return width;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle won;
        final CellStyle decimal;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            won = style(workbook, "#,##0");
            decimal = style(workbook, "#,##0.##");
            date = style(workbook, "yyyy-mm-dd");
            dateTime = style(workbook, "yyyy-mm-dd hh:mm");
        }

        private static CellStyle style(SXSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }
}
