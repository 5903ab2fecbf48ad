package kr.go.smartfactory.sanction.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.sanction.domain.Sanction;
import kr.go.smartfactory.sanction.domain.SanctionRepository;

@ApplicationScoped
public class JpaSanctionRepository implements SanctionRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Sanction> sanctionsOf(BusinessRegistrationNumber registrationNumber) {
        return em.createQuery("select s from Sanction s where s.registrationNumber = :n order by s.startsOn desc, s.id desc",
                Sanction.class).setParameter("n", registrationNumber).getResultList();
    }

    @Override
    public void add(Sanction sanction) {
        em.persist(sanction);
    }
}
