package kr.go.smartfactory.aftersales.domain;

/** A target of the SLA (first response or resolution) as it stands. */
public enum SlaState {
    /** the clock runs, the target not yet reached */
    RUNNING,
    /** waiting on the requester: the clock stands still */
    PAUSED,
    /** the target has passed without the response or resolution */
    OVERDUE,
    /** done within the target */
    MET,
    /** done, but after the target */
    MISSED
}
