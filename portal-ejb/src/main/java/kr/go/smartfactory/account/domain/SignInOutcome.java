package kr.go.smartfactory.account.domain;

/** What one sign-in attempt came to. Only SUCCESS signs the caller in; THROTTLED means: too many failures, wait. */
public enum SignInOutcome {
    SUCCESS, INVALID_CREDENTIALS, THROTTLED, NOT_CONFIRMED, DISABLED
}
