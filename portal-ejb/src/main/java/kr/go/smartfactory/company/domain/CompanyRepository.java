package kr.go.smartfactory.company.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Companies and the industry code table, for every context. */
public interface CompanyRepository {

    Optional<Company> company(long id);

    Optional<Company> companyByRegistrationNumber(BusinessRegistrationNumber number);

    /** The companies of the given numbers, by their digits, in as few queries as the list needs. */
    Map<String, Company> companiesByRegistrationNumber(Collection<BusinessRegistrationNumber> numbers);

    Optional<IndustryCode> industry(String code);

    /** The industry of {@code code}, or {@link kr.go.smartfactory.shared.domain.DomainException} naming the field. */
    IndustryCode requireIndustry(String code, String field);

    List<IndustryCode> industries();

    void add(Company company);

    void remove(Company company);
}
