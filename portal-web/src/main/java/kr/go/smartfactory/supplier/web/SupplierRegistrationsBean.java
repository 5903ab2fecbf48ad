package kr.go.smartfactory.supplier.web;

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
import kr.go.smartfactory.supplier.application.RegistrationFilter;
import kr.go.smartfactory.supplier.application.RegistrationView;
import kr.go.smartfactory.supplier.application.SupplierRegistrations;
import kr.go.smartfactory.supplier.domain.RegistrationStatus;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Downloads;
import kr.go.smartfactory.web.support.LazyRows;
import kr.go.smartfactory.web.support.Exportable;
import kr.go.smartfactory.web.support.Messages;

/**
 * staff/suppliers.xhtml: every supplier with its registration — by default those waiting for review, oldest
 * first, with their deadline — the certificate to check, approval or rejection with a reason; XLSX/CSV export.
 */
@Named
@ViewScoped
public class SupplierRegistrationsBean implements Serializable, Exportable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupplierRegistrations registrations;

    @Inject
    private Clock clock;

    private final RegistrationFilter filter = new RegistrationFilter(RegistrationStatus.SUBMITTED, null);
    private LazyDataModel<RegistrationView> suppliers;
    private RegistrationView selected;
    private String reason;

    @PostConstruct
    void init() {
        suppliers = new LazyRows<>(() -> registrations.count(filter),
                (first, max) -> registrations.suppliers(filter, first, max), RegistrationView::supplierId);
    }

    /** viewParam "status": the status to list, or "ALL". */
    public String getStatus() {
        return filter.getStatus() == null ? "ALL" : filter.getStatus().name();
    }

    public void setStatus(String status) {
        filter.setStatus(status == null || status.isBlank() || "ALL".equals(status) ? null
                : java.util.Arrays.stream(RegistrationStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                        .orElse(RegistrationStatus.SUBMITTED));
    }

    public RegistrationStatus[] getStatuses() {
        return RegistrationStatus.values();
    }

    public void approve(RegistrationView row) {
        Actions.run(() -> registrations.approve(row.supplierId()), "registration.approved.done");
    }

    public void select(RegistrationView row) {
        selected = row;
        reason = null;
    }

    public void reject() {
        if (selected != null && Actions.run(() -> registrations.reject(selected.supplierId(), reason), "registration.rejected.done")) {
            selected = null;
            reason = null;
        }
    }

    private TableExport<RegistrationView> export() {
        return TableExport.<RegistrationView>titled(Messages.text("registration.staff.title"))
                .column(Messages.text("field.companyName"), RegistrationView::companyName)
                .column(Messages.text("field.brn"), RegistrationView::registrationNumber)
                .column(Messages.text("field.ceoName"), RegistrationView::ceoName)
                .column(Messages.text("field.region"), r -> Messages.text("region." + r.region()))
                .column(Messages.text("registration.status"), r -> Messages.text("registration.status." + r.status()))
                .column(Messages.text("registration.submittedAt"), RegistrationView::submittedAt)
                .column(Messages.text("registration.due"), RegistrationView::dueDate)
                .column(Messages.text("registration.overdue"), r -> r.overdue() ? Messages.text("answer.yes") : "")
                .column(Messages.text("registration.decidedAt"), RegistrationView::decidedAt)
                .column(Messages.text("registration.decidedBy"), RegistrationView::decidedBy)
                .column(Messages.text("registration.note"), RegistrationView::decisionNote)
                .build();
    }

    @Override
    public StreamedContent getXlsx() {
        RegistrationFilter f = new RegistrationFilter(filter.getStatus(), filter.getText());
        return Downloads.xlsx(export(), each -> registrations.forEach(f, each), clock);
    }

    @Override
    public StreamedContent getCsv() {
        RegistrationFilter f = new RegistrationFilter(filter.getStatus(), filter.getText());
        return Downloads.csv(export(), each -> registrations.forEach(f, each), clock);
    }

    public RegistrationFilter getFilter() {
        return filter;
    }

    public LazyDataModel<RegistrationView> getSuppliers() {
        return suppliers;
    }

    public RegistrationView getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
