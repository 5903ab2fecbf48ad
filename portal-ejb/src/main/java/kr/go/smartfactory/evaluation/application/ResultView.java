package kr.go.smartfactory.evaluation.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kr.go.smartfactory.evaluation.domain.ObjectionStatus;
import kr.go.smartfactory.evaluation.domain.Outcome;

/** The result as the applicant sees it (its own score and rank, not another's) with its objections. */
public record ResultView(long applicationId, Outcome outcome, int rank, int ranked, BigDecimal score, Instant notifiedAt,
        LocalDate objectionUntil, boolean objectionOpen, List<Filed> objections) {

    public record Filed(long id, Instant filedAt, String reason, ObjectionStatus status, String answer, Instant answeredAt,
            boolean rescored) {
    }
}
