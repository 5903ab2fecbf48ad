package kr.go.smartfactory.evaluation.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.evaluation.domain.AssignmentStatus;
import kr.go.smartfactory.evaluation.domain.ObjectionStatus;
import kr.go.smartfactory.evaluation.domain.Outcome;
import kr.go.smartfactory.program.domain.TieBreak;
import kr.go.smartfactory.shared.domain.Money;

/**
 * One round's evaluation as staff see it: every submitted application with its evaluators (their state, never a card
 * in progress), the ranking computed from submitted cards only (what confirming would decide), the results already
 * notified and the objections.
 */
public record EvaluationBoard(Round round, List<String> criteria, List<Row> rows, List<Place> ranking, int pending, int unscored,
        int excluded, Money committed, boolean confirmed, List<ObjectionRow> objections) {

    public record Round(long id, String title, int quota, Money budget, Instant closesAt, boolean closed, BigDecimal shortlistFactor,
            TieBreak tieBreak, int objectionDays) {
    }

    /** An application of the round and its evaluators. */
    public record Row(long applicationId, String receiptNumber, String companyName, Region region, Money grant,
            boolean eligibilityProblems, List<Evaluator> evaluators, Outcome outcome) {

        public boolean ranked() {
            return !eligibilityProblems;
        }
    }

    public record Evaluator(long assignmentId, String name, AssignmentStatus status, Instant submittedAt, int rescoreCount,
            String recusalReason) {
    }

    /** A place in the ranking; {@code outcome} is what confirming decides, {@code notified} what was decided before. */
    public record Place(long applicationId, String receiptNumber, String companyName, int rank, BigDecimal score,
            List<BigDecimal> criterionAverages, int evaluators, boolean shortlisted, Outcome outcome, Money grant, Outcome notified) {

        public boolean changed() {
            return notified != null && notified != outcome;
        }
    }

    public record ObjectionRow(long id, long applicationId, String receiptNumber, String companyName, Instant filedAt, String reason,
            ObjectionStatus status, String answer, boolean rescored, Instant answeredAt, String answeredBy, LocalDate until) {

        public boolean open() {
            return status == ObjectionStatus.FILED;
        }
    }

    public boolean readyToConfirm() {
        return round.closed() && pending == 0 && unscored == 0 && !ranking.isEmpty();
    }
}
