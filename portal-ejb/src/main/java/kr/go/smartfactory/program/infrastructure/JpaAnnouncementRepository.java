package kr.go.smartfactory.program.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import kr.go.smartfactory.program.domain.Announcement;
import kr.go.smartfactory.program.domain.AnnouncementFilter;
import kr.go.smartfactory.program.domain.AnnouncementPhase;
import kr.go.smartfactory.program.domain.AnnouncementRepository;
import kr.go.smartfactory.program.domain.AnnouncementStatus;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.shared.infrastructure.LikePatterns;

@ApplicationScoped
public class JpaAnnouncementRepository implements AnnouncementRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Announcement> announcement(long id) {
        return Optional.ofNullable(em.find(Announcement.class, id));
    }

    @Override
    public List<Announcement> announcements(AnnouncementFilter filter, boolean publicOnly, Instant now, int first, int max) {
        String order = switch (filter.getPhase() == null ? AnnouncementPhase.DRAFT : filter.getPhase()) {
            case OPEN -> " order by a.closesAt asc, a.id desc";
            case UPCOMING -> " order by a.opensAt asc, a.id desc";
            case CLOSED -> " order by a.closesAt desc, a.id desc";
            case DRAFT -> " order by a.opensAt desc, a.id desc";
        };
        TypedQuery<Announcement> q = em.createQuery("select a from Announcement a" + where(filter, publicOnly) + order,
                Announcement.class);
        bind(q, filter, publicOnly, now);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(AnnouncementFilter filter, boolean publicOnly, Instant now) {
        TypedQuery<Long> q = em.createQuery("select count(a) from Announcement a" + where(filter, publicOnly), Long.class);
        bind(q, filter, publicOnly, now);
        return q.getSingleResult();
    }

    private static String where(AnnouncementFilter f, boolean publicOnly) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (publicOnly) {
            w.append(" and a.status <> :draft");
        }
        if (f.getPhase() != null) {
            w.append(switch (f.getPhase()) {
                case DRAFT -> " and a.status = :draft";
                case UPCOMING -> " and a.status = :published and a.opensAt > :now";
                case OPEN -> " and a.status = :published and a.opensAt <= :now and a.closesAt > :now";
                case CLOSED -> " and (a.status = :closed or (a.status = :published and a.closesAt <= :now))";
            });
        }
        if (f.getType() != null) {
            w.append(" and a.type = :type");
        }
        if (f.getRegion() != null) {
            w.append(" and (a.regions is empty or :region member of a.regions)");
        }
        if (f.getText() != null) {
            w.append(" and lower(a.title) like :text escape '!'");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, AnnouncementFilter f, boolean publicOnly, Instant now) {
        AnnouncementPhase phase = f.getPhase();
        if (publicOnly || phase == AnnouncementPhase.DRAFT) {
            q.setParameter("draft", AnnouncementStatus.DRAFT);
        }
        if (phase == AnnouncementPhase.UPCOMING || phase == AnnouncementPhase.OPEN || phase == AnnouncementPhase.CLOSED) {
            q.setParameter("published", AnnouncementStatus.PUBLISHED);
            q.setParameter("now", now);
        }
        if (phase == AnnouncementPhase.CLOSED) {
            q.setParameter("closed", AnnouncementStatus.CLOSED);
        }
        if (f.getType() != null) {
            q.setParameter("type", f.getType());
        }
        if (f.getRegion() != null) {
            q.setParameter("region", f.getRegion());
        }
        if (f.getText() != null) {
            q.setParameter("text", LikePatterns.containing(f.getText()));
        }
    }

    @Override
    public Optional<Announcement> latestOfType(ProgramType type) {
        return em.createQuery("select a from Announcement a where a.type = :type order by a.roundYear desc, a.opensAt desc, a.id desc",
                Announcement.class).setParameter("type", type).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Announcement> deadlinesAfter(Instant since, int max) {
        return em.createQuery("select a from Announcement a where a.status <> :draft and a.closesAt > :since order by a.closesAt",
                Announcement.class).setParameter("draft", AnnouncementStatus.DRAFT).setParameter("since", since)
                .setMaxResults(max).getResultList();
    }

    @Override
    public void add(Announcement announcement) {
        em.persist(announcement);
    }

    @Override
    public void remove(Announcement announcement) {
        em.remove(announcement);
    }
}
