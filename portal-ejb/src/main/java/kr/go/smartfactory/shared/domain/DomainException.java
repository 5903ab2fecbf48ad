package kr.go.smartfactory.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused a request. It carries message keys (resolved in the user's language by the
 * web layer, never here) and rolls the transaction back, so a refused request changes nothing. A rule about
 * one input names it ({@link #onField}): forms show the message next to that field (the field's component
 * id is the attribute's name), imports report it on the line. A form checked as a whole refuses with all its
 * {@link Problem}s at once ({@link #of}), each on its own field, so the user corrects everything in one go.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One refused input: the field (null for the form as a whole) and the message key. */
    public record Problem(String field, String messageKey) implements java.io.Serializable {

        public static Problem on(String field, String messageKey) {
            return new Problem(field, messageKey);
        }

        public static Problem general(String messageKey) {
            return new Problem(null, messageKey);
        }
    }

    private final List<Problem> problems;

    public DomainException(String messageKey) {
        this(List.of(Problem.general(messageKey)), true);
    }

    public DomainException(List<String> messageKeys) {
        this(messageKeys.stream().map(Problem::general).toList(), true);
    }

    private DomainException(List<Problem> problems, boolean withFields) {
        super(String.join(", ", problems.stream().map(Problem::messageKey).toList()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one message key");
        }
        this.problems = List.copyOf(problems);
    }

    /** A rule about one input: {@code field} is the attribute's name ("foundedYear"). */
    public static DomainException onField(String field, String messageKey) {
        return new DomainException(List.of(Problem.on(field, messageKey)), true);
    }

    /** Every problem of a form at once. */
    public static DomainException of(List<Problem> problems) {
        return new DomainException(problems, true);
    }

    /** Collects the problems of a form while it is checked, then refuses once with all of them. */
    public static final class Collector {

        private final List<Problem> problems = new ArrayList<>();

        /** Runs a rule; its refusal is kept, with the field it names (or {@code field} when it names none). */
        public <T> T check(String field, java.util.function.Supplier<T> rule) {
            try {
                return rule.get();
            } catch (DomainException refused) {
                refused.getProblems().forEach(p -> problems.add(p.field() != null ? p : Problem.on(field, p.messageKey())));
                return null;
            }
        }

        public void add(String field, String messageKey) {
            problems.add(Problem.on(field, messageKey));
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        /** Refuses with everything collected, if anything was. */
        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw DomainException.of(problems);
            }
        }
    }

    public List<String> getMessageKeys() {
        return problems.stream().map(Problem::messageKey).toList();
    }

    public List<Problem> getProblems() {
        return problems;
    }

    /** The field of a refusal about one input (the first problem's). */
    public Optional<String> getField() {
        return Optional.ofNullable(problems.get(0).field());
    }
}
