package kr.go.smartfactory.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kr.go.smartfactory.web.support.Formats;
import kr.go.smartfactory.web.support.Messages;

/**
 * The audit trail in words: attribute names from the bundles ({@code attr.*}), coded values translated with the
 * bundle the pages already use for them (regions, roles, statuses, levels …), references to other records as
 * "기업 #12", and instants in Korean time to the minute. Unknown names fall back to the stored text rather than
 * failing, so a new attribute shows up before its words are written.
 */
final class AuditWords {

    private static final Pattern CODES = Pattern.compile("[A-Z][A-Z0-9_]*(,[A-Z][A-Z0-9_]*)*");
    private static final Pattern REFERENCE = Pattern.compile("([A-Z][A-Za-z]+)#(\\w+)");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Which bundle prefix translates the codes of an attribute ("Entity.attribute" first, then the attribute). */
    private static final Map<String, String> VALUE_PREFIXES = Map.ofEntries(
            Map.entry("UserAccount.status", "status."), Map.entry("roles", "role."), Map.entry("kind", "kind."),
            Map.entry("BuildHistory.kind", "history.kind."), Map.entry("Holiday.kind", "holidays.kind."),
            Map.entry("Attachment.kind", "attachment.kind."), Map.entry("region", "region."), Map.entry("clientRegion", "region."),
            Map.entry("claimedRegion", "region."), Map.entry("levelBefore", "level."), Map.entry("levelAfter", "level."),
            Map.entry("currentLevel", "level."), Map.entry("targetLevel", "level."), Map.entry("amountBand", "amount."),
            Map.entry("registration.status", "registration.status."), Map.entry("CompanyClaim.status", "claim.status."),
            Map.entry("RegistryChangeRequest.status", "registry.status."), Map.entry("Announcement.type", "program.type."),
            Map.entry("Announcement.status", "announcement.status."), Map.entry("rules.currentLevels", "level."),
            Map.entry("rules.targetLevels", "level."), Map.entry("rules.securityRequiredFrom", "level."),
            Map.entry("rules.tieBreak", "tieBreak."), Map.entry("resultLevel", "level."), Map.entry("LevelAssessment.level", "level."),
            Map.entry("DiagnosisItem.area", "diagnosis.area."), Map.entry("rules.requiredDocuments", "requiredDocument."),
            Map.entry("GrantApplication.status", "application.status."), Map.entry("levelSource", "application.level.sourceShort."),
            Map.entry("participation", "application.participation."), Map.entry("Sanction.kind", "sanction.kind."),
            Map.entry("EvaluationAssignment.status", "evaluation.status."), Map.entry("EvaluationResult.outcome", "evaluation.outcome."),
            Map.entry("Objection.status", "objection.status."), Map.entry("ties.kind", "tie.kind."),
            Map.entry("Project.status", "project.status."), Map.entry("ChangeRequest.kind", "changeKind."),
            Map.entry("ChangeRequest.status", "project.change.status."), Map.entry("PaymentRequest.status", "payment.status."),
            Map.entry("milestones.kind", "milestone."), Map.entry("lines.category", "budget.category."));

    private final Formats formats;

    AuditWords(Formats formats) {
        this.formats = formats;
    }

    String entity(String entityType) {
        return Messages.textOr("entity." + entityType, entityType);
    }

    String attribute(String attribute) {
        return Messages.textOr("attr." + attribute, attribute);
    }

    String value(String entityType, String attribute, String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if ("locale".equals(attribute)) {
            return Messages.textOr("language." + raw, raw);
        }
        String prefix = VALUE_PREFIXES.getOrDefault(entityType + "." + attribute, VALUE_PREFIXES.get(attribute));
        // a set of codes is stored as "[SME, STAFF]"
        String codes = raw.startsWith("[") && raw.endsWith("]") ? raw.substring(1, raw.length() - 1).replace(" ", "") : raw;
        if (prefix != null && CODES.matcher(codes).matches()) {
            return Arrays.stream(codes.split(",")).map(code -> Messages.textOr(prefix + code, code)).collect(Collectors.joining(", "));
        }
        var reference = REFERENCE.matcher(raw);
        if (reference.matches()) {
            return entity(reference.group(1)) + " #" + reference.group(2);
        }
        if (INSTANT.matcher(raw).matches()) {
            try {
                return formats.dateTime(Instant.parse(raw));
            } catch (DateTimeParseException notAnInstant) {
                return raw;
            }
        }
        if (DATE.matcher(raw).matches()) {
            try {
                return formats.day(LocalDate.parse(raw));
            } catch (DateTimeParseException notADate) {
                return raw;
            }
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return Messages.text("audit.value." + raw);
        }
        return raw;
    }
}
