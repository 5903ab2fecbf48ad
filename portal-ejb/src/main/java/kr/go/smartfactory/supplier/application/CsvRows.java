package kr.go.smartfactory.supplier.application;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import kr.go.smartfactory.supplier.application.ImportRejected.LineError;

/**
 * Reads a UTF-8 CSV file with a header (Apache Commons CSV) and collects line errors instead of stopping at
 * the first, so the whole report comes back at once. A leading byte-order mark (Excel) is ignored.
 */
final class CsvRows {

    private final List<CSVRecord> records;
    private final List<LineError> errors = new ArrayList<>();

    private CsvRows(List<CSVRecord> records) {
        this.records = records;
    }

    static CsvRows parse(String content, List<String> requiredColumns) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> missing = requiredColumns.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new ImportRejected(List.of(new LineError(1, "import.header.missing", List.of(String.join(", ", missing)))));
            }
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new ImportRejected(List.of(new LineError(1, "import.empty", List.of())));
            }
            return new CsvRows(records);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ImportRejected(List.of(new LineError(1, "import.unreadable", List.of(String.valueOf(e.getMessage())))));
        }
    }

    List<CSVRecord> records() {
        return records;
    }

    static long line(CSVRecord record) {
        return record.getRecordNumber() + 1;
    }

    void error(CSVRecord record, String code, String... args) {
        errors.add(new LineError(line(record), code, Arrays.asList(args)));
    }

    /**
     * Runs an entity's rule on this line's values; a refusal becomes this line's error with the rule's message
     * key, so an import reports exactly what the form would have said.
     */
    <T> T rule(CSVRecord record, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (kr.go.smartfactory.shared.domain.DomainException e) {
            e.getMessageKeys().forEach(key -> error(record, key));
            return null;
        }
    }

    /** A required value, or an error. */
    String required(CSVRecord record, String column) {
        String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
        if (value.isBlank()) {
            error(record, "import.required", column);
            return null;
        }
        return value.strip();
    }

    static String optional(CSVRecord record, String column) {
        String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
        return value.isBlank() ? null : value.strip();
    }

    /** A value that must parse, or an error naming the column and value. */
    <T> T parsed(CSVRecord record, String column, String code, Function<String, Optional<T>> parser, boolean required) {
        String value = required ? required(record, column) : optional(record, column);
        if (value == null) {
            return null;
        }
        Optional<T> result = parser.apply(value);
        if (result.isEmpty()) {
            error(record, code, column, value);
            return null;
        }
        return result.get();
    }

    static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("[;|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Optional<Integer> integer(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void throwIfAnyError() {
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
    }
}
