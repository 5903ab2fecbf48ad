package kr.go.smartfactory.notification.application;

/** A mail was put in the outbox in the current transaction; sent as soon as it commits. */
public record MailQueued(long mailId) {
}
