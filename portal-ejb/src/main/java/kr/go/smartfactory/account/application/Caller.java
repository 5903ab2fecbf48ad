package kr.go.smartfactory.account.application;

import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.shared.domain.AccessDeniedException;

/**
 * The signed-in person behind the current call. The container authenticates; roles and company come from
 * the account as stored now, so a role revoked or an account disabled takes effect at once.
 */
@ApplicationScoped
public class Caller {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountRepository accounts;

    public Optional<String> email() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null || "anonymous".equals(principal.getName())
                ? Optional.empty() : Optional.of(principal.getName());
    }

    /** The caller's account while it may sign in, or empty (anonymous, disabled). */
    public Optional<UserAccount> currentAccount() {
        return email().flatMap(accounts::accountByEmail).filter(UserAccount::canSignIn);
    }

    /** The caller's active account, or {@link AccessDeniedException}. */
    public UserAccount account() {
        return email().flatMap(accounts::accountByEmail).filter(UserAccount::canSignIn)
                .orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** The company of the caller's active account, or {@link AccessDeniedException} (no company: nothing of a company's is its). */
    public kr.go.smartfactory.company.domain.Company company() {
        UserAccount me = account();
        if (me.getCompany() == null) {
            throw new AccessDeniedException("no company");
        }
        return me.getCompany();
    }

    public boolean hasAnyRole(UserAccount account, Role... roles) {
        for (Role role : roles) {
            if (account.getRoles().contains(role)) {
                return true;
            }
        }
        return false;
    }
}
