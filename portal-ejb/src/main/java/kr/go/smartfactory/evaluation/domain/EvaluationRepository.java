package kr.go.smartfactory.evaluation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface EvaluationRepository {

    Optional<EvaluatorProfile> profile(long accountId);

    /** Every profile of the pool with its ties, by account id (one query for a list of the pool). */
    java.util.Map<Long, EvaluatorProfile> profiles();

    void add(EvaluatorProfile profile);

    Optional<EvaluationAssignment> assignment(long id);

    Optional<EvaluationAssignment> assignment(long applicationId, long evaluatorId);

    /** Every assignment of the round's applications, with application, company and evaluator fetched. */
    List<EvaluationAssignment> assignmentsOfRound(long announcementId);

    List<EvaluationAssignment> assignmentsOf(long applicationId);

    /** The evaluator's assignments, newest first. */
    List<EvaluationAssignment> assignmentsOfEvaluator(long evaluatorId);

    /** Whether the account reads this application as an evaluator (declared, scoring or submitted). */
    boolean evaluates(long applicationId, long evaluatorId);

    void add(EvaluationAssignment assignment);

    void remove(EvaluationAssignment assignment);

    Optional<EvaluationResult> result(long applicationId);

    List<EvaluationResult> resultsOfRound(long announcementId);

    /** How many applications of the round were ranked (what "rank 3 of 120" reads). */
    long rankedInRound(long announcementId);

    List<EvaluationResult> results(Collection<Long> applicationIds);

    void add(EvaluationResult result);

    Optional<Objection> objection(long id);

    List<Objection> objectionsOf(long applicationId);

    List<Objection> objectionsOfRound(long announcementId);

    void add(Objection objection);
}
