package kr.go.smartfactory.level.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

import kr.go.smartfactory.document.export.TableExport;
import kr.go.smartfactory.level.application.AssessmentView;
import kr.go.smartfactory.level.application.LevelAssessments;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Downloads;
import kr.go.smartfactory.web.support.Exportable;
import kr.go.smartfactory.web.support.Formats;
import kr.go.smartfactory.web.support.LazyRows;
import kr.go.smartfactory.web.support.Messages;

/**
 * staff/assessments.xhtml: recording an official level assessment (which issues the certificate), the list of
 * certificates with their validity, revoking one with a reason; XLSX/CSV export.
 */
@Named
@ViewScoped
public class AssessmentsBean implements Serializable, Exportable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LevelAssessments assessments;

    @Inject
    private Formats formats;

    @Inject
    private Clock clock;

    private String text;
    private LazyDataModel<AssessmentView> rows;

    private String registrationNumber;
    private String certifyingBody;
    private LocalDate assessedOn;
    private SmartLevel level;
    private Integer score;
    private transient Part report;

    private AssessmentView selected;
    private String reason;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(() -> assessments.count(text), (first, max) -> assessments.assessments(text, first, max), AssessmentView::id);
    }

    public void record() {
        String name = report == null ? null : report.getSubmittedFileName();
        try (InputStream in = report == null ? null : report.getInputStream()) {
            Actions.call(() -> assessments.record(registrationNumber, certifyingBody, assessedOn, level, score, name, in),
                    "assessment.recorded").ifPresent(a -> {
                        registrationNumber = null;
                        certifyingBody = null;
                        assessedOn = null;
                        level = null;
                        score = null;
                    });
        } catch (IOException e) {
            Messages.error("attachment.unreadable");
        }
    }

    public void select(AssessmentView row) {
        selected = row;
        reason = null;
    }

    public void revoke() {
        if (selected != null && Actions.run(() -> assessments.revoke(selected.id(), reason), "assessment.revoked.done")) {
            selected = null;
        }
    }

    public SmartLevel[] getLevels() {
        return SmartLevel.values();
    }

    private TableExport<AssessmentView> export() {
        return TableExport.<AssessmentView>titled(Messages.text("assessment.staff.title"))
                .column(Messages.text("field.companyName"), AssessmentView::companyName)
                .column(Messages.text("field.brn"), AssessmentView::registrationNumber)
                .column(Messages.text("assessment.level"), a -> Messages.text("level." + a.level()))
                .column(Messages.text("assessment.score"), a -> a.score() == null ? "" : String.valueOf(a.score()))
                .column(Messages.text("assessment.body"), AssessmentView::certifyingBody)
                .column(Messages.text("assessment.assessedOn"), a -> formats.day(a.assessedOn()))
                .column(Messages.text("assessment.validUntil"), a -> formats.day(a.validUntil()))
                .column(Messages.text("verify.number"), AssessmentView::certificateNumber)
                .column(Messages.text("assessment.state"), a -> a.revokedAt() != null ? Messages.text("verify.status.REVOKED")
                        : a.valid() ? Messages.text("verify.status.VALID") : Messages.text("verify.status.EXPIRED"))
                .column(Messages.text("assessment.revocationReason"), a -> a.revocationReason() == null ? "" : a.revocationReason())
                .build();
    }

    @Override
    public StreamedContent getXlsx() {
        String t = text;
        return Downloads.xlsx(export(), each -> assessments.forEach(t, each), clock);
    }

    @Override
    public StreamedContent getCsv() {
        String t = text;
        return Downloads.csv(export(), each -> assessments.forEach(t, each), clock);
    }

    public LazyDataModel<AssessmentView> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getCertifyingBody() {
        return certifyingBody;
    }

    public void setCertifyingBody(String certifyingBody) {
        this.certifyingBody = certifyingBody;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public SmartLevel getLevel() {
        return level;
    }

    public void setLevel(SmartLevel level) {
        this.level = level;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public Part getReport() {
        return report;
    }

    public void setReport(Part report) {
        this.report = report;
    }

    public AssessmentView getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
