package kr.go.smartfactory.shared.domain;

/**
 * 구축시스템 스마트화 수준: the level of a factory's smart systems, from no ICT to advanced. Applications,
 * assessments, build histories and the audit compare levels by this order.
 */
public enum SmartLevel {
    NONE, BASIC, INTERMEDIATE_1, INTERMEDIATE_2, ADVANCED;

    public boolean isAbove(SmartLevel other) {
        return compareTo(other) > 0;
    }
}
