package kr.go.smartfactory.aftersales.application;

import java.time.Instant;
import java.util.List;

import kr.go.smartfactory.aftersales.domain.AsCategory;
import kr.go.smartfactory.aftersales.domain.AsRequest;
import kr.go.smartfactory.aftersales.domain.AsSeverity;
import kr.go.smartfactory.aftersales.domain.AsStatus;
import kr.go.smartfactory.aftersales.domain.HandlerKind;
import kr.go.smartfactory.aftersales.domain.SlaState;

/**
 * A request as one side sees it: the requester (and the coordinator) never get the internal notes or their files.
 * {@code firstResponse} and {@code resolution} are the SLA states now; {@code dueAt} the resolution's due time (null
 * while waiting on the requester). Names are for people: the company, the project's agreement number, who handles it
 * (the supplier's or the group's name) and the assigned expert. {@code files} are those attached when it was filed.
 */
public record AsRequestView(long id, String number, long companyId, String companyName, Long projectId, String projectNumber,
        AsCategory category, AsSeverity severity, String title, String description, AsStatus status, HandlerKind handlerKind,
        Long supplierId, Long groupId, String handlerName, boolean warranty, Long assigneeId, String assigneeName,
        Instant createdAt, Instant firstRespondedAt, Instant completedAt, boolean waitingOnRequester, SlaState firstResponse,
        SlaState resolution, Instant dueAt, int escalationLevel, String rejectReason, String rerouteReason, Integer rating,
        String ratingComment, AsAccess.Side side, List<File> files, List<Message> thread) {

    /** A file of the request or of a message: its attachment (read through the attachment store) and name. */
    public record File(long attachmentId, String name) {
    }

    /** A message; {@code authorName} the person's name (the e-mail address when the account is gone). */
    public record Message(String authorName, boolean fromRequester, boolean internal, String body, Instant createdAt,
            List<File> files) {
    }

    /** The people's and organisations' names a view shows, looked up by the service. */
    record Names(String company, String project, String handler, String assignee) {
    }

    public boolean overdue() {
        return firstResponse == SlaState.OVERDUE || resolution == SlaState.OVERDUE;
    }

    /** Whether the requester may still rate it (completed, not yet rated). */
    public boolean rateable() {
        return status == AsStatus.COMPLETED && side == AsAccess.Side.REQUESTER;
    }

    static AsRequestView of(AsRequest r, AsAccess.Side side, Names names, SlaState firstResponse, SlaState resolution,
            Instant dueAt, List<File> files, List<Message> thread) {
        return new AsRequestView(r.getId(), r.getNumber(), r.getCompanyId(), names.company(), r.getProjectId(), names.project(),
                r.getCategory(), r.getSeverity(), r.getTitle(), r.getDescription(), r.getStatus(), r.getHandlerKind(),
                r.getSupplierId(), r.getGroupId(), names.handler(), r.isWarranty(), r.getAssigneeId(), names.assignee(),
                r.getCreatedAt(), r.getFirstRespondedAt(), r.getCompletedAt(), r.isWaitingOnRequester(), firstResponse, resolution,
                dueAt, r.getEscalationLevel(), r.getRejectReason(), r.getRerouteReason(), r.getRating(), r.getRatingComment(), side,
                files, thread);
    }
}
