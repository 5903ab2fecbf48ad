package kr.go.smartfactory.grant.domain;

/** Where an application's current level comes from: a valid certificate wins over a self-diagnosis. */
public enum LevelSource {
    /** 수준확인서: an official assessment still valid. */
    CERTIFIED,
    /** 자가진단: the company's completed self-diagnosis. */
    SELF_DIAGNOSIS,
    /** Stated by the company (no certificate, no completed self-diagnosis); staff check it. */
    DECLARED
}
