package kr.go.smartfactory.project.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.project.application.InspectionView;
import kr.go.smartfactory.project.application.Inspections;
import kr.go.smartfactory.project.domain.CheckItem;
import kr.go.smartfactory.project.domain.Inspection;
import kr.go.smartfactory.project.domain.InspectionKind;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.application.SupplierDirectory;
import kr.go.smartfactory.supplier.application.SupplierView;
import kr.go.smartfactory.web.support.Actions;

/**
 * The inspections panel of the agreement pages: staff record an inspection (checklist, findings, corrective actions),
 * accept or reopen answered actions and complete it (a final one with the level reached and the solutions built); the
 * supplier answers its actions; the SME answers the satisfaction survey once the project is complete.
 */
@Named
@ViewScoped
public class InspectionBean implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int ACTION_ROWS = 3;

    @Inject
    private Inspections inspections;

    @Inject
    private SupplierDirectory directory;

    @Inject
    private ProjectBean project;

    private List<InspectionView> rows;
    private Optional<Inspections.SurveyView> survey;
    private InspectionKind kind;
    private String supervisor;
    private String inspectedOn;
    private final Map<String, String> results = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    private String findings;
    private final List<ActionRow> actions = newRows();
    private String actionKey;
    private String text;
    private SmartLevel levelReached;
    private List<String> solutions = new ArrayList<>();
    private Integer score;
    private String comment;
    private transient jakarta.servlet.http.Part evidence;

    /** One corrective action being written. */
    public static final class ActionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private String dueOn;

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getDueOn() {
            return dueOn;
        }

        public void setDueOn(String dueOn) {
            this.dueOn = dueOn;
        }
    }

    private static List<ActionRow> newRows() {
        List<ActionRow> list = new ArrayList<>();
        for (int i = 0; i < ACTION_ROWS; i++) {
            list.add(new ActionRow());
        }
        return list;
    }

    public List<InspectionView> getRows() {
        if (rows == null && project.getView() != null) {
            rows = inspections.inspections(project.getId());
        }
        return rows == null ? List.of() : rows;
    }

    public Optional<Inspections.SurveyView> getSurvey() {
        if (survey == null && project.getView() != null) {
            survey = inspections.survey(project.getId());
        }
        return survey == null ? Optional.empty() : survey;
    }

    private void refresh() {
        rows = inspections.inspections(project.getId());
        survey = null;
        project.reload();
    }

    public InspectionView getOpen() {
        return getRows().stream().filter(i -> i.status() == Inspection.Status.OPEN).findFirst().orElse(null);
    }

    private static LocalDate day(String value, String field, DomainException.Collector problems) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            problems.add(field, "project.on.invalid");
            return null;
        }
    }

    public void record() {
        DomainException.Collector formats = new DomainException.Collector();
        LocalDate day = day(inspectedOn, "inspectedOn", formats);
        List<Inspection.Action> asked = new ArrayList<>();
        for (ActionRow r : actions) {
            LocalDate due = day(r.getDueOn(), "actions", formats);
            if (r.getDescription() != null && !r.getDescription().isBlank() || due != null) {
                asked.add(new Inspection.Action(r.getDescription(), due));
            }
        }
        if (!formats.isEmpty()) {
            show(formats);
            return;
        }
        Map<CheckItem, CheckItem.Result> given = new EnumMap<>(CheckItem.class);
        Map<CheckItem, String> written = new EnumMap<>(CheckItem.class);
        for (CheckItem item : CheckItem.values()) {
            String r = results.get(item.name());
            if (r != null && !r.isBlank()) {
                given.put(item, CheckItem.Result.valueOf(r));
            }
            written.put(item, notes.get(item.name()));
        }
        if (Actions.run(() -> inspections.record(project.getId(), kind, supervisor, day, given, written, findings, asked),
                "inspection.recorded.done")) {
            results.clear();
            notes.clear();
            findings = null;
            supervisor = null;
            actions.clear();
            actions.addAll(newRows());
            refresh();
        }
    }

    /** "inspectionId:index" of the action chosen. */
    private long[] chosen() {
        if (actionKey == null || !actionKey.contains(":")) {
            return null;
        }
        String[] parts = actionKey.split(":");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    public void answer() {
        long[] a = chosen();
        if (a == null) {
            Actions.show(DomainException.onField("action", "inspection.action.notFound"));
            return;
        }
        if (Actions.run(() -> inspections.answer(a[0], (int) a[1], text), "inspection.answered.done")) {
            text = null;
            refresh();
        }
    }

    public void accept(long inspectionId, int index) {
        if (Actions.run(() -> inspections.accept(inspectionId, index), "inspection.accepted.done")) {
            refresh();
        }
    }

    public void reopen() {
        long[] a = chosen();
        if (a == null) {
            Actions.show(DomainException.onField("action", "inspection.action.notFound"));
            return;
        }
        if (Actions.run(() -> inspections.reopen(a[0], (int) a[1], text), "inspection.reopened.done")) {
            text = null;
            refresh();
        }
    }

    public void complete() {
        InspectionView open = getOpen();
        if (open == null) {
            return;
        }
        if (Actions.run(() -> inspections.complete(open.id(), levelReached, new java.util.LinkedHashSet<>(solutions)),
                open.kind() == InspectionKind.FINAL ? "inspection.closed.done" : "inspection.completed.done")) {
            refresh();
        }
    }

    public void addEvidence() {
        InspectionView open = getOpen();
        if (open == null || evidence == null) {
            kr.go.smartfactory.web.support.Messages.error("inspection.evidence.choose");
            return;
        }
        try (java.io.InputStream in = evidence.getInputStream()) {
            String name = evidence.getSubmittedFileName();
            if (Actions.run(() -> inspections.addEvidence(open.id(), name, in), "inspection.evidence.added")) {
                refresh();
            }
        } catch (java.io.IOException unreadable) {
            kr.go.smartfactory.web.support.Messages.error("attachment.unreadable");
        }
    }

    public jakarta.servlet.http.Part getEvidence() {
        return evidence;
    }

    public void setEvidence(jakarta.servlet.http.Part evidence) {
        this.evidence = evidence;
    }

    public void answerSurvey() {
        if (Actions.run(() -> inspections.answerSurvey(project.getId(), score, comment), "survey.answered.done")) {
            refresh();
        }
    }

    private static void show(DomainException.Collector problems) {
        try {
            problems.throwIfAny();
        } catch (DomainException refused) {
            Actions.show(refused);
        }
    }

    /** Actions the supplier may answer (open ones) or staff may reopen (answered ones), as "inspectionId:index". */
    public List<Choice> getActionChoices() {
        List<Choice> list = new ArrayList<>();
        for (InspectionView i : getRows()) {
            for (InspectionView.Action a : i.actions()) {
                list.add(new Choice(i.id() + ":" + a.index(), a.description(), a.status()));
            }
        }
        return list;
    }

    public record Choice(String key, String label, kr.go.smartfactory.project.domain.CorrectiveAction.Status status) implements Serializable {
    }

    public List<SupplierView.Named> getSolutionChoices() {
        return directory.profile(project.getView().summary().supplierId()).map(SupplierView::specialities).orElse(List.of());
    }

    public CheckItem[] getItems() {
        return CheckItem.values();
    }

    public CheckItem.Result[] getResultChoices() {
        return CheckItem.Result.values();
    }

    public InspectionKind[] getKinds() {
        return InspectionKind.values();
    }

    public SmartLevel[] getLevels() {
        return SmartLevel.values();
    }

    public InspectionKind getKind() {
        return kind;
    }

    public void setKind(InspectionKind kind) {
        this.kind = kind;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(String supervisor) {
        this.supervisor = supervisor;
    }

    public String getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(String inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public Map<String, String> getResults() {
        return results;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    public String getActionKey() {
        return actionKey;
    }

    public void setActionKey(String actionKey) {
        this.actionKey = actionKey;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public SmartLevel getLevelReached() {
        return levelReached;
    }

    public void setLevelReached(SmartLevel levelReached) {
        this.levelReached = levelReached;
    }

    public List<String> getSolutions() {
        return solutions;
    }

    public void setSolutions(List<String> solutions) {
        this.solutions = solutions;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
