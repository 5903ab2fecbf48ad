package kr.go.smartfactory.usage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import kr.go.smartfactory.shared.domain.DomainException;

class UsagePolicyTest {

    @ParameterizedTest(name = "idle {0}, retention {1} → {2}")
    @CsvSource(nullValues = "null", value = {
        "1,    7,    ok",
        "365,  3650, ok",
        "7,    90,   ok",
        "0,    90,   idleDays:usage.policy.idleDays.invalid",
        "366,  900,  idleDays:usage.policy.idleDays.invalid",
        "null, 90,   idleDays:usage.policy.idleDays.invalid",
        "7,    6,    retentionDays:usage.policy.retentionDays.invalid",
        "7,    3651, retentionDays:usage.policy.retentionDays.invalid",
        "7,    null, retentionDays:usage.policy.retentionDays.invalid",
        "30,   30,   retentionDays:usage.policy.retentionDays.shorterThanIdle",
        "60,   30,   retentionDays:usage.policy.retentionDays.shorterThanIdle",
        "0,    3,    idleDays:usage.policy.idleDays.invalid retentionDays:usage.policy.retentionDays.invalid",
    })
    void numbersWithinTheirBoundsAndRawLogsOutlivingTheIdleWindow(Integer idle, Integer retention, String expected) {
        UsagePolicy p = UsagePolicy.of(7, 90);
        if (expected.equals("ok")) {
            p.change(idle, retention, "admin@demo.smartfactory.kr", Instant.EPOCH);
            assertEquals(idle, p.getIdleDays());
            assertEquals(retention, p.getRetentionDays());
            assertEquals("admin@demo.smartfactory.kr", p.getUpdatedBy());
            return;
        }
        DomainException e = assertThrows(DomainException.class, () -> p.change(idle, retention, "admin@demo.smartfactory.kr", Instant.EPOCH));
        assertEquals(List.of(expected.split(" ")), e.getProblems().stream().map(x -> x.field() + ":" + x.messageKey()).toList());
        assertEquals(7, p.getIdleDays(), "a refused change changes nothing");
        assertEquals(90, p.getRetentionDays());
    }

    @Test
    void theIdleWindowEndsWithTheLastFullDayAndHasIdleDaysDays() {
        UsagePolicy p = UsagePolicy.of(7, 90);
        LocalDate through = LocalDate.of(2026, 12, 1);
        assertEquals(LocalDate.of(2026, 11, 25), p.idleSince(through), "25th to 1st is seven days");
        assertEquals(through, UsagePolicy.of(1, 90).idleSince(through), "one day: that day alone");
        assertEquals(LocalDate.of(2026, 9, 3), p.keptFrom(LocalDate.of(2026, 12, 2)), "90 days before today is kept");
    }
}
