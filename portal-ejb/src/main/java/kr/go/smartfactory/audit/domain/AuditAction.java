package kr.go.smartfactory.audit.domain;

public enum AuditAction {
    CREATE, UPDATE, DELETE
}
