package kr.go.smartfactory.web.support;

import org.primefaces.model.StreamedContent;

/** A backing bean of a staff table that offers it as XLSX and CSV (WEB-INF/includes/export-buttons.xhtml). */
public interface Exportable {

    StreamedContent getXlsx();

    StreamedContent getCsv();
}
