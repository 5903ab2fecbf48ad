package kr.go.smartfactory.account.domain;

import java.time.Duration;

/** What a one-time e-mail token proves, and how long it is valid. */
public enum TokenPurpose {
    CONFIRM_EMAIL(Duration.ofHours(48)),
    PASSWORD_RESET(Duration.ofHours(1)),
    /** A staff account's first password: the administrator never sees it. */
    SET_PASSWORD(Duration.ofDays(3));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }

    public boolean setsPassword() {
        return this != CONFIRM_EMAIL;
    }
}
