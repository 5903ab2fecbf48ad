package kr.go.smartfactory.evaluation.application;

import java.time.Instant;
import java.util.List;

import kr.go.smartfactory.evaluation.domain.AssignmentStatus;
import kr.go.smartfactory.evaluation.domain.Grade;
import kr.go.smartfactory.grant.application.ApplicationView;

/**
 * One assignment as its evaluator sees it: the round's rubric and bonus items, its own card (never another's) and,
 * once the declaration is signed, the application as submitted.
 */
public record AssignmentView(long id, long applicationId, String roundTitle, String receiptNumber, String companyName,
        AssignmentStatus status, Instant assignedAt, Instant declaredAt, Instant savedAt, Instant submittedAt, String recusalReason,
        String rescoreReason, List<Criterion> criteria, List<Bonus> bonusItems, List<Grade> grades, List<Integer> bonus,
        String comment, ApplicationView application) {

    public record Criterion(String nameKo, String nameEn, int weight) {
    }

    public record Bonus(String nameKo, String nameEn, int points) {
    }

    public boolean scoring() {
        return status == AssignmentStatus.DECLARED;
    }

    public boolean readable() {
        return status == AssignmentStatus.DECLARED || status == AssignmentStatus.SUBMITTED;
    }
}
