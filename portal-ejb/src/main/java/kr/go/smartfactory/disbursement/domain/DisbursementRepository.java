package kr.go.smartfactory.disbursement.domain;

import java.util.List;
import java.util.Optional;

public interface DisbursementRepository {

    Optional<PaymentRequest> request(long id);

    /** The project's requests in their order. */
    List<PaymentRequest> requests(long projectId);

    /** Whether this tax invoice is claimed by a request that was not rejected (in any project). */
    boolean invoiceClaimed(String issuerRegistrationNumber, String invoiceNumber);

    void add(PaymentRequest request);

    List<Deposit> deposits(long projectId);

    void add(Deposit deposit);

    /**
     * Writes pending changes now, so that a decision that lost a race (another one committed first) is refused here with
     * {@code payment.decided.concurrently} rather than at commit.
     */
    void flush();
}
