package kr.go.smartfactory.evaluation.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.evaluation.application.AssignmentView;
import kr.go.smartfactory.evaluation.application.Evaluations;
import kr.go.smartfactory.evaluation.domain.Grade;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Pages;

/**
 * staff/scorecard.xhtml: one assignment for its evaluator — the declaration first, then the application as submitted
 * beside the scorecard (a grade per criterion, bonus points, comment), saved as it goes and submitted once.
 */
@Named
@ViewScoped
public class ScorecardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Evaluations evaluations;

    private Long id;
    private AssignmentView view;
    private String signature;
    private boolean tied;
    private String tieNote;
    private List<String> grades = new ArrayList<>();
    private List<String> bonus = new ArrayList<>();
    private String comment;

    public void load() {
        if (view != null) {
            return;
        }
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            show(evaluations.assignment(id));
        } catch (DomainException unknown) {
            Pages.notFound();
        } catch (AccessDeniedException notMine) {
            Pages.forbidden();
        }
    }

    private void show(AssignmentView v) {
        view = v;
        grades = new ArrayList<>();
        for (int i = 0; i < v.criteria().size(); i++) {
            Grade g = i < v.grades().size() ? v.grades().get(i) : null;
            grades.add(g == null ? null : g.name());
        }
        bonus = new ArrayList<>();
        for (int i = 0; i < v.bonusItems().size(); i++) {
            Integer p = i < v.bonus().size() ? v.bonus().get(i) : null;
            bonus.add(p == null ? "0" : p.toString());
        }
        comment = v.comment();
    }

    public void declare() {
        Actions.call(() -> evaluations.declare(id, signature, tied, tieNote), tied ? "evaluation.recused.done" : "evaluation.declared.done")
                .ifPresent(this::show);
    }

    public void save() {
        Actions.call(() -> evaluations.save(id, gradeValues(), bonusValues(), comment), "evaluation.saved.done").ifPresent(this::show);
    }

    public void submit() {
        Actions.call(() -> evaluations.submit(id, gradeValues(), bonusValues(), comment), "evaluation.submitted.done").ifPresent(this::show);
    }

    private List<Grade> gradeValues() {
        return grades.stream().map(g -> g == null || g.isEmpty() ? null : Grade.valueOf(g)).toList();
    }

    /** What was typed, as points; text that is not a whole number counts as out of range (the rule names it). */
    private List<Integer> bonusValues() {
        List<Integer> points = new ArrayList<>();
        for (String b : bonus) {
            try {
                points.add(b == null || b.isBlank() ? 0 : Integer.valueOf(b.strip()));
            } catch (NumberFormatException notANumber) {
                points.add(-1);
            }
        }
        return points;
    }

    public Grade[] getGradeChoices() {
        return Grade.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AssignmentView getView() {
        return view;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    public boolean isTied() {
        return tied;
    }

    public void setTied(boolean tied) {
        this.tied = tied;
    }

    public String getTieNote() {
        return tieNote;
    }

    public void setTieNote(String tieNote) {
        this.tieNote = tieNote;
    }

    public List<String> getGrades() {
        return grades;
    }

    public List<String> getBonus() {
        return bonus;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
