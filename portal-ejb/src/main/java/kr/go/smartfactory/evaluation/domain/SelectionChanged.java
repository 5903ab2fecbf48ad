package kr.go.smartfactory.evaluation.domain;

/**
 * Fired when a confirmed result selects an application or no longer does (after re-scoring), in the confirming
 * transaction: the project context drafts the agreement, or cancels a draft (refusing — and so rolling the
 * confirmation back — when the agreement was already concluded).
 */
public record SelectionChanged(long applicationId, boolean selected) {
}
