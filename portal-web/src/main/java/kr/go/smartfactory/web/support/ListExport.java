package kr.go.smartfactory.web.support;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.primefaces.model.StreamedContent;

import kr.go.smartfactory.document.export.TableExport;

/**
 * A table of a page whose rows are already in memory (a board, a dashboard), as XLSX and CSV for
 * WEB-INF/includes/export-buttons.xhtml; made fresh by its getter, so nothing of it is kept in the view.
 */
public final class ListExport<T> implements Exportable, Serializable {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<TableExport<T>> table;
    private final transient Supplier<List<T>> rows;
    private final transient Clock clock;

    public ListExport(Supplier<TableExport<T>> table, Supplier<List<T>> rows, Clock clock) {
        this.table = table;
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public StreamedContent getXlsx() {
        List<T> all = rows.get();
        return Downloads.xlsx(table.get(), each -> all.forEach(each), clock);
    }

    @Override
    public StreamedContent getCsv() {
        List<T> all = rows.get();
        return Downloads.csv(table.get(), each -> all.forEach(each), clock);
    }
}
