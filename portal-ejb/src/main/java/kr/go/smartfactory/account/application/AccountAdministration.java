package kr.go.smartfactory.account.application;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.AccountToken;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.TokenPurpose;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.account.infrastructure.PasswordHasher;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Violations;

/**
 * Administrators' account work: staff accounts (the password is chosen by the person through a mailed
 * link; the administrator never knows it), roles, disabling. Administrators cannot take away their own
 * ADMIN role or disable themselves, so the portal never loses its last way in by accident.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccountAdministration {

    public static final int MAX_PAGE = 200;
    public static final int MAX_EXPORT = 200_000;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Validator validator;

    @Inject
    private Notifications notifications;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    public long createStaffAccount(StaffAccountForm form) {
        DomainException.Collector problems = new DomainException.Collector();
        Set<String> refused = Violations.collect(validator, form, problems);
        if (!Role.STAFF_ROLES.containsAll(form.getRoles())) {
            problems.add("roles", "staff.roles.invalid");
        }
        if (!refused.contains("email") && accounts.emailTaken(form.getEmail())) {
            // only an administrator sees this, so naming the taken address reveals nothing new
            problems.add("email", "signup.email.taken");
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        // an unguessable password nobody knows until the person sets their own
        String placeholder = hasher.hash(AccountToken.randomSecret());
        UserAccount account = UserAccount.staff(form.getEmail(), placeholder, form.getName(), form.getPhone(),
                EnumSet.copyOf(form.getRoles()), now);
        accounts.add(account);
        AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.SET_PASSWORD, now);
        accounts.add(issued.token());
        notifications.mail(account.getEmail(), account.getLocale(), "setpassword",
                "/password/reset.xhtml?token=" + issued.secret(), account.getContactName(), account.getEmail());
        return account.getId();
    }

    public void changeStaffRoles(long accountId, Set<Role> staffRoles) {
        UserAccount account = accounts.account(accountId).orElseThrow(() -> new DomainException("account.notFound"));
        if (!Role.STAFF_ROLES.containsAll(staffRoles)) {
            throw new DomainException("staff.roles.invalid");
        }
        if (isSelf(account) && !staffRoles.contains(Role.ADMIN)) {
            throw new DomainException("staff.roles.selfAdmin");
        }
        if (account.getCompany() == null && staffRoles.isEmpty()) {
            throw new DomainException("staff.roles.required");
        }
        account.assignStaffRoles(staffRoles);
    }

    public void setEnabled(long accountId, boolean enabled) {
        UserAccount account = accounts.account(accountId).orElseThrow(() -> new DomainException("account.notFound"));
        if (isSelf(account) && !enabled) {
            throw new DomainException("staff.disable.self");
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
    }

    public List<AccountView> accounts(String emailOrName, Role role, int first, int max) {
        return accounts.accounts(emailOrName, role, Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE)).stream()
                .map(AccountView::of).toList();
    }

    /** Every matching account, page by page (for exports). */
    public void forEachAccount(String emailOrName, Role role, java.util.function.Consumer<? super AccountView> each) {
        kr.go.smartfactory.document.export.Paging.forEach((first, max) -> accounts(emailOrName, role, first, max), MAX_PAGE, MAX_EXPORT, each);
    }

    public long countAccounts(String emailOrName, Role role) {
        return accounts.countAccounts(emailOrName, role);
    }

    private boolean isSelf(UserAccount account) {
        return caller.email().map(account.getEmail()::equals).orElse(false);
    }
}
