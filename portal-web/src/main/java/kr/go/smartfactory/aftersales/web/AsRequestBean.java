package kr.go.smartfactory.aftersales.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import kr.go.smartfactory.aftersales.application.AfterService;
import kr.go.smartfactory.aftersales.application.AsAccess;
import kr.go.smartfactory.aftersales.application.AsRequestView;
import kr.go.smartfactory.aftersales.domain.AsStatus;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Messages;
import kr.go.smartfactory.web.support.Pages;

/**
 * my/as-request.xhtml (the requester: thread, reply, rating) and desk/as-request.xhtml (the supplier or the group's
 * experts: answer, ask and wait, internal note, next step, 반려; the leader assigns; staff re-route; the coordinator
 * reads). What each may do comes from the side the service says the caller is on.
 */
@Named
@ViewScoped
public class AsRequestBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AfterService afterService;

    private Long id;
    private AsRequestView view;
    private String body;
    private boolean internal;
    private transient Part file;
    private AsStatus next;
    private String reason;
    private Integer rating;
    private String ratingComment;
    private Long assigneeId;
    private Long groupId;
    private String rerouteReason;
    private List<AfterService.Choice> assignees;
    private List<AfterService.Choice> groups;

    public void load() {
        if (view != null) {
            return;
        }
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            view = afterService.request(id);
        } catch (DomainException | AccessDeniedException notYours) {
            // a request of someone else answers as one that does not exist (ids are guessable)
            Pages.notFound();
        }
    }

    /** A message: the requester's reply or the handler's answer (or internal note), with a file if one was chosen. */
    public void post() {
        withFile(in -> afterService.post(id, body, internal && view.side().handles(), fileName(), in),
                internal ? "as.note.done" : "as.message.done");
    }

    /** The handler's question: sent, and the SLA clock stops until the requester replies. */
    public void ask() {
        if (Actions.call(() -> afterService.askRequester(id, body), "as.asked.done").map(this::shown).isPresent()) {
            body = null;
        }
    }

    public void move() {
        if (next == null) {
            Actions.show(DomainException.onField("next", "as.status.choose"));
            return;
        }
        Actions.call(() -> afterService.moveTo(id, next), "as.moved.done").ifPresent(v -> {
            shown(v);
            next = null;
        });
    }

    public void reject() {
        Actions.call(() -> afterService.reject(id, reason), "as.rejected.done").ifPresent(v -> {
            shown(v);
            reason = null;
        });
    }

    public void rate() {
        Actions.call(() -> afterService.rate(id, rating, ratingComment), "as.rated.done").ifPresent(this::shown);
    }

    public void assign() {
        if (assigneeId == null) {
            Actions.show(DomainException.onField("assignee", "as.assign.notMember"));
            return;
        }
        Actions.call(() -> afterService.assign(id, assigneeId), "as.assigned.done").ifPresent(this::shown);
    }

    public void rerouteToGroup() {
        if (groupId == null) {
            Actions.show(DomainException.onField("group", "as.group.notFound"));
            return;
        }
        Actions.call(() -> afterService.rerouteToGroup(id, groupId, rerouteReason), "as.rerouted.done").ifPresent(v -> {
            shown(v);
            rerouteReason = null;
            assignees = null;
        });
    }

    public void rerouteToSupplier() {
        Actions.call(() -> afterService.rerouteToSupplier(id, rerouteReason), "as.rerouted.done").ifPresent(v -> {
            shown(v);
            rerouteReason = null;
            assignees = null;
        });
    }

    private interface Upload {
        AsRequestView with(InputStream in);
    }

    private void withFile(Upload action, String doneKey) {
        Part upload = chosenFile();
        try (InputStream in = upload == null ? null : upload.getInputStream()) {
            Supplier<AsRequestView> call = () -> action.with(in);
            if (Actions.call(call, doneKey).map(this::shown).isPresent()) {
                body = null;
                internal = false;
            }
        } catch (IOException unreadable) {
            Messages.error("attachment.unreadable");
        }
    }

    private Part chosenFile() {
        return file != null && file.getSize() > 0 ? file : null;
    }

    private String fileName() {
        Part upload = chosenFile();
        return upload == null ? null : upload.getSubmittedFileName();
    }

    private AsRequestView shown(AsRequestView v) {
        view = v;
        return v;
    }

    /** The steps the handler may move the request to now (반려 has its own form). */
    public List<AsStatus> getNextSteps() {
        return view == null || !view.side().handles() ? List.of()
                : view.status().next().stream().filter(s -> s != AsStatus.REJECTED && s != AsStatus.CLOSED).sorted().toList();
    }

    public boolean isHandler() {
        return view != null && view.side().handles();
    }

    public boolean isStaff() {
        return view != null && view.side() == AsAccess.Side.STAFF;
    }

    /** Whether the caller may write in the thread now (the requester or a handler, on an open or completed request). */
    public boolean isWritable() {
        return view != null && (view.side() == AsAccess.Side.REQUESTER || view.side().handles())
                && view.status() != AsStatus.CLOSED && view.status() != AsStatus.REJECTED;
    }

    public boolean isOpen() {
        return view != null && view.status().isOpen();
    }

    public List<AfterService.Choice> getAssignees() {
        if (assignees == null) {
            assignees = view == null || !isOpen() || !(isStaff() || view.side() == AsAccess.Side.EXPERT) ? List.of()
                    : afterService.assignees(id);
        }
        return assignees;
    }

    public List<AfterService.Choice> getGroups() {
        if (groups == null) {
            groups = isStaff() && isOpen() ? afterService.groups() : List.of();
        }
        return groups;
    }

    /** Staff of the programme (not auditors, who only read) re-route. */
    public boolean isReroutable() {
        return isStaff() && isOpen() && (hasRole("STAFF") || hasRole("ADMIN"));
    }

    private static boolean hasRole(String role) {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    public int[] getScores() {
        return new int[] {5, 4, 3, 2, 1};
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AsRequestView getView() {
        return view;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isInternal() {
        return internal;
    }

    public void setInternal(boolean internal) {
        this.internal = internal;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public AsStatus getNext() {
        return next;
    }

    public void setNext(AsStatus next) {
        this.next = next;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public void setRatingComment(String ratingComment) {
        this.ratingComment = ratingComment;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public String getRerouteReason() {
        return rerouteReason;
    }

    public void setRerouteReason(String rerouteReason) {
        this.rerouteReason = rerouteReason;
    }
}
