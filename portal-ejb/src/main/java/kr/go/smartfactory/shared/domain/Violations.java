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
            throw DomainException.of(problems(violations));
        }
    }

    /**
     * Adds the command's violations to a form's problems instead of refusing at once (the form's other rules
     * still run, so every problem comes back together); returns the fields that were refused.
     */
    public static java.util.Set<String> collect(Validator validator, Object command, DomainException.Collector problems) {
        java.util.Set<String> refused = new java.util.HashSet<>();
        for (DomainException.Problem problem : problems(validator.validate(command))) {
            problems.add(problem.field(), problem.messageKey());
            refused.add(problem.field());
        }
        return refused;
    }

    /** Each violation on the property it is about (its leaf name, the form field's id). */
    public static List<DomainException.Problem> problems(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .map(v -> DomainException.Problem.on(leaf(v.getPropertyPath().toString()), key(v.getMessageTemplate())))
                .distinct()
                .toList();
    }

    private static String leaf(String path) {
        return path.isEmpty() ? null : path.substring(path.lastIndexOf('.') + 1);
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
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
