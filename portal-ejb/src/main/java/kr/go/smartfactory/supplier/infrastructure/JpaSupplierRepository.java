package kr.go.smartfactory.supplier.infrastructure;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.account.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.supplier.domain.BuildHistory;
import kr.go.smartfactory.supplier.domain.Speciality;
import kr.go.smartfactory.supplier.domain.SupplierProfile;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

@ApplicationScoped
public class JpaSupplierRepository implements SupplierRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<SupplierProfile> profile(long id) {
        return Optional.ofNullable(em.find(SupplierProfile.class, id));
    }

    @Override
    public Optional<SupplierProfile> profileOfCompany(long companyId) {
        return em.createQuery("select p from SupplierProfile p where p.company.id = :c", SupplierProfile.class)
                .setParameter("c", companyId).getResultStream().findFirst();
    }

    @Override
    public Optional<SupplierProfile> profileByRegistrationNumber(BusinessRegistrationNumber number) {
        return em.createQuery("select p from SupplierProfile p join fetch p.company where p.company.registrationNumber = :n", SupplierProfile.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public Map<String, SupplierProfile> profilesByRegistrationNumber(Collection<BusinessRegistrationNumber> numbers) {
        Map<String, SupplierProfile> found = new HashMap<>();
        List<String> digits = numbers.stream().map(BusinessRegistrationNumber::digits).distinct().toList();
        for (int from = 0; from < digits.size(); from += 1000) {
            em.createQuery("select p from SupplierProfile p join fetch p.company where p.company.registrationNumber.digits in :digits",
                    SupplierProfile.class)
                    .setParameter("digits", digits.subList(from, Math.min(digits.size(), from + 1000)))
                    .getResultList().forEach(p -> found.put(p.getCompany().getRegistrationNumber().digits(), p));
        }
        return found;
    }

    @Override
    public Optional<BuildHistory> history(long supplierId, String legacyRef) {
        return em.createQuery("select h from BuildHistory h where h.supplier.id = :s and h.legacyRef = :r", BuildHistory.class)
                .setParameter("s", supplierId).setParameter("r", legacyRef).getResultStream().findFirst();
    }

    @Override
    public Optional<BuildHistory> history(long id) {
        return Optional.ofNullable(em.find(BuildHistory.class, id));
    }

    @Override
    public Map<String, Speciality> specialities() {
        Map<String, Speciality> byCode = new LinkedHashMap<>();
        em.createQuery("select s from Speciality s order by s.sortOrder, s.code", Speciality.class)
                .setHint("org.hibernate.cacheable", true).getResultList().forEach(s -> byCode.put(s.getCode(), s));
        return byCode;
    }

    @Override
    public void add(Object entity) {
        em.persist(entity);
    }
}
