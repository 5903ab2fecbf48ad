package kr.go.smartfactory.project.domain;

/** A change request: waiting for staff (요청), approved (승인) or refused (반려 — by staff, or automatically by the window). */
public enum ChangeStatus {
    REQUESTED, APPROVED, REFUSED
}
