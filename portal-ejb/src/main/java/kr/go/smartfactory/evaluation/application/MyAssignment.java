package kr.go.smartfactory.evaluation.application;

import java.time.Instant;

import kr.go.smartfactory.evaluation.domain.AssignmentStatus;

/** A row of the evaluator's list. */
public record MyAssignment(long id, String roundTitle, String receiptNumber, String companyName, AssignmentStatus status,
        Instant assignedAt, Instant submittedAt, int rescoreCount) {
}
