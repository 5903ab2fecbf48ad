package kr.go.smartfactory.company.infrastructure;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyRepository;
import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.infrastructure.InLists;

@ApplicationScoped
public class JpaCompanyRepository implements CompanyRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Company> company(long id) {
        return Optional.ofNullable(em.find(Company.class, id));
    }

    @Override
    public Optional<Company> companyByRegistrationNumber(BusinessRegistrationNumber number) {
        return em.createQuery("select c from Company c where c.registrationNumber = :number", Company.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    @Override
    public Map<String, Company> companiesByRegistrationNumber(Collection<BusinessRegistrationNumber> numbers) {
        Map<String, Company> found = new HashMap<>();
        List<String> digits = numbers.stream().map(BusinessRegistrationNumber::digits).distinct().toList();
        InLists.chunks(digits).forEach(chunk -> em.createQuery(
                "select c from Company c where c.registrationNumber.digits in :digits", Company.class)
                .setParameter("digits", chunk).getResultList()
                .forEach(c -> found.put(c.getRegistrationNumber().digits(), c)));
        return found;
    }

    @Override
    public Optional<IndustryCode> industry(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(IndustryCode.class, code));
    }

    @Override
    public IndustryCode requireIndustry(String code, String field) {
        return industry(code).orElseThrow(() -> DomainException.onField(field, "company.industry.unknown"));
    }

    @Override
    public List<IndustryCode> industries() {
        return em.createQuery("select i from IndustryCode i order by i.sortOrder, i.code", IndustryCode.class).getResultList();
    }

    @Override
    public void add(Company company) {
        em.persist(company);
    }

    @Override
    public void remove(Company company) {
        em.remove(company);
    }
}
