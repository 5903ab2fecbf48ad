package kr.go.smartfactory.audit.domain;

import java.time.Instant;
import java.util.List;

/** Reading the audit trail (it is written by the persistence layer itself, in each change's transaction). */
public interface AuditRepository {

    /** Entries matching the criteria (null = any), newest first. */
    List<AuditEntry> entries(Criteria criteria, int first, int max);

    long count(Criteria criteria);

    List<String> entityTypes();

    /** Null fields match anything; {@code actor} matches a part, case-insensitively; {@code to} is exclusive. */
    record Criteria(String entityType, String entityId, String actor, Instant from, Instant to) {
    }
}
