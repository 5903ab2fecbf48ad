package kr.go.smartfactory.grant.web;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.document.export.TableExport;
import kr.go.smartfactory.grant.application.ApplicationReview;
import kr.go.smartfactory.grant.application.ApplicationSummary;
import kr.go.smartfactory.grant.domain.ApplicationFilter;
import kr.go.smartfactory.grant.domain.ApplicationStatus;
import kr.go.smartfactory.web.support.Downloads;
import kr.go.smartfactory.web.support.Exportable;
import kr.go.smartfactory.web.support.Formats;
import kr.go.smartfactory.web.support.LazyRows;
import kr.go.smartfactory.web.support.Messages;

/**
 * staff/applications.xhtml: every application with filters (announcement, region, status, eligibility problems,
 * company or receipt number), newest submission first, exported as XLSX/CSV with the same filters.
 */
@Named
@ViewScoped
public class StaffApplicationsBean implements Serializable, Exportable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationReview review;

    @Inject
    private Formats formats;

    @Inject
    private Clock clock;

    private Long announcementId;
    private Region region;
    private ApplicationStatus status;
    private String problems;
    private String text;
    private LazyDataModel<ApplicationSummary> rows;
    private List<ApplicationReview.Round> rounds;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(() -> review.count(filter()), (first, max) -> review.applications(filter(), first, max),
                ApplicationSummary::id);
    }

    public ApplicationFilter filter() {
        return new ApplicationFilter(announcementId, region, status, problems == null || problems.isEmpty() ? null
                : Boolean.valueOf(problems), text);
    }

    public List<ApplicationReview.Round> getRounds() {
        if (rounds == null) {
            rounds = review.rounds();
        }
        return rounds;
    }

    private TableExport<ApplicationSummary> export() {
        return TableExport.<ApplicationSummary>titled(Messages.text("application.staff.title"))
                .column(Messages.text("application.receipt"), a -> a.receiptNumber() == null ? "" : a.receiptNumber())
                .column(Messages.text("application.announcement"), ApplicationSummary::announcementTitle)
                .column(Messages.text("field.companyName"), ApplicationSummary::companyName)
                .column(Messages.text("field.brn"), ApplicationSummary::registrationNumber)
                .column(Messages.text("attr.region"), a -> a.region() == null ? "" : Messages.text("region." + a.region()))
                .column(Messages.text("application.status"), a -> Messages.text("application.status." + a.status()))
                .column(Messages.text("application.currentLevel"), a -> a.currentLevel() == null ? "" : Messages.text("level." + a.currentLevel()))
                .column(Messages.text("application.targetLevel"), a -> a.targetLevel() == null ? "" : Messages.text("level." + a.targetLevel()))
                .column(Messages.text("application.supplier"), a -> a.supplierName() == null ? "" : a.supplierName())
                .column(Messages.text("application.budget.government"), a -> formats.money(a.government()))
                .column(Messages.text("application.budget.total"), a -> formats.money(a.total()))
                .column(Messages.text("application.eligibility"), a -> a.receiptNumber() == null ? ""
                        : Messages.text(a.eligibilityProblems() ? "application.eligibility.problems" : "application.eligibility.ok"))
                .column(Messages.text("application.submittedAt"), a -> a.submittedAt() == null ? "" : formats.dateTime(a.submittedAt()))
                .build();
    }

    @Override
    public StreamedContent getXlsx() {
        ApplicationFilter f = filter();
        return Downloads.xlsx(export(), each -> review.forEach(f, each), clock);
    }

    @Override
    public StreamedContent getCsv() {
        ApplicationFilter f = filter();
        return Downloads.csv(export(), each -> review.forEach(f, each), clock);
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public LazyDataModel<ApplicationSummary> getRows() {
        return rows;
    }

    public Long getAnnouncementId() {
        return announcementId;
    }

    public void setAnnouncementId(Long announcementId) {
        this.announcementId = announcementId;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
