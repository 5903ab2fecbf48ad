package kr.go.smartfactory.audit.web;

import java.io.Serializable;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

import kr.go.smartfactory.audit.application.AuditFilter;
import kr.go.smartfactory.audit.application.AuditTrail;
import kr.go.smartfactory.audit.domain.AuditEntry;
import kr.go.smartfactory.document.export.TableExport;
import kr.go.smartfactory.web.support.Downloads;
import kr.go.smartfactory.web.support.LazyRows;
import kr.go.smartfactory.web.support.Exportable;
import kr.go.smartfactory.web.support.Messages;

/** audit/trail.xhtml: the audit trail, filtered, newest first; exported as XLSX or CSV under the same filter. */
@Named
@ViewScoped
public class AuditTrailBean implements Serializable, Exportable {

    private static final long serialVersionUID = 1L;
    /** Looked up once: {@code Json.createReader} finds the provider through ServiceLoader on every call. */
    private static final JsonReaderFactory READERS = JsonProvider.provider().createReaderFactory(null);

    @Inject
    private AuditTrail trail;

    @Inject
    private Clock clock;

    @Inject
    private kr.go.smartfactory.web.support.Formats formats;

    private final AuditFilter filter = new AuditFilter();
    private LazyDataModel<AuditEntry> entries;
    private List<String> entityTypes;

    @PostConstruct
    void init() {
        entries = new LazyRows<>(() -> trail.count(filter),
                (first, max) -> trail.entries(filter, first, max), AuditEntry::getId);
    }

    /** The changes of one entry as rows, in words: attribute, before, after. */
    public List<Change> changes(AuditEntry entry) {
        List<Change> rows = new ArrayList<>();
        AuditWords words = new AuditWords(formats);
        try (JsonReader reader = READERS.createReader(new StringReader(entry.getChanges()))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                JsonObject change = e.getValue().asJsonObject();
                String attribute = e.getKey();
                rows.add(new Change(words.attribute(attribute), words.value(entry.getEntityType(), attribute, text(change.get("before"))),
                        words.value(entry.getEntityType(), attribute, text(change.get("after")))));
            }
        } catch (RuntimeException truncated) {
            rows.add(new Change("", "", entry.getChanges()));
        }
        return rows;
    }

    /** What was changed, in words ("계정"), or the technical name when no word is known yet. */
    public String entityName(String entityType) {
        return new AuditWords(formats).entity(entityType);
    }

    private static String text(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? ""
                : value instanceof JsonString s ? s.getString() : value.toString();
    }

    private TableExport<AuditEntry> export() {
        return TableExport.<AuditEntry>titled(Messages.text("audit.title"))
                .column(Messages.text("audit.when"), e -> formats.dateTime(e.getOccurredAt()))
                .column(Messages.text("audit.actor"), AuditEntry::getActor)
                .column(Messages.text("audit.entityType"), e -> entityName(e.getEntityType()))
                .column(Messages.text("audit.entityId"), AuditEntry::getEntityId)
                .column(Messages.text("audit.action"), e -> Messages.text("audit.action." + e.getAction()))
                .column(Messages.text("audit.changes"), e -> changes(e).stream()
                        .map(c -> c.attribute() + ": " + c.before() + " → " + c.after()).collect(Collectors.joining("\n")))
                .build();
    }

    @Override
    public StreamedContent getXlsx() {
        return Downloads.xlsx(export(), each -> trail.forEach(filter, each), clock);
    }

    @Override
    public StreamedContent getCsv() {
        return Downloads.csv(export(), each -> trail.forEach(filter, each), clock);
    }

    public AuditFilter getFilter() {
        return filter;
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public List<String> getEntityTypes() {
        if (entityTypes == null) {
            entityTypes = trail.entityTypes();
        }
        return entityTypes;
    }

    public record Change(String attribute, String before, String after) implements Serializable {
    }
}
