package kr.go.smartfactory.project.web;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

import kr.go.smartfactory.document.export.TableExport;
import kr.go.smartfactory.grant.application.ApplicationReview;
import kr.go.smartfactory.project.application.Agreements;
import kr.go.smartfactory.project.application.ProjectSummary;
import kr.go.smartfactory.project.domain.ProjectStatus;
import kr.go.smartfactory.web.support.Downloads;
import kr.go.smartfactory.web.support.Exportable;
import kr.go.smartfactory.web.support.Formats;
import kr.go.smartfactory.web.support.LazyRows;
import kr.go.smartfactory.web.support.Messages;

/** staff/projects.xhtml: every agreement by status and round, exported as XLSX/CSV with the same filter. */
@Named
@ViewScoped
public class StaffProjectsBean implements Serializable, Exportable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Agreements agreements;

    @Inject
    private ApplicationReview review;

    @Inject
    private Formats formats;

    @Inject
    private Clock clock;

    private ProjectStatus status;
    private Long announcementId;
    private LazyDataModel<ProjectSummary> rows;
    private List<ApplicationReview.Round> rounds;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(() -> agreements.count(status, announcementId), (first, max) -> agreements.projects(status, announcementId,
                first, max), ProjectSummary::id);
    }

    private TableExport<ProjectSummary> export() {
        return TableExport.<ProjectSummary>titled(Messages.text("project.staff.title"))
                .column(Messages.text("project.number"), ProjectSummary::agreementNumber)
                .column(Messages.text("application.receipt"), ProjectSummary::receiptNumber)
                .column(Messages.text("application.announcement"), ProjectSummary::roundTitle)
                .column(Messages.text("field.companyName"), ProjectSummary::companyName)
                .column(Messages.text("application.supplier"), ProjectSummary::supplierName)
                .column(Messages.text("project.status"), p -> Messages.text("project.status." + p.status()))
                .column(Messages.text("application.budget.government"), p -> formats.money(p.government()))
                .column(Messages.text("application.budget.total"), p -> formats.money(p.total()))
                .column(Messages.text("project.startsOn"), p -> formats.day(p.startsOn()))
                .column(Messages.text("project.endsOn"), p -> formats.day(p.endsOn()))
                .build();
    }

    @Override
    public StreamedContent getXlsx() {
        ProjectStatus s = status;
        Long r = announcementId;
        return Downloads.xlsx(export(), each -> agreements.forEach(s, r, each), clock);
    }

    @Override
    public StreamedContent getCsv() {
        ProjectStatus s = status;
        Long r = announcementId;
        return Downloads.csv(export(), each -> agreements.forEach(s, r, each), clock);
    }

    public List<ApplicationReview.Round> getRounds() {
        if (rounds == null) {
            rounds = review.rounds();
        }
        return rounds;
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public LazyDataModel<ProjectSummary> getRows() {
        return rows;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public Long getAnnouncementId() {
        return announcementId;
    }

    public void setAnnouncementId(Long announcementId) {
        this.announcementId = announcementId;
    }
}
