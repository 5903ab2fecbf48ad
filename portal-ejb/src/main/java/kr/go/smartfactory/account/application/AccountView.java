package kr.go.smartfactory.account.application;

import java.time.Instant;
import java.util.Set;

import kr.go.smartfactory.account.domain.AccountStatus;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;

/** An account as pages and the REST API show it (never the password hash). */
public record AccountView(long id, String email, String contactName, String phone, Set<Role> roles,
        AccountStatus status, Long companyId, String companyName, String locale, Instant createdAt,
        Instant lastSignInAt) {

    public static AccountView of(UserAccount a) {
        return new AccountView(a.getId(), a.getEmail(), a.getContactName(), a.getPhone(), Set.copyOf(a.getRoles()),
                a.getStatus(), a.getCompany() == null ? null : a.getCompany().getId(),
                a.getCompany() == null ? null : a.getCompany().getName(), a.getLocale().getLanguage(),
                a.getCreatedAt(), a.getLastSignInAt());
    }
}
