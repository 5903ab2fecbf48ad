package kr.go.smartfactory.usage.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.project.application.ProjectAccess;
import kr.go.smartfactory.project.application.ProjectView;
import kr.go.smartfactory.project.domain.Project;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.usage.domain.UsageKey;
import kr.go.smartfactory.usage.domain.UsageKeyRepository;
import kr.go.smartfactory.usage.domain.UsageLogs;

/**
 * The log API keys (인증키) of the sites: a project's supplier issues one for the system it built (so does staff, for
 * any project), shown once; the issuer or staff revoke it. The SME sees its sites' keys (never the secret), the
 * supplier those it issued, staff every one — each with when its site last sent a log.
 */
@Stateless
public class UsageKeys {

    @Inject
    private UsageKeyRepository keys;

    @Inject
    private UsageLogs logs;

    @Inject
    private ProjectAccess projects;

    @Inject
    private UsageIntake intake;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** A key as its holders see it: never the secret, its first characters only. */
    public record KeyView(long id, String hint, long companyId, Long projectId, String label, int rateCapacity, long rateRefillSeconds,
            String issuedBy, Instant issuedAt, Instant revokedAt, Instant lastLogAt) {
    }

    /** A key just issued and its secret, to be shown this once. */
    public record IssuedKey(KeyView key, String secret) {
    }

    /** A key for the system built in a project: by its supplier, or by staff. The label names the system. */
    @RolesAllowed({Role.Names.SUPPLIER, Role.Names.STAFF, Role.Names.ADMIN})
    public IssuedKey issueForProject(long projectId, String label) {
        Project p = projects.find(projectId);
        ProjectView.Side side = projects.side(p);
        if (side != ProjectView.Side.SUPPLIER && side != ProjectView.Side.STAFF) {
            throw new AccessDeniedException("project " + projectId + ": only its supplier or staff issue keys");
        }
        if (side == ProjectView.Side.STAFF && !caller.account().getRoles().contains(Role.STAFF)
                && !caller.account().getRoles().contains(Role.ADMIN)) {
            throw new AccessDeniedException("auditors read keys, they do not issue them");
        }
        UsageKey.Issued issued = UsageKey.issue(p.getApplication().getCompany().getId(), p.getId(),
                p.getSupplier().getCompany().getId(), label, UsageKey.DEFAULT_RATE, caller.account().getEmail(), clock.instant());
        keys.add(issued.key());
        return new IssuedKey(view(issued.key(), null), issued.secret());
    }

    /** Revokes a key: its supplier (the one that issued it) or staff; from the next log on it is refused. */
    @RolesAllowed({Role.Names.SUPPLIER, Role.Names.STAFF, Role.Names.ADMIN})
    public void revoke(long keyId) {
        UsageKey k = mine(keyId);
        if (caller.account().getRoles().contains(Role.SUPPLIER) && !isStaff() && !k.getSupplierCompanyId().equals(myCompany())) {
            throw new AccessDeniedException("key " + keyId + " was not issued by the caller's company");
        }
        k.revoke(caller.account().getEmail(), clock.instant());
        intake.forget(k.getId(), k.getKeyHash());
    }

    /** The keys the caller may see: its company's (SME), those it issued (supplier), all (staff, auditors). */
    @RolesAllowed({Role.Names.SME, Role.Names.SUPPLIER, Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<KeyView> visible() {
        List<UsageKey> found;
        if (isStaff() || caller.account().getRoles().contains(Role.AUDITOR)) {
            found = keys.all(0, 10_000);
        } else if (caller.account().getRoles().contains(Role.SUPPLIER)) {
            found = keys.issuedBy(myCompany());
        } else {
            found = keys.ofCompany(myCompany());
        }
        Map<Long, Instant> last = logs.lastLogAt(found.stream().map(UsageKey::getId).toList());
        return found.stream().map(k -> view(k, last.get(k.getId()))).toList();
    }

    private UsageKey mine(long keyId) {
        UsageKey k = keys.key(keyId).orElseThrow(() -> new DomainException("usage.key.notFound"));
        if (isStaff()) {
            return k;
        }
        Long company = myCompany();
        if (company == null || !(company.equals(k.getCompanyId()) || company.equals(k.getSupplierCompanyId()))) {
            throw new AccessDeniedException("key " + keyId + " is not the caller's");
        }
        return k;
    }

    private boolean isStaff() {
        return caller.account().getRoles().contains(Role.STAFF) || caller.account().getRoles().contains(Role.ADMIN);
    }

    private Long myCompany() {
        return caller.account().getCompany() == null ? null : caller.account().getCompany().getId();
    }

    private static KeyView view(UsageKey k, Instant lastLogAt) {
        return new KeyView(k.getId(), k.getKeyHint(), k.getCompanyId(), k.getProjectId(), k.getLabel(), k.rate().capacity(),
                k.rate().refillEvery().toSeconds(), k.getIssuedBy(), k.getIssuedAt(), k.getRevokedAt(), lastLogAt);
    }
}
