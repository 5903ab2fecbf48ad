package kr.go.smartfactory.project.domain;

/** 중간점검 (interim) and 최종점검 (final, which records the level reached and lets the project close). */
public enum InspectionKind {
    INTERIM, FINAL
}
