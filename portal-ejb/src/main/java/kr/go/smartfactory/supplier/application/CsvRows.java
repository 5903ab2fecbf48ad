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

    /** Rows one import may hold (it is one transaction; larger files are sent in parts, as the benchmark does). */
    static final int MAX_ROWS = 20_000;

    static CsvRows parse(String content, List<String> requiredColumns) {
        return parse(new StringReader(content), requiredColumns);
    }

    /**
     * Reads the rows as they arrive (the file is never held as one string) and stops at {@link #MAX_ROWS}. A
     * {@link java.nio.charset.CharacterCodingException} from the reader means the file is not UTF-8; a
     * {@link ImportTooLarge} from the stream below means it is over the byte limit.
     */
    static CsvRows parse(Reader content, List<String> requiredColumns) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        try (Reader reader = withoutByteOrderMark(content); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> missing = requiredColumns.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new ImportRejected(List.of(new LineError(1, "import.header.missing", List.of(String.join(", ", missing)))));
            }
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (records.size() == MAX_ROWS) {
                    throw new ImportRejected(List.of(new LineError(CsvRows.line(record), "import.tooManyRows",
                            List.of(String.format("%,d", MAX_ROWS)))));
                }
                records.add(record);
            }
            if (records.isEmpty()) {
                throw new ImportRejected(List.of(new LineError(1, "import.empty", List.of())));
            }
            return new CsvRows(records);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ImportRejected(List.of(new LineError(0, "import.notUtf8", List.of())));
        } catch (ImportTooLarge e) {
            throw new ImportRejected(List.of(new LineError(0, "import.tooLarge", List.of(e.limit()))));
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                throw new ImportRejected(List.of(new LineError(0, "import.notUtf8", List.of())));
            }
            if (cause instanceof ImportTooLarge large) {
                throw new ImportRejected(List.of(new LineError(0, "import.tooLarge", List.of(large.limit()))));
            }
            throw new ImportRejected(List.of(new LineError(1, "import.unreadable", List.of(String.valueOf(e.getMessage())))));
        }
    }

    private static Reader withoutByteOrderMark(Reader content) throws IOException {
        java.io.PushbackReader reader = new java.io.PushbackReader(content, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
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
