package kr.go.smartfactory.account.domain;

import java.util.List;
import java.util.Optional;

/** Accounts and their one-time tokens. */
public interface AccountRepository {

    Optional<UserAccount> accountByEmail(String email);

    Optional<UserAccount> account(long id);

    /** Notes a successful sign-in without touching the account's version, so parallel sign-ins never collide. */
    void recordSignIn(long accountId, java.time.Instant at);

    boolean emailTaken(String email);

    Optional<AccountToken> tokenByHash(String tokenHash);

    void add(UserAccount account);

    void add(AccountToken token);

    void remove(UserAccount account);

    /** Deletes every token of the account (before the account itself goes). */
    void removeTokens(UserAccount account);

    /** Active accounts holding {@code role}. */
    List<UserAccount> activeWithRole(Role role);

    /** The company's member accounts, oldest first. */
    List<UserAccount> members(long companyId);

    /** Ids of tokens used or expired at {@code now}, after {@code afterId}, ascending. */
    List<Long> spentTokenIds(long afterId, java.time.Instant now, int max);

    int removeTokens(List<Long> ids);

    /** Ids of accounts still unconfirmed that signed up before {@code signedUpBefore}, after {@code afterId}, ascending. */
    List<Long> unconfirmedAccountIds(long afterId, java.time.Instant signedUpBefore, int max);

    /** Writes pending changes now (deletes in order before what depends on them goes). */
    void flush();

    List<UserAccount> accounts(String emailOrName, Role role, int first, int max);

    long countAccounts(String emailOrName, Role role);
}
