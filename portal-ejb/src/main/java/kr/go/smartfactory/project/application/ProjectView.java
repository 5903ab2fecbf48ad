package kr.go.smartfactory.project.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kr.go.smartfactory.project.domain.AgreementTerms;
import kr.go.smartfactory.project.domain.ChangeKind;
import kr.go.smartfactory.project.domain.ChangeStatus;
import kr.go.smartfactory.project.domain.ChangeWindow;
import kr.go.smartfactory.project.domain.MilestoneKind;

/**
 * One project as its pages show it: the row, the terms now (or as in force on a chosen day), the milestones, who
 * confirmed when, the change requests and the versions, the appointed supervisor (감리, a name; null: none); {@code side}
 * is what the caller is to it.
 */
public record ProjectView(ProjectSummary summary, AgreementTerms terms, LocalDate termsOn, int termsVersion, List<Step> milestones,
        Instant smeConfirmedAt, String smeConfirmedBy, Instant supplierConfirmedAt, String supplierConfirmedBy, Instant concludedAt,
        String concludedBy, Instant cancelledAt, String cancelReason, List<Change> changes, List<Version> versions, Side side,
        String supervisor, Instant supervisorAppointedAt) {

    public enum Side {
        SME, SUPPLIER, STAFF, SUPERVISOR
    }

    public record Step(MilestoneKind kind, LocalDate dueOn, LocalDate doneOn, boolean overdue) {
    }

    public record Change(long id, ChangeKind kind, LocalDate causeOn, LocalDate requestedOn, String description, LocalDate proposedEndsOn,
            ChangeStatus status, ChangeWindow.Refusal refusal, String requestedBy, Instant decidedAt, String decidedBy, String decisionReason) {

        public boolean waiting() {
            return status == ChangeStatus.REQUESTED;
        }
    }

    public record Version(int number, LocalDate effectiveFrom, Long changeRequestId, Instant recordedAt, String recordedBy) {
    }

    public boolean confirmable() {
        return summary.status() == kr.go.smartfactory.project.domain.ProjectStatus.DRAFTED
                && (side == Side.SME && smeConfirmedAt == null || side == Side.SUPPLIER && supplierConfirmedAt == null);
    }

    public boolean concludable() {
        return side == Side.STAFF && summary.status() == kr.go.smartfactory.project.domain.ProjectStatus.DRAFTED && smeConfirmedAt != null
                && supplierConfirmedAt != null;
    }

    public boolean changeable() {
        return side == Side.SME && summary.status() == kr.go.smartfactory.project.domain.ProjectStatus.CONCLUDED
                && changes.stream().noneMatch(Change::waiting);
    }
}
