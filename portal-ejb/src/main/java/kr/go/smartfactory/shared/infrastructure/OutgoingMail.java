package kr.go.smartfactory.shared.infrastructure;

/** A mail to send once the current transaction has committed. Fire it as a CDI event. */
public record OutgoingMail(String to, String subject, String body) {
}
