package kr.go.smartfactory.aftersales.application;

import java.time.Instant;
import java.util.List;

import kr.go.smartfactory.aftersales.domain.AsCategory;
import kr.go.smartfactory.aftersales.domain.AsMessage;
import kr.go.smartfactory.aftersales.domain.AsRequest;
import kr.go.smartfactory.aftersales.domain.AsSeverity;
import kr.go.smartfactory.aftersales.domain.AsStatus;
import kr.go.smartfactory.aftersales.domain.HandlerKind;
import kr.go.smartfactory.aftersales.domain.SlaState;

/**
 * A request as one side sees it: the requester never gets the internal notes. {@code firstResponse} and
 * {@code resolution} are the SLA states now; {@code dueAt} the resolution's due time (null while waiting on the requester).
 */
public record AsRequestView(long id, String number, long companyId, Long projectId, AsCategory category, AsSeverity severity,
        String title, String description, AsStatus status, HandlerKind handlerKind, Long supplierId, Long groupId,
        boolean warranty, Long assigneeId, Instant createdAt, Instant firstRespondedAt, Instant completedAt,
        boolean waitingOnRequester, SlaState firstResponse, SlaState resolution, Instant dueAt, int escalationLevel,
        String rejectReason, String rerouteReason, Integer rating, AsAccess.Side side, List<Message> thread) {

    public record Message(String author, boolean fromRequester, boolean internal, String body, Instant createdAt) {

        static Message of(AsMessage m) {
            return new Message(m.getAuthor(), m.isFromRequester(), m.isInternal(), m.getBody(), m.getCreatedAt());
        }
    }

    public boolean overdue() {
        return firstResponse == SlaState.OVERDUE || resolution == SlaState.OVERDUE;
    }

    static AsRequestView of(AsRequest r, AsAccess.Side side, SlaState firstResponse, SlaState resolution, Instant dueAt,
            List<AsMessage> messages) {
        List<Message> thread = messages.stream().filter(m -> side != AsAccess.Side.REQUESTER || !m.isInternal()).map(Message::of)
                .toList();
        return new AsRequestView(r.getId(), r.getNumber(), r.getCompanyId(), r.getProjectId(), r.getCategory(), r.getSeverity(),
                r.getTitle(), r.getDescription(), r.getStatus(), r.getHandlerKind(), r.getSupplierId(), r.getGroupId(),
                r.isWarranty(), r.getAssigneeId(), r.getCreatedAt(), r.getFirstRespondedAt(), r.getCompletedAt(),
                r.isWaitingOnRequester(), firstResponse, resolution, dueAt, r.getEscalationLevel(), r.getRejectReason(),
                r.getRerouteReason(), r.getRating(), side, thread);
    }
}
