package kr.go.smartfactory.grant.application;

import java.io.Serializable;
import java.time.Instant;

import kr.go.smartfactory.grant.domain.GrantApplication;

/** What a submission answered: the receipt, the version that counts, and whether staff must look at an item. */
public record SubmissionReceipt(long applicationId, String receiptNumber, int version, Instant submittedAt,
        GrantApplication.Submission outcome, boolean eligibilityProblems) implements Serializable {
}
