package kr.go.smartfactory.usage.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * One site's use on one Korea-time day: requests submitted (accepted and refused), logs accepted, distinct users, the
 * accepted logs by 사용구분, and the data quantity they reported. Built nightly (usage_daily); today's is counted live.
 */
public record DailyUse(long keyId, LocalDate day, long submitted, long accepted, int users, Map<UseKind, Long> byKind, long quantity) {

    public DailyUse {
        byKind = Map.copyOf(byKind);
    }

    /** A day without anything. */
    public static DailyUse none(long keyId, LocalDate day) {
        return new DailyUse(keyId, day, 0, 0, 0, new EnumMap<>(UseKind.class), 0);
    }

    public long refused() {
        return submitted - accepted;
    }

    public long of(UseKind kind) {
        return byKind.getOrDefault(kind, 0L);
    }
}
