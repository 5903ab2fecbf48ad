package kr.go.smartfactory.calendar.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.calendar.domain.Holiday;
import kr.go.smartfactory.calendar.domain.HolidayRepository;

@ApplicationScoped
public class JpaHolidayRepository implements HolidayRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Holiday> all() {
        return em.createQuery("select h from Holiday h order by h.date", Holiday.class).getResultList();
    }

    @Override
    public List<Holiday> inYear(int year) {
        return em.createQuery("select h from Holiday h where h.date >= :from and h.date < :to order by h.date", Holiday.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1)).getResultList();
    }

    @Override
    public Optional<Holiday> on(LocalDate date) {
        return Optional.ofNullable(em.find(Holiday.class, date));
    }

    @Override
    public void add(Holiday holiday) {
        em.persist(holiday);
    }

    @Override
    public void remove(Holiday holiday) {
        em.remove(holiday);
    }
}
