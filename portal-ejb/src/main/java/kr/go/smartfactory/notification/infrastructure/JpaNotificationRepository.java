package kr.go.smartfactory.notification.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.notification.domain.Notification;
import kr.go.smartfactory.notification.domain.NotificationRepository;
import kr.go.smartfactory.notification.domain.OutboxMail;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }

    @Override
    public void add(OutboxMail mail) {
        em.persist(mail);
    }

    @Override
    public long unread(String recipientEmail) {
        return em.createQuery("select count(n) from Notification n where n.recipientEmail = :e and n.readAt is null", Long.class)
                .setParameter("e", recipientEmail).getSingleResult();
    }

    @Override
    public List<Notification> inbox(String recipientEmail, int first, int max) {
        return em.createQuery("select n from Notification n where n.recipientEmail = :e order by n.createdAt desc, n.id desc",
                Notification.class).setParameter("e", recipientEmail).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(String recipientEmail) {
        return em.createQuery("select count(n) from Notification n where n.recipientEmail = :e", Long.class)
                .setParameter("e", recipientEmail).getSingleResult();
    }

    @Override
    public Optional<Notification> notification(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public int markAllRead(String recipientEmail, Instant now) {
        return em.createQuery("update Notification n set n.readAt = :now, n.version = n.version + 1"
                        + " where n.recipientEmail = :e and n.readAt is null")
                .setParameter("now", now).setParameter("e", recipientEmail).executeUpdate();
    }

    @Override
    public Optional<OutboxMail> mail(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    @Override
    public List<Long> dueMails(Instant now, int max) {
        return em.createQuery("select m.id from OutboxMail m where m.status = :pending and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id",
                Long.class).setParameter("pending", OutboxMail.Status.PENDING).setParameter("now", now).setMaxResults(max).getResultList();
    }

    @Override
    public boolean claim(long mailId, Instant now, Instant leaseUntil) {
        return em.createQuery("update OutboxMail m set m.nextAttemptAt = :lease, m.version = m.version + 1"
                        + " where m.id = :id and m.status = :pending and m.nextAttemptAt <= :now")
                .setParameter("lease", leaseUntil).setParameter("id", mailId).setParameter("pending", OutboxMail.Status.PENDING)
                .setParameter("now", now).executeUpdate() == 1;
    }
}
