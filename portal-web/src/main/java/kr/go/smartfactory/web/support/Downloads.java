package kr.go.smartfactory.web.support;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import kr.go.smartfactory.document.export.TableExport;
import kr.go.smartfactory.shared.domain.KoreanTime;

/**
 * Staff tables as files, for PrimeFaces' {@code p:fileDownload} on a non-AJAX button: the table's rows (under the
 * page's current filter) streamed straight into the response as XLSX or CSV, named after the table and the Korean
 * time ("계정_20261130-1612.xlsx").
 */
public final class Downloads {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(KoreanTime.ZONE);
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=UTF-8";

    private Downloads() {
    }

    public static <T> StreamedContent xlsx(TableExport<T> export, TableExport.RowSource<T> rows, Clock clock) {
        return DefaultStreamedContent.builder().name(name(export, clock) + ".xlsx").contentType(XLSX)
                .writer(out -> export.writeXlsx(out, rows)).build();
    }

    public static <T> StreamedContent csv(TableExport<T> export, TableExport.RowSource<T> rows, Clock clock) {
        return DefaultStreamedContent.builder().name(name(export, clock) + ".csv").contentType(CSV)
                .writer(out -> export.writeCsv(out, rows)).build();
    }

    private static String name(TableExport<?> export, Clock clock) {
        return export.title().replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + "_" + STAMP.format(clock.instant());
    }
}
