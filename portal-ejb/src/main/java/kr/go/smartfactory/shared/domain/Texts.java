package kr.go.smartfactory.shared.domain;

/**
 * Checks of free text that entities share: required, trimmed, within the column's length. Each failure names
 * the attribute and its message key, so the form shows it next to the field.
 */
public final class Texts {

    private Texts() {
    }

    /** The stripped text, or {@link DomainException} with {@code key} when blank or longer than {@code max}. */
    public static String required(String value, int max, String field, String key) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw DomainException.onField(field, key);
        }
        return value.strip();
    }

    /** The stripped text or null when blank; {@link DomainException} with {@code key} when longer than {@code max}. */
    public static String optional(String value, int max, String field, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw DomainException.onField(field, key);
        }
        return value.strip();
    }
}
