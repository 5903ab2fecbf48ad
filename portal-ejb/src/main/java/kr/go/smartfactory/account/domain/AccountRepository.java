package kr.go.smartfactory.account.domain;

import java.util.List;
import java.util.Optional;

/** Accounts, companies and their tokens as the account context needs them. */
public interface AccountRepository {

    Optional<UserAccount> accountByEmail(String email);

    Optional<UserAccount> account(long id);

    boolean emailTaken(String email);

    Optional<Company> companyByRegistrationNumber(BusinessRegistrationNumber number);

    Optional<Company> company(long id);

    Optional<IndustryCode> industry(String code);

    List<IndustryCode> industries();

    Optional<AccountToken> tokenByHash(String tokenHash);

    void add(Object entity);

    List<UserAccount> accounts(String emailOrName, Role role, int first, int max);

    long countAccounts(String emailOrName, Role role);
}
