package kr.go.smartfactory.project.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kr.go.smartfactory.project.domain.CheckItem;
import kr.go.smartfactory.project.domain.CorrectiveAction;
import kr.go.smartfactory.project.domain.Inspection;
import kr.go.smartfactory.project.domain.InspectionKind;
import kr.go.smartfactory.shared.domain.SmartLevel;

/** An inspection as its pages show it. */
public record InspectionView(long id, InspectionKind kind, String inspector, String supervisor, LocalDate inspectedOn, String findings,
        List<Check> checks, List<Action> actions, List<File> evidence, Inspection.Status status, SmartLevel levelReached,
        Instant completedAt) {

    public record File(long attachmentId, String name, String addedBy, Instant addedAt) {
    }

    public record Check(CheckItem item, CheckItem.Result result, String note) {
    }

    public record Action(int index, String description, LocalDate dueOn, CorrectiveAction.Status status, String answer, Instant answeredAt,
            String reviewNote, int reopened, boolean overdue) {
    }

    static InspectionView of(Inspection i, LocalDate today) {
        List<Action> actions = new java.util.ArrayList<>();
        for (int n = 0; n < i.getActions().size(); n++) {
            CorrectiveAction a = i.getActions().get(n);
            actions.add(new Action(n, a.getDescription(), a.getDueOn(), a.getStatus(), a.getAnswer(), a.getAnsweredAt(), a.getReviewNote(),
                    a.getReopened(), a.isOverdue(today)));
        }
        return new InspectionView(i.getId(), i.getKind(), i.getInspector(), i.getSupervisor(), i.getInspectedOn(), i.getFindings(),
                i.getChecks().stream().map(c -> new Check(c.getItem(), c.getResult(), c.getNote())).toList(), actions,
                i.getEvidence().stream().map(e -> new File(e.getAttachmentId(), e.getFileName(), e.getAddedBy(), e.getAddedAt())).toList(),
                i.getStatus(),
                i.getLevelReached(), i.getCompletedAt());
    }
}
