package kr.go.smartfactory.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.DomainException.Problem;

/**
 * One evaluator's scores for one application: a grade per rubric criterion (in the rubric's order), bonus points
 * within each item's maximum, and a comment. Complete only when every criterion is graded; its total is the exact sum
 * of the criteria's points plus the bonus points.
 */
public record Scorecard(List<Grade> grades, List<Integer> bonus, String comment) {

    public Scorecard {
        // a card being filled in may have gaps (null); problems() names them
        grades = grades == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(grades));
        bonus = bonus == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(bonus));
    }

    /** Every way these scores do not fit the rubric (weights) and bonus items (maximum points), each on its field. */
    public List<Problem> problems(List<Integer> weights, List<Integer> bonusMaximums) {
        List<Problem> problems = new ArrayList<>();
        if (grades.size() != weights.size() || grades.stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(Problem.on("grades", "score.grades.incomplete"));
        }
        if (bonus.size() > bonusMaximums.size()) {
            problems.add(Problem.on("bonus", "score.bonus.unknown"));
        }
        for (int i = 0; i < bonus.size() && i < bonusMaximums.size(); i++) {
            Integer points = bonus.get(i);
            if (points == null || points < 0 || points > bonusMaximums.get(i)) {
                problems.add(Problem.on("bonus", "score.bonus.range"));
                break;
            }
        }
        if (comment != null && comment.strip().length() > 2000) {
            problems.add(Problem.on("comment", "score.comment.tooLong"));
        }
        return problems;
    }

    public void check(List<Integer> weights, List<Integer> bonusMaximums) {
        List<Problem> problems = problems(weights, bonusMaximums);
        if (!problems.isEmpty()) {
            throw DomainException.of(problems);
        }
    }

    /** Points of the criteria (in the rubric's order). */
    public List<BigDecimal> criterionPoints(List<Integer> weights) {
        List<BigDecimal> points = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            points.add(grades.get(i).points(weights.get(i)));
        }
        return points;
    }

    public BigDecimal rubricTotal(List<Integer> weights) {
        return criterionPoints(weights).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int bonusTotal() {
        return bonus.stream().mapToInt(Integer::intValue).sum();
    }
}
