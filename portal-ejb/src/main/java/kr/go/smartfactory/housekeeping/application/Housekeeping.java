package kr.go.smartfactory.housekeeping.application;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.AccountPurging;
import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.AccountStatus;
import kr.go.smartfactory.account.domain.SignUpAbandoned;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyRepository;

/**
 * What the nightly housekeeping job removes, read in id order so the job can checkpoint on the last id:
 * spent or expired one-time tokens, and sign-ups never confirmed (the account, its tokens, and its company when
 * no other account belongs to it — what other contexts keep for the company goes on {@link SignUpAbandoned}).
 * Runs inside the job's chunk transaction; deleting what is already gone is a no-op, so a restarted chunk
 * does no harm.
 */
@Stateless
public class Housekeeping {

    @Inject
    private AccountRepository accounts;

    @Inject
    private CompanyRepository companies;

    @Inject
    private Event<SignUpAbandoned> abandoned;

    @Inject
    private Event<AccountPurging> purging;

    public List<Long> spentTokenIds(long afterId, Instant now, int max) {
        return accounts.spentTokenIds(afterId, now, max);
    }

    public int purgeTokens(List<Long> ids) {
        return accounts.removeTokens(ids);
    }

    public List<Long> unconfirmedAccountIds(long afterId, Instant signedUpBefore, int max) {
        return accounts.unconfirmedAccountIds(afterId, signedUpBefore, max);
    }

    /** Deletes through the entity manager so each removal is written to the audit trail. */
    public int purgeUnconfirmed(List<Long> accountIds, Instant signedUpBefore) {
        int purged = 0;
        for (Long id : accountIds) {
            UserAccount account = accounts.account(id).orElse(null);
            if (account == null || account.getStatus() != AccountStatus.PENDING_CONFIRMATION
                    || !account.getCreatedAt().isBefore(signedUpBefore)) {
                continue;
            }
            Company company = account.getCompany();
            purging.fire(new AccountPurging(id));
            accounts.removeTokens(account);
            accounts.remove(account);
            if (company != null && accounts.members(company.getId()).stream().noneMatch(a -> !a.getId().equals(id))) {
                abandoned.fire(new SignUpAbandoned(company.getId()));
                companies.remove(company);
            }
            purged++;
        }
        accounts.flush();
        return purged;
    }
}
