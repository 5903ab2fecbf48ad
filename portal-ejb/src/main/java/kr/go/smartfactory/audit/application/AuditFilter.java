package kr.go.smartfactory.audit.application;

import java.io.Serializable;
import java.time.LocalDate;

/** What an administrator or auditor narrows the audit trail by; every field optional. */
public class AuditFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String entityType;
    private String entityId;
    private String actor;
    private LocalDate from;
    private LocalDate to;

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
