package kr.go.smartfactory.disbursement.domain;

/** A payment request: waiting (검토 중), approved (지급 승인) or rejected (반려). */
public enum PaymentStatus {
    PENDING, APPROVED, REJECTED;

    public Ledger.State state() {
        return Ledger.State.valueOf(name());
    }
}
