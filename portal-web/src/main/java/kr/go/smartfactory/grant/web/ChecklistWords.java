package kr.go.smartfactory.grant.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.grant.application.ApplicationView;
import kr.go.smartfactory.web.support.Formats;
import kr.go.smartfactory.web.support.Messages;

/**
 * An eligibility item's reason in words: the reason's message with its values, each value that is a message key
 * (a level, a region, a document, a broken share rule) in words and each ISO day in the Korean date format — never
 * a code.
 */
@Named("checklistWords")
@ApplicationScoped
public class ChecklistWords {

    @Inject
    private Formats formats;

    public String reason(ApplicationView.Check check) {
        List<Object> values = new ArrayList<>();
        for (String value : check.values()) {
            values.add(words(value));
        }
        return java.text.MessageFormat.format(Messages.text(check.reasonKey()).replace("'", "''"), values.toArray());
    }

    /** A rule's message (page texts or ValidationMessages). */
    public String text(String key) {
        return Messages.text(key);
    }

    public String rule(Object rule) {
        return Messages.text("eligibility.rule." + rule);
    }

    private String words(String value) {
        List<String> parts = new ArrayList<>();
        for (String part : value.split(",")) {
            parts.add(word(part.strip()));
        }
        return String.join(", ", parts);
    }

    private String word(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return formats.day(LocalDate.parse(value));
            } catch (DateTimeParseException notADay) {
                return value;
            }
        }
        if (value.matches("[a-zA-Z]+(\\.[a-zA-Z0-9_]+)+")) {
            return Messages.textOr(value, value);
        }
        return value;
    }
}
