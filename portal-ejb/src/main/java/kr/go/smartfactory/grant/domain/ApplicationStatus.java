package kr.go.smartfactory.grant.domain;

/**
 * Where an application stands before evaluation: being written (임시저장), submitted with a receipt number (접수;
 * the SME may revise and resubmit until the deadline, the last submission counts), or withdrawn (철회).
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN
}
