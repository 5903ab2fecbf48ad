package kr.go.smartfactory.aftersales.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.StreamedContent;

import kr.go.smartfactory.aftersales.application.AfterService;
import kr.go.smartfactory.aftersales.domain.SlaCompliance;
import kr.go.smartfactory.document.export.TableExport;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Downloads;
import kr.go.smartfactory.web.support.Exportable;
import kr.go.smartfactory.web.support.Formats;
import kr.go.smartfactory.web.support.Messages;

/**
 * staff/as-sla.xhtml: SLA compliance of the requests filed in a period, per support group and supplier or per month,
 * with the total; XLSX/CSV of what is shown. Opens on the last twelve months per handler.
 */
@Named
@ViewScoped
public class StaffAsSlaBean implements Serializable, Exportable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AfterService afterService;

    @Inject
    private Formats formats;

    @Inject
    private Clock clock;

    private String from;
    private String to;
    private SlaCompliance.By by = SlaCompliance.By.HANDLER;
    private AfterService.SlaReport report;
    private SlaCompliance.By shownBy = SlaCompliance.By.HANDLER;

    @PostConstruct
    void init() {
        YearMonth now = YearMonth.from(KoreanTime.today(clock));
        from = now.minusMonths(11).toString();
        to = now.toString();
        show();
    }

    /** Builds the report for the chosen period and cut; a refused period keeps the last report and says why on its field. */
    public void show() {
        YearMonth f = month(from);
        YearMonth t = month(to);
        SlaCompliance.By b = by;
        Actions.call(() -> afterService.slaCompliance(f, t, b), null).ifPresent(r -> {
            report = r;
            shownBy = b;
        });
    }

    private static YearMonth month(String value) {
        try {
            return value == null || value.isBlank() ? null : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The months offered: this one and the 47 before it, newest first. */
    public List<Month> getMonths() {
        YearMonth now = YearMonth.from(KoreanTime.today(clock));
        List<Month> months = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            YearMonth m = now.minusMonths(i);
            months.add(new Month(m.toString(), formats.month(m)));
        }
        return months;
    }

    /** A month as the menus offer it: its value (2026-11) and label (2026.11). */
    public record Month(String value, String label) implements Serializable {
    }

    public SlaCompliance.By[] getCuts() {
        return SlaCompliance.By.values();
    }

    /** What a row is called: the month, or the handler with its kind (지원단 or 공급기업). */
    public String label(SlaCompliance.Row row) {
        if (row.month() != null) {
            return formats.month(row.month());
        }
        if (row.handlerKind() == null) {
            return Messages.text("as.report.total");
        }
        return Messages.text("as.handlerKind." + row.handlerKind()) + " · " + row.handler();
    }

    private TableExport<SlaCompliance.Row> export() {
        return TableExport.<SlaCompliance.Row>titled(Messages.text("as.report.title"))
                .column(getFirstHeading(), this::label)
                .column(Messages.text("as.report.requests"), r -> formats.count(r.requests()))
                .column(Messages.text("as.report.firstMet"), r -> formats.count(r.firstResponseMet()))
                .column(Messages.text("as.report.firstMissed"), r -> formats.count(r.firstResponseMissed()))
                .column(Messages.text("as.report.firstRate"), r -> formats.percent(r.firstResponseRate()))
                .column(Messages.text("as.report.resolutionMet"), r -> formats.count(r.resolutionMet()))
                .column(Messages.text("as.report.resolutionMissed"), r -> formats.count(r.resolutionMissed()))
                .column(Messages.text("as.report.resolutionRate"), r -> formats.percent(r.resolutionRate()))
                .column(Messages.text("as.report.running"), r -> formats.count(r.running()))
                .column(Messages.text("as.report.rating"), r -> r.averageRating() == null ? "" : r.averageRating().toPlainString())
                .column(Messages.text("as.report.ratings"), r -> formats.count(r.ratings()))
                .build();
    }

    private void rows(java.util.function.Consumer<? super SlaCompliance.Row> each) {
        if (report != null) {
            report.rows().forEach(each);
            each.accept(report.total());
        }
    }

    @Override
    public StreamedContent getXlsx() {
        return Downloads.xlsx(export(), each -> rows(each::accept), clock);
    }

    @Override
    public StreamedContent getCsv() {
        return Downloads.csv(export(), each -> rows(each::accept), clock);
    }

    public AfterService.SlaReport getReport() {
        return report;
    }

    /** The table's rows: the report's, then its total. */
    public List<SlaCompliance.Row> getRows() {
        List<SlaCompliance.Row> rows = new ArrayList<>();
        rows(rows::add);
        return rows;
    }

    /** The first column's heading for the cut shown. */
    public String getFirstHeading() {
        return Messages.text(shownBy == SlaCompliance.By.MONTH ? "as.report.month" : "as.handler");
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public SlaCompliance.By getBy() {
        return by;
    }

    public void setBy(SlaCompliance.By by) {
        this.by = by == null ? SlaCompliance.By.HANDLER : by;
    }
}
