package kr.go.smartfactory.aftersales.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * 접수 → 진단 → 코칭/수리 → 완료 → (rated) 종료; 반려 with a reason from any open step. Waiting on the requester is
 * not a status but a pause of the SLA clock ({@link SlaClock}).
 */
public enum AsStatus {
    RECEIVED, DIAGNOSING, TREATING, COMPLETED, CLOSED, REJECTED;

    /** The steps a handler moves a request to from this one. */
    public Set<AsStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(DIAGNOSING, TREATING, COMPLETED, REJECTED);
            case DIAGNOSING -> EnumSet.of(TREATING, COMPLETED, REJECTED);
            case TREATING -> EnumSet.of(COMPLETED, REJECTED);
            case COMPLETED, CLOSED, REJECTED -> EnumSet.noneOf(AsStatus.class);
        };
    }

    /** Still being handled: the SLA clocks run, messages are exchanged. */
    public boolean isOpen() {
        return this == RECEIVED || this == DIAGNOSING || this == TREATING;
    }
}
