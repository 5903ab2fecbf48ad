package kr.go.smartfactory.project.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * 점검: an interim or final inspection of a concluded project by staff or an appointed supervisor (감리) — every
 * checklist item's result, the findings, corrective actions with their due days (a failed item needs at least one),
 * evidence files from the attachment store. The supplier answers each action; staff accept or reopen it. It completes
 * once every action is accepted; a final inspection completes with the level the company reached, and only after the
 * interim one.
 */
@Entity
@Table(name = "inspection")
public class Inspection {

    public enum Status {
        OPEN, COMPLETED
    }

    /** A corrective action as asked for. */
    public record Action(String description, LocalDate dueOn) {
    }

    public static final int MAX_ACTIONS = 30;
    public static final int MAX_EVIDENCE = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InspectionKind kind;

    @Column(name = "inspector", nullable = false, length = 254)
    private String inspector;

    @Column(name = "supervisor", length = 100)
    private String supervisor;

    @Column(name = "inspected_on", nullable = false)
    private LocalDate inspectedOn;

    @Column(name = "findings", length = 4000)
    private String findings;

    @ElementCollection
    @CollectionTable(name = "inspection_check", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    private List<CheckResult> checks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "corrective_action", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    private List<CorrectiveAction> actions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "inspection_evidence", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    private List<Evidence> evidence = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_reached", length = 20)
    private SmartLevel levelReached;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected Inspection() {
        // JPA
    }

    /**
     * Records an inspection, refused with every problem at once: the project concluded, a final one only after a
     * completed interim one, no second open inspection, every checklist item given, a failed item with at least one
     * action, actions described and due on or after the inspection day.
     */
    public static Inspection record(Project project, InspectionKind kind, boolean interimCompleted, boolean anotherOpen, String inspector,
            String supervisor, LocalDate inspectedOn, Map<CheckItem, CheckItem.Result> results, Map<CheckItem, String> notes, String findings,
            List<Action> actions, LocalDate today, Instant now) {
        if (project.getStatus() != ProjectStatus.CONCLUDED) {
            throw new DomainException("inspection.notConcluded");
        }
        if (anotherOpen) {
            throw new DomainException("inspection.open");
        }
        if (kind == InspectionKind.FINAL && !interimCompleted) {
            throw DomainException.onField("kind", "inspection.interimFirst");
        }
        DomainException.Collector problems = new DomainException.Collector();
        if (kind == null) {
            problems.add("kind", "inspection.kind");
        }
        if (inspectedOn == null || inspectedOn.isAfter(today) || inspectedOn.isBefore(project.getStartsOn())) {
            problems.add("inspectedOn", "inspection.date");
        }
        Map<CheckItem, CheckItem.Result> given = results == null ? Map.of() : results;
        if (!given.keySet().containsAll(List.of(CheckItem.values())) || given.values().stream().anyMatch(java.util.Objects::isNull)) {
            problems.add("checks", "inspection.checks.incomplete");
        }
        List<Action> asked = actions == null ? List.of() : actions.stream()
                .filter(a -> a.description() != null && !a.description().isBlank() || a.dueOn() != null).toList();
        if (given.containsValue(CheckItem.Result.FAIL) && asked.isEmpty()) {
            problems.add("actions", "inspection.fail.needsAction");
        }
        if (asked.size() > MAX_ACTIONS) {
            problems.add("actions", "inspection.actions.tooMany");
        }
        for (Action a : asked) {
            if (a.description() == null || a.description().isBlank() || a.description().strip().length() > 1000) {
                problems.add("actions", "inspection.action.description");
                break;
            }
            if (a.dueOn() == null || inspectedOn != null && a.dueOn().isBefore(inspectedOn)) {
                problems.add("actions", "inspection.action.dueOn");
                break;
            }
        }
        String text = problems.check("findings", () -> Texts.optional(findings, 4000, "findings", "inspection.findings.tooLong"));
        String who = problems.check("supervisor", () -> Texts.optional(supervisor, 100, "supervisor", "inspection.supervisor.tooLong"));
        problems.throwIfAny();
        Inspection i = new Inspection();
        i.project = project;
        i.kind = kind;
        i.inspector = inspector;
        i.supervisor = who;
        i.inspectedOn = inspectedOn;
        i.findings = text;
        Map<CheckItem, String> noteOf = notes == null ? Map.of() : notes;
        for (CheckItem item : CheckItem.values()) {
            String note = noteOf.get(item);
            i.checks.add(new CheckResult(item, given.get(item), note == null || note.isBlank() ? null
                    : note.strip().substring(0, Math.min(500, note.strip().length()))));
        }
        asked.forEach(a -> i.actions.add(new CorrectiveAction(a.description().strip(), a.dueOn())));
        i.status = Status.OPEN;
        i.recordedAt = now;
        return i;
    }

    /** Keeps a stored file as evidence while the inspection is open. */
    public void addEvidence(long attachmentId, String fileName, String by, Instant now) {
        requireOpen();
        if (evidence.size() >= MAX_EVIDENCE) {
            throw DomainException.onField("evidence", "inspection.evidence.tooMany");
        }
        evidence.add(new Evidence(attachmentId, fileName, by, now));
    }

    public boolean holds(long attachmentId) {
        return evidence.stream().anyMatch(e -> e.getAttachmentId() == attachmentId);
    }

    /** The supplier's answer to an open action. */
    public void answer(int index, String text, String by, Instant now) {
        requireOpen();
        String answer = Texts.required(text, 2000, "answer", "inspection.answer.required");
        action(index).answer(answer, by, now);
    }

    public void accept(int index, Instant now) {
        requireOpen();
        action(index).accept(now);
    }

    public void reopen(int index, String note, Instant now) {
        requireOpen();
        String why = Texts.required(note, 1000, "reviewNote", "inspection.reopen.note");
        action(index).reopen(why, now);
    }

    /**
     * Completes the inspection once every action is accepted; a final one records the level reached (never below the
     * level the company had).
     */
    public void complete(SmartLevel reached, SmartLevel before, Instant now) {
        requireOpen();
        if (actions.stream().anyMatch(a -> a.getStatus() != CorrectiveAction.Status.ACCEPTED)) {
            throw new DomainException("inspection.actions.pending");
        }
        if (kind == InspectionKind.FINAL) {
            if (reached == null || before != null && reached.ordinal() < before.ordinal()) {
                throw DomainException.onField("levelReached", "inspection.level");
            }
            levelReached = reached;
        }
        status = Status.COMPLETED;
        completedAt = now;
    }

    private CorrectiveAction action(int index) {
        if (index < 0 || index >= actions.size()) {
            throw new DomainException("inspection.action.notFound");
        }
        return actions.get(index);
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new DomainException("inspection.completed");
        }
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public InspectionKind getKind() {
        return kind;
    }

    public String getInspector() {
        return inspector;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public String getFindings() {
        return findings;
    }

    public List<CheckResult> getChecks() {
        return List.copyOf(checks);
    }

    public List<CorrectiveAction> getActions() {
        return List.copyOf(actions);
    }

    public List<Evidence> getEvidence() {
        return List.copyOf(evidence);
    }

    public Status getStatus() {
        return status;
    }

    public SmartLevel getLevelReached() {
        return levelReached;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
