package kr.go.smartfactory.program.domain;

/** How the evaluation orders applications with the same average score; stated on the announcement. */
public enum TieBreak {
    /** The higher score on the rubric's first criterion, then the next criterion, then the earlier submission. */
    CRITERIA_IN_ORDER,
    /** The earlier (last) submission first. */
    EARLIER_SUBMISSION
}
