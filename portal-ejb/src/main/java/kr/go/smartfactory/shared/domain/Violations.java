package kr.go.smartfactory.shared.domain;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** Bean Validation at a service boundary: violations become a {@link DomainException} of message keys. */
public final class Violations {

    private Violations() {
    }

    public static void check(Validator validator, Object command) {
        Set<? extends ConstraintViolation<?>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new DomainException(keys(violations));
        }
    }

    public static List<String> keys(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .map(ConstraintViolation::getMessageTemplate)
                .map(t -> t.startsWith("{") && t.endsWith("}") ? t.substring(1, t.length() - 1) : t)
                .distinct()
                .toList();
    }
}
