package kr.go.smartfactory.evaluation.domain;

/**
 * Where one evaluator's work on one application stands: assigned (배정; the application stays closed to it), the
 * declaration signed (서약; it reads and scores), scores submitted (제출; sealed, final unless an objection reopens
 * them), or recused (회피) because it declared a tie when signing.
 */
public enum AssignmentStatus {
    ASSIGNED, DECLARED, SUBMITTED, RECUSED
}
