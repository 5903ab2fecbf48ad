package kr.go.smartfactory.disbursement.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.disbursement.domain.Deposit;
import kr.go.smartfactory.disbursement.domain.DisbursementRepository;
import kr.go.smartfactory.disbursement.domain.PaymentRequest;
import kr.go.smartfactory.disbursement.domain.PaymentStatus;
import kr.go.smartfactory.shared.domain.DomainException;

@ApplicationScoped
public class JpaDisbursementRepository implements DisbursementRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<PaymentRequest> request(long id) {
        return Optional.ofNullable(em.find(PaymentRequest.class, id));
    }

    @Override
    public List<PaymentRequest> requests(long projectId) {
        return em.createQuery("select r from PaymentRequest r where r.projectId = :p order by r.number", PaymentRequest.class)
                .setParameter("p", projectId).getResultList();
    }

    @Override
    public boolean invoiceClaimed(String issuerRegistrationNumber, String invoiceNumber) {
        return em.createQuery("select count(r) from PaymentRequest r where r.issuerRegistrationNumber = :i and r.invoiceNumber = :n "
                + "and r.status <> :rejected", Long.class).setParameter("i", issuerRegistrationNumber).setParameter("n", invoiceNumber)
                .setParameter("rejected", PaymentStatus.REJECTED).getSingleResult() > 0;
    }

    @Override
    public void add(PaymentRequest request) {
        em.persist(request);
    }

    @Override
    public List<Deposit> deposits(long projectId) {
        return em.createQuery("select d from Deposit d where d.projectId = :p order by d.depositedOn, d.id", Deposit.class)
                .setParameter("p", projectId).getResultList();
    }

    @Override
    public void add(Deposit deposit) {
        em.persist(deposit);
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            throw new DomainException("payment.decided.concurrently");
        }
    }
}
