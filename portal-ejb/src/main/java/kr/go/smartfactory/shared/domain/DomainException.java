package kr.go.smartfactory.shared.domain;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused a request. It carries message keys (resolved in the user's language by the
 * web layer, never here) and rolls the transaction back, so a refused request changes nothing.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> messageKeys;

    public DomainException(String messageKey) {
        this(List.of(messageKey));
    }

    public DomainException(List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        if (messageKeys.isEmpty()) {
            throw new IllegalArgumentException("at least one message key");
        }
        this.messageKeys = List.copyOf(messageKeys);
    }

    public List<String> getMessageKeys() {
        return messageKeys;
    }
}
