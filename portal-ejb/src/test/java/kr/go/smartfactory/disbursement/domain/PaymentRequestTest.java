package kr.go.smartfactory.disbursement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Money;

/** A tax invoice's own data, a request decided once, a ledger rebuilt from stored requests, deposits within what is due. */
class PaymentRequestTest {

    static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
    static final LocalDate START = LocalDate.of(2026, 12, 15);
    static final LocalDate END = LocalDate.of(2027, 6, 14);
    static final String SUPPLIER = "220881234" + BusinessRegistrationNumber.checkDigit("220881234");

    static Ledger ledger() {
        return new Ledger(Map.of("1", Money.won(60_000_000)), START, END);
    }

    static List<String> keys(Runnable r) {
        return assertThrows(DomainException.class, r::run).getMessageKeys();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "20261130-41000012-12345678|202611304100001212345678",
        "202611304100001212345678|202611304100001212345678",
        "' 20261130 41000012 12345678 '|202611304100001212345678",
        "20261130-41000012-1234567|",
        "20261130-41000012-123456789|",
        "2026113O-41000012-12345678|",
        "''|"})
    void theApprovalNumberIsTwentyFourDigits(String typed, String stored) {
        if (stored == null) {
            assertEquals(List.of("payment.invoice.number"), keys(() -> PaymentRequest.invoiceNumber(typed)));
        } else {
            assertEquals(stored, PaymentRequest.invoiceNumber(typed));
        }
    }

    @Test
    void everyProblemOfTheInvoiceAtOnceAndTheIssuerByItsNumber() {
        DomainException e = assertThrows(DomainException.class, () -> PaymentRequest.checkInvoice("12", "123-45-6789"));
        assertEquals(List.of("invoiceNumber", "issuer"), e.getProblems().stream().map(DomainException.Problem::field).toList());
        PaymentRequest r = PaymentRequest.of(7, ledger().request("1", Money.won(1_000), START), "20261215-41000012-12345678",
                SUPPLIER.substring(0, 3) + "-" + SUPPLIER.substring(3, 5) + "-" + SUPPLIER.substring(5), "supplier", NOW);
        assertEquals(SUPPLIER, r.getIssuerRegistrationNumber());
        assertEquals("20261215-41000012-12345678", r.getInvoiceNumberFormatted());
        assertEquals(1, r.getLineNo());
        assertEquals(PaymentStatus.PENDING, r.getStatus());
    }

    @Test
    void aRequestIsDecidedOnceAndARejectionNeedsItsReason() {
        PaymentRequest r = PaymentRequest.of(7, ledger().request("1", Money.won(1_000), START), "202612154100001212345678", SUPPLIER,
                "supplier", NOW);
        assertEquals(List.of("ledger.reject.reason"), keys(() -> r.reject("staff", " ", NOW)));
        assertEquals(PaymentStatus.PENDING, r.getStatus());
        r.approve("staff", NOW);
        assertEquals(List.of("ledger.request.decided"), keys(() -> r.approve("staff2", NOW)));
        assertEquals(List.of("ledger.request.decided"), keys(() -> r.reject("staff2", "늦은 반려", NOW)));
        assertEquals("staff", r.getDecidedBy());
    }

    @Test
    void aRebuiltLedgerCountsStoredRequestsAsTheyStandAndChecksOnlyTheNewOne() {
        Ledger l = ledger();
        l.restore("1", Money.won(40_000_000), START.minusDays(1), Ledger.State.APPROVED);
        l.restore("1", Money.won(15_000_000), START, Ledger.State.PENDING);
        l.restore("1", Money.won(30_000_000), START, Ledger.State.REJECTED);
        assertEquals(Money.won(5_000_000), l.remaining("1"));
        assertEquals(List.of("ledger.amount.aboveLine"), keys(() -> l.request("1", Money.won(5_000_001), START)));
        assertEquals(4, l.request("1", Money.won(5_000_000), END).number());
        assertEquals(Money.ZERO, l.remaining("1"));
        assertEquals(l.agreedTotal(), l.paidTotal().plus(l.pendingTotal()).plus(l.remainingTotal()));
    }

    @ParameterizedTest(name = "{0} won on {1} with {2} due: {3}")
    @CsvSource({
        "30000000,2026-12-01,30000000,",
        "30000001,2026-12-01,30000000,deposit.aboveDue",
        "0,2026-12-01,30000000,ledger.amount.positive",
        "-1,2026-12-01,30000000,ledger.amount.positive",
        "1000,2026-12-02,30000000,deposit.date"})
    void aDepositIsWithinWhatIsDueAndNotInTheFuture(long amount, LocalDate on, long due, String refusal) {
        LocalDate today = LocalDate.of(2026, 12, 1);
        Runnable record = () -> Deposit.record(7, Money.won(amount), Money.won(due), on, today, "(주)한빛정밀", SUPPLIER, "IBK기업은행", "sme", NOW);
        if (refusal == null) {
            record.run();
        } else {
            assertEquals(List.of(refusal), keys(record));
        }
    }
}
