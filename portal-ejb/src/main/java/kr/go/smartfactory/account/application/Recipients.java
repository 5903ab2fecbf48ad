package kr.go.smartfactory.account.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.AccountStatus;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.notification.domain.Recipient;

/** Who to notify: an account, a company's members, everyone holding a staff role — in their own languages. */
@ApplicationScoped
public class Recipients {

    @Inject
    private AccountRepository accounts;

    public static Recipient of(UserAccount account) {
        return new Recipient(account.getId(), account.getEmail(), account.getLocale());
    }

    /** The company's members that are not disabled (pending ones too: the mail may be what they wait for). */
    public List<Recipient> membersOf(long companyId) {
        return accounts.members(companyId).stream().filter(a -> a.getStatus() != AccountStatus.DISABLED)
                .map(Recipients::of).toList();
    }

    public List<Recipient> withRole(Role role) {
        return accounts.activeWithRole(role).stream().map(Recipients::of).toList();
    }
}
