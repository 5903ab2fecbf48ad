package kr.go.smartfactory.audit.infrastructure;

import java.lang.reflect.Field;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;

import kr.go.smartfactory.audit.domain.AuditAction;
import kr.go.smartfactory.shared.domain.NotAudited;

/**
 * Writes one {@code audit_entry} row for each insert, update and delete of a business entity, with the
 * attributes' values before and after. The row is written just before the transaction completes, on the
 * same connection, so it commits or rolls back with the change it describes. Entities and attributes marked
 * {@link NotAudited}, version counters and collection-valued attributes are left out.
 */
public class AuditEventListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final long serialVersionUID = 1L;
    private static final String INSERT = "insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, changes) values (?, ?, ?, ?, ?, ?)";
    private static final int MAX_CHANGES_LENGTH = 20000;
    /** One provider for every row: {@code Json.createObjectBuilder()} looks the provider up through ServiceLoader each time. */
    private static final JsonBuilderFactory JSON = JsonProvider.provider().createBuilderFactory(null);

    private final Map<Class<?>, Set<String>> excludedAttributes = new ConcurrentHashMap<>();
    /** The portal's clock (an application-scoped proxy), looked up once: Hibernate, not CDI, creates this listener. */
    private transient volatile Clock clock;

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (audited(event.getEntity())) {
            record(event.getSession(), event.getEntity(), event.getId(), AuditAction.CREATE, event.getPersister(),
                    null, event.getState(), null);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (audited(event.getEntity()) && event.getOldState() != null) {
            record(event.getSession(), event.getEntity(), event.getId(), AuditAction.UPDATE, event.getPersister(),
                    event.getOldState(), event.getState(), event.getDirtyProperties());
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (audited(event.getEntity())) {
            record(event.getSession(), event.getEntity(), event.getId(), AuditAction.DELETE, event.getPersister(),
                    event.getDeletedState(), null, null);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private Clock clock() {
        Clock c = clock;
        if (c == null) {
            c = CDI.current().select(Clock.class).get();
            clock = c;
        }
        return c;
    }

    private static boolean audited(Object entity) {
        return !entity.getClass().isAnnotationPresent(NotAudited.class);
    }

    private void record(EventSource session, Object entity, Object id, AuditAction action, EntityPersister persister,
            Object[] before, Object[] after, int[] dirty) {
        String[] names = persister.getPropertyNames();
        org.hibernate.type.Type[] types = persister.getPropertyTypes();
        Set<String> excluded = excludedAttributes.computeIfAbsent(entity.getClass(), AuditEventListener::excluded);
        Set<Integer> dirtyIndexes = null;
        if (dirty != null) {
            dirtyIndexes = new HashSet<>();
            for (int i : dirty) {
                dirtyIndexes.add(i);
            }
        }
        JsonObjectBuilder changes = JSON.createObjectBuilder();
        int changed = 0;
        int changedBesidesTimes = 0;
        for (int i = 0; i < names.length; i++) {
            // collections are left out: loading one while its owner is flushed (deleted) is unsafe, and
            // one-to-many children are audited as entities of their own
            if (excluded.contains(names[i]) || types[i].isCollectionType()
                    || (dirtyIndexes != null && !dirtyIndexes.contains(i))) {
                continue;
            }
            Object was = before == null ? null : before[i];
            Object is = after == null ? null : after[i];
            if (types[i] instanceof org.hibernate.type.ComponentType component) {
                // an embedded value (a registration, an amount): one change per attribute, "registration.status"
                String[] parts = component.getPropertyNames();
                for (int p = 0; p < parts.length; p++) {
                    int one = change(changes, names[i] + "." + parts[p],
                            render(session, was == null ? null : component.getPropertyValue(was, p)),
                            render(session, is == null ? null : component.getPropertyValue(is, p)));
                    changed += one;
                    changedBesidesTimes += isTime(component.getSubtypes()[p].getReturnedClass()) ? 0 : one;
                }
            } else {
                int one = change(changes, names[i], render(session, was), render(session, is));
                changed += one;
                changedBesidesTimes += isTime(types[i].getReturnedClass()) ? 0 : one;
            }
        }
        // an update that only moved a timestamp (a mail's next attempt, a reading time) is no business change
        if (action == AuditAction.UPDATE && (changed == 0 || changedBesidesTimes == 0)) {
            return;
        }
        String json = changes.build().toString();
        if (json.length() > MAX_CHANGES_LENGTH) {
            json = json.substring(0, MAX_CHANGES_LENGTH - 1) + "…";
        }
        Row row = new Row(clock().instant(), AuditActor.current(), entity.getClass().getSimpleName(), String.valueOf(id),
                action, json);
        session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) s -> write(s, row));
    }

    private static boolean isTime(Class<?> type) {
        return java.time.temporal.Temporal.class.isAssignableFrom(type);
    }

    /** Adds one attribute's change; 1 if it changed, 0 if not. */
    private static int change(JsonObjectBuilder changes, String name, String was, String is) {
        if (Objects.equals(was, is)) {
            return 0;
        }
        JsonObjectBuilder change = JSON.createObjectBuilder();
        if (was == null) {
            change.addNull("before");
        } else {
            change.add("before", was);
        }
        if (is == null) {
            change.addNull("after");
        } else {
            change.add("after", is);
        }
        changes.add(name, change);
        return 1;
    }

    private static void write(SharedSessionContractImplementor session, Row row) {
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, OffsetDateTime.ofInstant(row.occurredAt(), ZoneOffset.UTC));
                insert.setString(2, row.actor());
                insert.setString(3, row.entityType());
                insert.setString(4, row.entityId());
                insert.setString(5, row.action().name());
                insert.setString(6, row.changes());
                insert.executeUpdate();
            }
        });
    }

    private static String render(EventSource session, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof HibernateProxy proxy) {
            return proxy.getHibernateLazyInitializer().getEntityName().replaceAll(".*\\.", "") + "#"
                    + proxy.getHibernateLazyInitializer().getInternalIdentifier();
        }
        if (value.getClass().isAnnotationPresent(Entity.class)) {
            Object id = session.getContextEntityIdentifier(value);
            return value.getClass().getSimpleName() + "#" + id;
        }
        return value.toString();
    }

    private static Set<String> excluded(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(NotAudited.class) || field.isAnnotationPresent(Version.class)) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }

    private record Row(Instant occurredAt, String actor, String entityType, String entityId, AuditAction action,
            String changes) {
    }
}
