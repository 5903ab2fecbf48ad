package kr.go.smartfactory.usage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.usage.domain.UsageKey;
import kr.go.smartfactory.usage.domain.UsageKeyRepository;

/**
 * Who may see or manage a site's key and usage: its SME (see), the supplier of its project (see, revoke), staff (all),
 * auditors (see all). Anyone else is refused as if the key did not concern them.
 */
@ApplicationScoped
public class UsageAccess {

    @Inject
    private UsageKeyRepository keys;

    @Inject
    private Caller caller;

    /** A key the caller may see. */
    public UsageKey readable(long keyId) {
        UsageKey k = keys.key(keyId).orElseThrow(() -> new DomainException("usage.key.notFound"));
        if (seesAll()) {
            return k;
        }
        Long company = company();
        if (company == null || !(company.equals(k.getCompanyId()) || company.equals(k.getSupplierCompanyId()))) {
            throw new AccessDeniedException("key " + keyId + " is not the caller's");
        }
        return k;
    }

    /** A key the caller may revoke: staff any, a supplier those of its projects (not a company's own system's). */
    public UsageKey manageable(long keyId) {
        UsageKey k = readable(keyId);
        if (acts()) {
            return k;
        }
        if (!caller.account().getRoles().contains(Role.SUPPLIER) || !java.util.Objects.equals(k.getSupplierCompanyId(), company())) {
            throw new AccessDeniedException("key " + keyId + " is not managed by the caller");
        }
        return k;
    }

    /** Staff and administrators, who act on every site. */
    public boolean acts() {
        UserAccount me = caller.account();
        return me.getRoles().contains(Role.STAFF) || me.getRoles().contains(Role.ADMIN);
    }

    /** Staff, administrators and auditors, who see every site. */
    public boolean seesAll() {
        return acts() || caller.account().getRoles().contains(Role.AUDITOR);
    }

    public boolean isSupplier() {
        return caller.account().getRoles().contains(Role.SUPPLIER);
    }

    /** The caller's company, if it has one. */
    public Long company() {
        UserAccount me = caller.account();
        return me.getCompany() == null ? null : me.getCompany().getId();
    }

    public String email() {
        return caller.account().getEmail();
    }
}
