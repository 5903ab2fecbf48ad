package kr.go.smartfactory.membership.domain;

/** What staff decide about a claim. */
public enum ClaimDecision {
    JOIN(ClaimStatus.JOINED), TRANSFER(ClaimStatus.TRANSFERRED), REJECT(ClaimStatus.REJECTED);

    private final ClaimStatus outcome;

    ClaimDecision(ClaimStatus outcome) {
        this.outcome = outcome;
    }

    public ClaimStatus outcome() {
        return outcome;
    }
}
