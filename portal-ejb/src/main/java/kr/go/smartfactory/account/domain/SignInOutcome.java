package kr.go.smartfactory.account.domain;

/** What one sign-in attempt came to. Only SUCCESS signs the caller in. */
public enum SignInOutcome {
    SUCCESS, INVALID_CREDENTIALS, LOCKED, NOT_CONFIRMED, DISABLED
}
