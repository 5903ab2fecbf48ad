package kr.go.smartfactory.evaluation.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.evaluation.application.Evaluations;
import kr.go.smartfactory.evaluation.application.MyAssignment;

/** staff/evaluations.xhtml: the evaluator's own assignments, those still owing a card first in its eyes. */
@Named
@RequestScoped
public class EvaluatorAssignmentsBean {

    @Inject
    private Evaluations evaluations;

    private List<MyAssignment> rows;

    public List<MyAssignment> getRows() {
        if (rows == null) {
            rows = evaluations.mine();
        }
        return rows;
    }

    public long getOwing() {
        return getRows().stream().filter(r -> r.status() == kr.go.smartfactory.evaluation.domain.AssignmentStatus.ASSIGNED
                || r.status() == kr.go.smartfactory.evaluation.domain.AssignmentStatus.DECLARED).count();
    }
}
