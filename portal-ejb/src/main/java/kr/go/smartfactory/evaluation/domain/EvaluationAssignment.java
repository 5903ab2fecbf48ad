package kr.go.smartfactory.evaluation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * 평가 배정: one evaluator on one application. Made only when the conflict-of-interest check finds no tie. Before it
 * reads the application the evaluator signs a declaration (its name as signature, and whether it has a tie the record
 * does not show — then it is recused); it then fills its scorecard (saved as it goes, seen by nobody else) and submits
 * it once. Only an upheld objection reopens a submitted card, with the reason kept.
 */
@Entity
@Table(name = "evaluation_assignment")
public class EvaluationAssignment {

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private GrantApplication application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluator_id", nullable = false)
    private UserAccount evaluator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssignmentStatus status;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, length = 254)
    private String assignedBy;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "declared_name", length = 100)
    private String declaredName;

    @Column(name = "recusal_reason", length = MAX_REASON)
    private String recusalReason;

    /** The grades in the rubric's order, comma-separated (an empty place: not graded yet). */
    @Column(name = "grades", length = 300)
    private String grades;

    @Column(name = "bonus", length = 300)
    private String bonus;

    @Column(name = "comment", length = 2000)
    private String comment;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "rescore_count", nullable = false)
    private int rescoreCount;

    @Column(name = "rescore_reason", length = MAX_REASON)
    private String rescoreReason;

    @Version
    private long version;

    protected EvaluationAssignment() {
        // JPA
    }

    /**
     * Assigns the evaluator, or refuses with one message per kind of tie found (the check itself is
     * {@link EvaluatorRecord#tiesTo}; it is passed in so that this rule holds whoever calls).
     */
    public static EvaluationAssignment assign(GrantApplication application, UserAccount evaluator, List<Tie> ties, String by,
            Instant now) {
        if (!ties.isEmpty()) {
            throw DomainException.of(ties.stream().map(t -> t.kind()).distinct()
                    .map(k -> DomainException.Problem.on("evaluator", "evaluation.conflict." + k.name())).toList());
        }
        EvaluationAssignment a = new EvaluationAssignment();
        a.application = application;
        a.evaluator = evaluator;
        a.status = AssignmentStatus.ASSIGNED;
        a.assignedBy = by;
        a.assignedAt = now;
        return a;
    }

    /**
     * The declaration (청렴·이해충돌 서약): the evaluator types its own name as signature. Declaring a tie the record
     * does not show (with what it is) recuses it from this application.
     */
    public void declare(String signature, String accountName, boolean tied, String tieNote, Instant now) {
        if (status != AssignmentStatus.ASSIGNED) {
            throw new DomainException("evaluation.declaration.done");
        }
        DomainException.Collector problems = new DomainException.Collector();
        if (signature == null || !normalise(signature).equals(normalise(accountName))) {
            problems.add("signature", "evaluation.declaration.signature");
        }
        String note = tied ? problems.check("tieNote", () -> Texts.required(tieNote, MAX_REASON, "tieNote", "evaluation.declaration.tieNote"))
                : null;
        problems.throwIfAny();
        declaredAt = now;
        declaredName = signature.strip();
        if (tied) {
            status = AssignmentStatus.RECUSED;
            recusalReason = note;
        } else {
            status = AssignmentStatus.DECLARED;
        }
    }

    private static String normalise(String name) {
        return name == null ? "" : name.replaceAll("\\s+", "");
    }

    /** Keeps the card as filled so far (gaps allowed); nobody but the evaluator sees it before it is submitted. */
    public void save(Scorecard card, Instant now) {
        requireScoring();
        if (card.comment() != null && card.comment().strip().length() > 2000) {
            throw DomainException.onField("comment", "score.comment.tooLong");
        }
        keep(card);
        savedAt = now;
    }

    /** Submits the card once: complete and within the rubric, or refused with every problem. */
    public void submit(Scorecard card, List<Integer> weights, List<Integer> bonusMaximums, Instant now) {
        requireScoring();
        card.check(weights, bonusMaximums);
        keep(card);
        savedAt = now;
        submittedAt = now;
        status = AssignmentStatus.SUBMITTED;
    }

    /** An upheld objection asks for scoring again: the submitted card opens, the reason kept. */
    public void reopen(String reason, Instant now) {
        if (status != AssignmentStatus.SUBMITTED) {
            throw new DomainException("evaluation.reopen.notSubmitted");
        }
        String why = Texts.required(reason, MAX_REASON, "answer", "objection.answer.required");
        status = AssignmentStatus.DECLARED;
        rescoreCount++;
        rescoreReason = why;
        submittedAt = null;
        savedAt = now;
    }

    /** Staff take the assignment back; a submitted card stays (it counts). */
    public void checkRemovable() {
        if (status == AssignmentStatus.SUBMITTED) {
            throw new DomainException("evaluation.remove.submitted");
        }
    }

    private void requireScoring() {
        switch (status) {
            case ASSIGNED -> throw new DomainException("evaluation.declaration.required");
            case SUBMITTED -> throw new DomainException("evaluation.submitted.already");
            case RECUSED -> throw new DomainException("evaluation.recused");
            default -> {
                // DECLARED: scoring
            }
        }
    }

    private void keep(Scorecard card) {
        grades = card.grades().stream().map(g -> g == null ? "" : g.name()).collect(Collectors.joining(","));
        bonus = card.bonus().stream().map(b -> b == null ? "" : b.toString()).collect(Collectors.joining(","));
        comment = Texts.optional(card.comment(), 2000, "comment", "score.comment.tooLong");
    }

    /** The card as kept (empty before anything was saved). */
    public Scorecard scorecard() {
        return new Scorecard(split(grades).stream().map(s -> s.isEmpty() ? null : Grade.valueOf(s)).toList(),
                split(bonus).stream().map(s -> s.isEmpty() ? null : Integer.valueOf(s)).toList(), comment);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(csv.split(",", -1)));
    }

    public boolean isSubmitted() {
        return status == AssignmentStatus.SUBMITTED;
    }

    /** Still owes a card (neither submitted nor recused). */
    public boolean isPending() {
        return status == AssignmentStatus.ASSIGNED || status == AssignmentStatus.DECLARED;
    }

    public Long getId() {
        return id;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public UserAccount getEvaluator() {
        return evaluator;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public String getDeclaredName() {
        return declaredName;
    }

    public String getRecusalReason() {
        return recusalReason;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getRescoreCount() {
        return rescoreCount;
    }

    public String getRescoreReason() {
        return rescoreReason;
    }
}
