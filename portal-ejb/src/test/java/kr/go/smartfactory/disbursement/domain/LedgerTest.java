package kr.go.smartfactory.disbursement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Money;

class LedgerTest {

    static final LocalDate START = LocalDate.of(2026, 4, 1);
    static final LocalDate END = LocalDate.of(2026, 11, 30);

    static Ledger ledger() {
        Map<String, Money> agreed = new LinkedHashMap<>();
        agreed.put("SW", Money.won(70_000_000));
        agreed.put("HW", Money.won(18_000_000));
        agreed.put("CONSULTING", Money.won(12_000_000));
        return new Ledger(agreed, START, END);
    }

    @ParameterizedTest(name = "{0} won on SW dated {1}: {2}")
    @CsvSource({
            "70000000, 2026-04-01, OK",                            // the whole line on the first day
            "70000001, 2026-06-01, ledger.amount.aboveLine",
            "1, 2026-11-30, OK",                                   // the last day
            "1, 2026-03-31, ledger.date.outsideAgreement",
            "1, 2026-12-01, ledger.date.outsideAgreement",
            "0, 2026-06-01, ledger.amount.positive",
            "-5, 2026-06-01, ledger.amount.positive"})
    void aRequestAtTheEdges(long won, LocalDate date, String outcome) {
        Ledger l = ledger();
        if ("OK".equals(outcome)) {
            l.request("SW", Money.won(won), date);
            assertEquals(Money.won(70_000_000 - won), l.remaining("SW"));
        } else {
            DomainException refused = assertThrows(DomainException.class, () -> l.request("SW", Money.won(won), date));
            assertEquals(List.of(outcome), refused.getMessageKeys());
            assertTrue(l.requests().isEmpty(), "nothing changed");
        }
    }

    @Test
    void pendingRequestsCountAgainstTheLineAndARejectionGivesItBack() {
        Ledger l = ledger();
        l.request("HW", Money.won(10_000_000), START.plusDays(10));
        assertThrows(DomainException.class, () -> l.request("HW", Money.won(8_000_001), START.plusDays(11)));
        l.request("HW", Money.won(8_000_000), START.plusDays(11));
        assertEquals(Money.ZERO, l.remaining("HW"));
        assertEquals(List.of("ledger.reject.reason"), assertThrows(DomainException.class, () -> l.reject(1, " ")).getMessageKeys());
        l.reject(1, "세금계산서 공급가액 불일치");
        assertEquals(Money.won(10_000_000), l.remaining("HW"));
        assertEquals(List.of("ledger.request.decided"), assertThrows(DomainException.class, () -> l.approve(1)).getMessageKeys());
    }

    /**
     * Property: whatever sequence of requests, approvals and rejections is tried (valid or not), after every step
     * agreed = paid + pending + remaining per line and in total, no line is paid or requested above its amount, and a
     * refused step changes nothing.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    void theLedgerAlwaysReconcilesToTheWon(long seed) {
        Random random = new Random(seed);
        Ledger l = ledger();
        List<String> lines = List.of("SW", "HW", "CONSULTING", "NO-SUCH-LINE");
        for (int step = 0; step < 400; step++) {
            int before = l.requests().size();
            Money paidBefore = l.paidTotal();
            Money pendingBefore = l.pendingTotal();
            boolean refused = false;
            try {
                switch (random.nextInt(3)) {
                    case 0 -> l.request(lines.get(random.nextInt(lines.size())), Money.won(random.nextInt(25_000_000) - 1_000_000L),
                            START.plusDays(random.nextInt(260) - 20));
                    case 1 -> l.approve(1 + random.nextInt(Math.max(1, l.requests().size() + 1)));
                    default -> l.reject(1 + random.nextInt(Math.max(1, l.requests().size() + 1)), random.nextBoolean() ? "사유" : "");
                }
            } catch (DomainException expected) {
                refused = true;
            }
            if (refused) {
                assertEquals(before, l.requests().size());
                assertEquals(paidBefore, l.paidTotal());
                assertEquals(pendingBefore, l.pendingTotal());
            }
            for (String line : l.lines()) {
                assertEquals(l.agreed(line), l.paid(line).plus(l.pending(line)).plus(l.remaining(line)), line);
                assertFalse(l.remaining(line).isNegative(), line + " never requested above its amount");
            }
            assertEquals(l.agreedTotal(), l.paidTotal().plus(l.pendingTotal()).plus(l.remainingTotal()));
            assertTrue(l.requests().stream().allMatch(r -> !r.invoiceDate().isBefore(START) && !r.invoiceDate().isAfter(END)));
        }
        assertFalse(l.requests().isEmpty(), "the sequence did something");
    }
}
