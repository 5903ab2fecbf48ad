package kr.go.smartfactory.dashboard.web;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import kr.go.smartfactory.dashboard.application.DashboardQueries;
import kr.go.smartfactory.dashboard.application.DashboardView;
import kr.go.smartfactory.dashboard.application.StaffDashboard;
import kr.go.smartfactory.document.export.TableExport;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.web.support.ListExport;
import kr.go.smartfactory.web.support.Formats;
import kr.go.smartfactory.web.support.Messages;

/**
 * staff/dashboard.xhtml: the programme by stage and type, by region, agreed and paid amounts, and what is overdue or
 * waiting; three charts (the same numbers are in the tables beside them) and every table as XLSX and CSV.
 */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffDashboard dashboard;

    @Inject
    private Formats formats;

    @Inject
    private Clock clock;

    private DashboardView view;

    public DashboardView getView() {
        if (view == null) {
            view = dashboard.view();
        }
        return view;
    }

    // ---- charts (Chart.js configurations for p:chart) ----

    public String getStageChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        getView().stages().forEach(s -> {
            labels.add(Messages.text("dashboard.stage." + s.stage()));
            counts.add(s.total());
        });
        return bar(labels, Json.createArrayBuilder().add(dataset(Messages.text("dashboard.count"), counts, "#004b91")), true);
    }

    public String getRegionChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder submitted = Json.createArrayBuilder();
        JsonArrayBuilder selected = Json.createArrayBuilder();
        getView().regions().forEach(r -> {
            labels.add(Messages.text("region." + r.region()));
            submitted.add(r.submitted());
            selected.add(r.selected());
        });
        return bar(labels, Json.createArrayBuilder().add(dataset(Messages.text("dashboard.region.submitted"), submitted, "#7a9cc6"))
                .add(dataset(Messages.text("dashboard.region.selected"), selected, "#004b91")), false);
    }

    public String getMoneyChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder agreed = Json.createArrayBuilder();
        JsonArrayBuilder paid = Json.createArrayBuilder();
        getView().amounts().forEach(a -> {
            labels.add(Messages.text("program.type." + a.type()));
            agreed.add(a.agreed().amount());
            paid.add(a.paid().amount());
        });
        return bar(labels, Json.createArrayBuilder().add(dataset(Messages.text("dashboard.money.agreed"), agreed, "#7a9cc6"))
                .add(dataset(Messages.text("dashboard.money.paid"), paid, "#1d6b35")), false);
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String color) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", color);
    }

    private static String bar(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal) {
        var options = Json.createObjectBuilder().add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", Json.createObjectBuilder().add("beginAtZero", true)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    // ---- exports: one per table ----

    public ListExport<DashboardView.StageRow> getStageExport() {
        return new ListExport<>(() -> {
            var b = TableExport.<DashboardView.StageRow>titled(Messages.text("dashboard.stages"))
                    .column(Messages.text("dashboard.stage"), s -> Messages.text("dashboard.stage." + s.stage()));
            List<ProgramType> types = getView().types();
            for (int i = 0; i < types.size(); i++) {
                int index = i;
                b.column(Messages.text("program.type." + types.get(i)), s -> formats.count(s.byType().get(index)));
            }
            return b.column(Messages.text("dashboard.total"), s -> formats.count(s.total())).build();
        }, () -> getView().stages(), clock);
    }

    public ListExport<DashboardView.RegionRow> getRegionExport() {
        return new ListExport<>(() -> TableExport.<DashboardView.RegionRow>titled(Messages.text("dashboard.regions"))
                .column(Messages.text("attr.region"), r -> Messages.text("region." + r.region()))
                .column(Messages.text("dashboard.region.submitted"), r -> formats.count(r.submitted()))
                .column(Messages.text("dashboard.region.selected"), r -> formats.count(r.selected()))
                .column(Messages.text("dashboard.region.concluded"), r -> formats.count(r.concluded())).build(), () -> getView().regions(), clock);
    }

    public ListExport<DashboardQueries.Amounts> getMoneyExport() {
        return new ListExport<>(() -> TableExport.<DashboardQueries.Amounts>titled(Messages.text("dashboard.money"))
                .column(Messages.text("dashboard.type"), a -> a.type() == null ? Messages.text("dashboard.total")
                        : Messages.text("program.type." + a.type()))
                .column(Messages.text("dashboard.money.agreed"), a -> formats.money(a.agreed()))
                .column(Messages.text("dashboard.money.grant"), a -> formats.money(a.grant()))
                .column(Messages.text("dashboard.money.paid"), a -> formats.money(a.paid())).build(), () -> {
                    List<DashboardQueries.Amounts> all = new java.util.ArrayList<>(getView().amounts());
                    all.add(getView().amountsTotal());
                    return all;
                }, clock);
    }

    public ListExport<DashboardQueries.Overdue> getOverdueExport() {
        return new ListExport<>(() -> TableExport.<DashboardQueries.Overdue>titled(Messages.text("dashboard.overdue"))
                .column(Messages.text("project.number"), DashboardQueries.Overdue::agreementNumber)
                .column(Messages.text("field.companyName"), DashboardQueries.Overdue::companyName)
                .column(Messages.text("application.supplier"), DashboardQueries.Overdue::supplierName)
                .column(Messages.text("project.milestones"), o -> Messages.text("milestone." + o.what()))
                .column(Messages.text("dashboard.dueOn"), o -> formats.day(o.dueOn())).build(), () -> getView().overdue(), clock);
    }
}
