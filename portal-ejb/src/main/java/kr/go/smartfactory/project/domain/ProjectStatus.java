package kr.go.smartfactory.project.domain;

/**
 * Where a selected project stands: its agreement drafted (협약 작성; the SME and the supplier confirm), concluded (협약
 * 체결; being built), cancelled before conclusion (the selection was withdrawn), or completed (완료: the final
 * inspection passed; the intensive after-service period runs).
 */
public enum ProjectStatus {
    DRAFTED, CONCLUDED, CANCELLED, COMPLETED
}
