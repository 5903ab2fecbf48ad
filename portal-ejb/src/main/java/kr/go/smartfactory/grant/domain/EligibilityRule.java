package kr.go.smartfactory.grant.domain;

/**
 * The items of the eligibility check (신청자격 검토), in the order the checklist shows them. The first ones are
 * what the applicant can put right, so a submission that breaks them is refused with the reason on its step
 * ({@link #blocksSubmission}); a ban or a duplicate support cannot be put right by the applicant, so the
 * submission is received and the failed item waits for staff, who may override it with a recorded reason.
 */
public enum EligibilityRule {
    /** The announcement is open to the company's region. */
    REGION(true),
    /** Current and target levels allowed by the programme type. */
    LEVELS(true),
    /** The chosen supplier confirmed its participation. */
    SUPPLIER(true),
    /** The build period within the rules' months. */
    BUILD_PERIOD(true),
    /** The grant at most the cap and the government share of the total. */
    GRANT_CAP(true),
    /** Company and partner shares within their bounds. */
    SHARES(true),
    /** Every document the announcement requires. */
    DOCUMENTS(true),
    /** A security solution in the plan for targets that need one. */
    SECURITY_SOLUTION(true),
    /** No participation ban on the company (sanctions, by business number). */
    PARTICIPATION_BAN(false),
    /** No earlier or running support of the company at the same level (legacy records and other applications). */
    DUPLICATE_SUPPORT(false);

    private final boolean blocksSubmission;

    EligibilityRule(boolean blocksSubmission) {
        this.blocksSubmission = blocksSubmission;
    }

    public boolean blocksSubmission() {
        return blocksSubmission;
    }
}
