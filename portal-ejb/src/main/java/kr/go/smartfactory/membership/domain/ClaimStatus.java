package kr.go.smartfactory.membership.domain;

/** Where a claim to a registered business number stands. */
public enum ClaimStatus {
    /** Waiting for staff; the newcomer may attach their business registration certificate. */
    OPEN,
    /** The newcomer acts for the company too (a colleague). */
    JOINED,
    /** The registration was not the company's own: its former members were detached, the newcomer took over. */
    TRANSFERRED,
    /** The claim was unfounded. */
    REJECTED
}
