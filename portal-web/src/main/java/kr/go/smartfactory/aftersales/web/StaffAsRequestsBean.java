package kr.go.smartfactory.aftersales.web;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

import kr.go.smartfactory.aftersales.application.AfterService;
import kr.go.smartfactory.aftersales.application.AsRequestView;
import kr.go.smartfactory.aftersales.domain.AsStatus;
import kr.go.smartfactory.document.export.TableExport;
import kr.go.smartfactory.web.support.Downloads;
import kr.go.smartfactory.web.support.Exportable;
import kr.go.smartfactory.web.support.Formats;
import kr.go.smartfactory.web.support.LazyRows;
import kr.go.smartfactory.web.support.Messages;

/** staff/as-requests.xhtml: every AS request by status and support group, overdue ones marked; XLSX/CSV with the same filter. */
@Named
@ViewScoped
public class StaffAsRequestsBean implements Serializable, Exportable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AfterService afterService;

    @Inject
    private Formats formats;

    @Inject
    private Clock clock;

    private AsStatus status;
    private Long groupId;
    private LazyDataModel<AsRequestView> rows;
    private List<AfterService.Choice> groups;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(() -> afterService.staffCount(status, groupId),
                (first, max) -> afterService.staffPage(status, groupId, first, max), AsRequestView::id);
    }

    private TableExport<AsRequestView> export() {
        return TableExport.<AsRequestView>titled(Messages.text("as.staff.title"))
                .column(Messages.text("as.number"), AsRequestView::number)
                .column(Messages.text("as.filedAt"), r -> formats.dateTime(r.createdAt()))
                .column(Messages.text("field.companyName"), AsRequestView::companyName)
                .column(Messages.text("as.category"), r -> Messages.text("as.category." + r.category()))
                .column(Messages.text("as.severity"), r -> Messages.text("as.severity." + r.severity()))
                .column(Messages.text("as.title"), AsRequestView::title)
                .column(Messages.text("as.handler"), r -> Messages.text("as.handlerKind." + r.handlerKind()) + " " + r.handlerName())
                .column(Messages.text("as.status"), r -> Messages.text("as.status." + r.status()))
                .column(Messages.text("as.sla.firstResponse"), r -> Messages.text("as.sla." + r.firstResponse()))
                .column(Messages.text("as.sla.resolution"), r -> Messages.text("as.sla." + r.resolution()))
                .column(Messages.text("as.escalation"), r -> Messages.text("as.escalation." + r.escalationLevel()))
                .column(Messages.text("as.rating"), r -> r.rating() == null ? "" : String.valueOf(r.rating()))
                .build();
    }

    @Override
    public StreamedContent getXlsx() {
        AsStatus s = status;
        Long g = groupId;
        return Downloads.xlsx(export(), each -> afterService.forEach(s, g, each), clock);
    }

    @Override
    public StreamedContent getCsv() {
        AsStatus s = status;
        Long g = groupId;
        return Downloads.csv(export(), each -> afterService.forEach(s, g, each), clock);
    }

    public List<AfterService.Choice> getGroups() {
        if (groups == null) {
            groups = afterService.groups();
        }
        return groups;
    }

    public AsStatus[] getStatuses() {
        return AsStatus.values();
    }

    public LazyDataModel<AsRequestView> getRows() {
        return rows;
    }

    public AsStatus getStatus() {
        return status;
    }

    public void setStatus(AsStatus status) {
        this.status = status;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }
}
