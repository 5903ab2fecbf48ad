package kr.go.smartfactory.notification.infrastructure;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import kr.go.smartfactory.notification.application.MailQueued;

/** Hands a queued mail to {@link MailDelivery} once the transaction that queued it has committed. */
@ApplicationScoped
public class OutboxObserver {

    @EJB
    private MailDelivery delivery;

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        delivery.sendSoon(List.of(event.mailId()));
    }
}
