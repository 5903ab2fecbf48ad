package kr.go.smartfactory.supplier.application;

import java.util.List;

import jakarta.ejb.ApplicationException;

/** A CSV file with at least one bad line: nothing from it was stored. Lines are numbered from 1 (the header). */
@ApplicationException(rollback = true)
public class ImportRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<LineError> errors;

    public ImportRejected(List<LineError> errors) {
        super(errors.size() + " bad lines, first: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<LineError> getErrors() {
        return errors;
    }

    /** One problem: the line, a message key (ValidationMessages) and the values the message names. */
    public record LineError(long line, String code, List<String> args) {
    }
}
