package kr.go.smartfactory.audit.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import kr.go.smartfactory.audit.domain.AuditEntry;
import kr.go.smartfactory.audit.domain.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<AuditEntry> entries(Criteria criteria, int first, int max) {
        return query("select e from AuditEntry e", criteria, " order by e.occurredAt desc, e.id desc", AuditEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(Criteria criteria) {
        return query("select count(e) from AuditEntry e", criteria, "", Long.class).getSingleResult();
    }

    @Override
    public List<String> entityTypes() {
        return em.createQuery("select distinct e.entityType from AuditEntry e order by e.entityType", String.class).getResultList();
    }

    private <T> TypedQuery<T> query(String select, Criteria c, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (c.entityType() != null) {
            where.add("e.entityType = :type");
        }
        if (c.entityId() != null) {
            where.add("e.entityId = :id");
        }
        if (c.actor() != null) {
            where.add("lower(e.actor) like :actor");
        }
        if (c.from() != null) {
            where.add("e.occurredAt >= :from");
        }
        if (c.to() != null) {
            where.add("e.occurredAt < :to");
        }
        TypedQuery<T> q = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order, type);
        if (c.entityType() != null) {
            q.setParameter("type", c.entityType());
        }
        if (c.entityId() != null) {
            q.setParameter("id", c.entityId());
        }
        if (c.actor() != null) {
            q.setParameter("actor", "%" + c.actor().toLowerCase(Locale.ROOT) + "%");
        }
        if (c.from() != null) {
            q.setParameter("from", c.from());
        }
        if (c.to() != null) {
            q.setParameter("to", c.to());
        }
        return q;
    }
}
