package kr.go.smartfactory.account.domain;

/** PENDING_CONFIRMATION until the e-mail link is followed; DISABLED by an administrator. */
public enum AccountStatus {
    PENDING_CONFIRMATION, ACTIVE, DISABLED
}
