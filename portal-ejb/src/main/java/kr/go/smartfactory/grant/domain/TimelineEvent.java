package kr.go.smartfactory.grant.domain;

/** What happened to an application, as its timeline shows it to the SME, its coordinator and staff. */
public enum TimelineEvent {
    STARTED, SUPPLIER_REQUESTED, SUPPLIER_CONFIRMED, SUPPLIER_DECLINED, SUBMITTED, RESUBMITTED, WITHDRAWN, REOPENED,
    ELIGIBILITY_CHECKED, ELIGIBILITY_OVERRIDDEN, COORDINATOR_ASSIGNED
}
