package kr.go.smartfactory.project.domain;

/**
 * Where a selected project stands: its agreement drafted (협약 작성; the SME and the supplier confirm), concluded (협약
 * 체결; being built), or cancelled before conclusion (the selection was withdrawn).
 */
public enum ProjectStatus {
    DRAFTED, CONCLUDED, CANCELLED
}
