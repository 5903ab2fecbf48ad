package kr.go.smartfactory.evaluation.domain;

import java.time.LocalDate;

/**
 * Why an evaluator may not evaluate an application (이해충돌), found against what the evaluator declared and what is
 * on record, matched by business registration number: the same company (the applicant or its supplier is the
 * evaluator's own company), employment there within the last three years, a declared interest, a past joint project.
 */
public record Tie(Kind kind, String registrationNumber, LocalDate until) {

    public enum Kind {
        SAME_COMPANY, EMPLOYMENT, DECLARED_INTEREST, JOINT_PROJECT
    }
}
