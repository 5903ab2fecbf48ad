package kr.go.smartfactory.project.domain;

/** 협약 변경의 종류 (PRODUCT.md C5 step 4). */
public enum ChangeKind {
    /** 인력. */
    PERSONNEL,
    /** H/W·S/W. */
    EQUIPMENT,
    /** 일정. */
    SCHEDULE,
    /** 범위. */
    SCOPE,
    /** 기타. */
    OTHER
}
