package kr.go.smartfactory.document.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV for Excel: UTF-8 with a byte-order mark, CRLF, fields quoted when they hold a comma, quote or line break. */
final class CsvWriter<T> {

    private final TableExport<T> table;

    CsvWriter(TableExport<T> table) {
        this.table = table;
    }

    void write(OutputStream out, TableExport.RowSource<T> source) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        List<TableExport.Column<T>> columns = table.columns();
        line(writer, columns.stream().map(c -> Cells.neutralise(c.header())).toList());
        try {
            source.forEach(row -> {
                try {
                    line(writer, columns.stream().map(c -> Cells.text(c.value().apply(row))).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(fields.get(i)));
        }
        writer.write("\r\n");
    }

    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
