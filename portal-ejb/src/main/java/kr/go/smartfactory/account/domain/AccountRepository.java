package kr.go.smartfactory.account.domain;

import java.util.Collection;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** Accounts, companies and their tokens as the account context needs them. */
public interface AccountRepository {

    Optional<UserAccount> accountByEmail(String email);

    Optional<UserAccount> account(long id);

    boolean emailTaken(String email);

    Optional<Company> companyByRegistrationNumber(BusinessRegistrationNumber number);

    /** The companies of the given numbers, by their digits, in as few queries as the list needs. */
    Map<String, Company> companiesByRegistrationNumber(Collection<BusinessRegistrationNumber> numbers);

    Optional<Company> company(long id);

    Optional<IndustryCode> industry(String code);

    List<IndustryCode> industries();

    Optional<AccountToken> tokenByHash(String tokenHash);

    void add(Object entity);

    List<UserAccount> accounts(String emailOrName, Role role, int first, int max);

    long countAccounts(String emailOrName, Role role);
}
