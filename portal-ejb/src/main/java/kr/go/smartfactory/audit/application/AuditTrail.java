package kr.go.smartfactory.audit.application;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.audit.domain.AuditEntry;
import kr.go.smartfactory.shared.domain.KoreanTime;

/** Reading the audit trail, for administrators and auditors only. Dates are Korean calendar days. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    public List<AuditEntry> entries(AuditFilter filter, int first, int max) {
        return query("select e from AuditEntry e", filter, " order by e.occurredAt desc, e.id desc", AuditEntry.class)
                .setFirstResult(first).setMaxResults(Math.min(max, 500)).getResultList();
    }

    public long count(AuditFilter filter) {
        return query("select count(e) from AuditEntry e", filter, "", Long.class).getSingleResult();
    }

    public List<String> entityTypes() {
        return em.createQuery("select distinct e.entityType from AuditEntry e order by e.entityType", String.class)
                .getResultList();
    }

    private <T> TypedQuery<T> query(String select, AuditFilter f, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (has(f.getEntityType())) {
            where.add("e.entityType = :type");
        }
        if (has(f.getEntityId())) {
            where.add("e.entityId = :id");
        }
        if (has(f.getActor())) {
            where.add("lower(e.actor) like :actor");
        }
        if (f.getFrom() != null) {
            where.add("e.occurredAt >= :from");
        }
        if (f.getTo() != null) {
            where.add("e.occurredAt < :to");
        }
        TypedQuery<T> q = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order, type);
        if (has(f.getEntityType())) {
            q.setParameter("type", f.getEntityType().strip());
        }
        if (has(f.getEntityId())) {
            q.setParameter("id", f.getEntityId().strip());
        }
        if (has(f.getActor())) {
            q.setParameter("actor", "%" + f.getActor().strip().toLowerCase() + "%");
        }
        if (f.getFrom() != null) {
            q.setParameter("from", f.getFrom().atStartOfDay(KoreanTime.ZONE).toInstant());
        }
        if (f.getTo() != null) {
            q.setParameter("to", f.getTo().plusDays(1).atStartOfDay(KoreanTime.ZONE).toInstant());
        }
        return q;
    }

    private static boolean has(String s) {
        return s != null && !s.isBlank();
    }
}
