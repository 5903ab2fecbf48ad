package kr.go.smartfactory.shared.domain;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused a request. It carries message keys (resolved in the user's language by the
 * web layer, never here) and rolls the transaction back, so a refused request changes nothing. A rule about
 * one input names it ({@link #onField}): forms show the message next to that field (the field's component
 * id is the attribute's name), imports report it on the line.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> messageKeys;
    private final String field;

    public DomainException(String messageKey) {
        this(List.of(messageKey), null);
    }

    public DomainException(List<String> messageKeys) {
        this(messageKeys, null);
    }

    private DomainException(List<String> messageKeys, String field) {
        super(String.join(", ", messageKeys));
        if (messageKeys.isEmpty()) {
            throw new IllegalArgumentException("at least one message key");
        }
        this.messageKeys = List.copyOf(messageKeys);
        this.field = field;
    }

    /** A rule about one input: {@code field} is the attribute's name ("foundedYear"). */
    public static DomainException onField(String field, String messageKey) {
        return new DomainException(List.of(messageKey), field);
    }

    public List<String> getMessageKeys() {
        return messageKeys;
    }

    public Optional<String> getField() {
        return Optional.ofNullable(field);
    }
}
