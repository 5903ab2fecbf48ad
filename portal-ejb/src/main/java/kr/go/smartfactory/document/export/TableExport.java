package kr.go.smartfactory.document.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One staff table as a spreadsheet: its columns (header text in the reader's language, and how to get each
 * cell from a row) written as XLSX (streaming, so a million rows fit in a small heap) or as CSV (UTF-8 with a
 * byte-order mark, so Excel opens Hangul correctly). The one export piece every staff table uses.
 *
 * <p>Cell values: text, numbers, {@link kr.go.smartfactory.shared.domain.Money} (a number in won), {@code Instant}
 * (Korea time), {@code LocalDate}; anything else is written as its text. Text that a spreadsheet would read as a
 * formula (starting with {@code = + - @}, a tab or a carriage return) is neutralised ({@link Cells#neutralise}),
 * in both formats. Enum values and booleans must be turned into words by the caller (staff read words, not codes).
 */
public final class TableExport<T> {

    private final String title;
    private final List<Column<T>> columns;

    private TableExport(String title, List<Column<T>> columns) {
        this.title = title;
        this.columns = List.copyOf(columns);
    }

    public static <T> Builder<T> titled(String title) {
        return new Builder<>(title);
    }

    public String title() {
        return title;
    }

    public List<Column<T>> columns() {
        return columns;
    }

    /** Writes the rows {@code source} hands out as an XLSX workbook with one sheet. */
    public void writeXlsx(OutputStream out, RowSource<T> source) {
        try {
            new XlsxWriter<>(this).write(out, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the rows as CSV: UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting. */
    public void writeCsv(OutputStream out, RowSource<T> source) {
        try {
            new CsvWriter<>(this).write(out, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A column: its header and its cell for a row. */
    public record Column<T>(String header, Function<T, ?> value) {

        public Column {
            Objects.requireNonNull(header);
            Objects.requireNonNull(value);
        }
    }

    /** Hands out the rows, in order, to {@code each} (typically page by page from a service). */
    @FunctionalInterface
    public interface RowSource<T> {
        void forEach(Consumer<? super T> each);
    }

    public static final class Builder<T> {

        private final String title;
        private final List<Column<T>> columns = new ArrayList<>();

        private Builder(String title) {
            this.title = Objects.requireNonNull(title);
        }

        public Builder<T> column(String header, Function<T, ?> value) {
            columns.add(new Column<>(header, value));
            return this;
        }

        public TableExport<T> build() {
            if (columns.isEmpty()) {
                throw new IllegalStateException("an export has columns");
            }
            return new TableExport<>(title, columns);
        }
    }
}
