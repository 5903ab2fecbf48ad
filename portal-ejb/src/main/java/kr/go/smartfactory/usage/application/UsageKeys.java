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
import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.CompanyRepository;
import kr.go.smartfactory.project.domain.Project;
import kr.go.smartfactory.project.domain.ProjectStatus;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
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
    private UsageAccess access;

    @Inject
    private CompanyRepository companies;

    @Inject
    private kr.go.smartfactory.project.domain.ProjectRepository projectRepository;

    @Inject
    private Clock clock;

    /** A key as its holders see it: never the secret, its first characters only. */
    public record KeyView(long id, String hint, long companyId, String companyName, Long projectId, String agreementNumber, String label,
            int rateCapacity, long rateRefillSeconds, String issuedBy, Instant issuedAt, Instant revokedAt, Instant lastLogAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A key just issued and its secret, to be shown this once. */
    public record IssuedKey(KeyView key, String secret) {
    }

    /** A key for the system built in a project: by its supplier, or by staff. The label names the system. */
    @RolesAllowed({Role.Names.SUPPLIER, Role.Names.STAFF, Role.Names.ADMIN})
    public IssuedKey issueForProject(Long projectId, String label) {
        if (projectId == null) {
            DomainException.Collector problems = new DomainException.Collector();
            problems.add("project", "usage.key.project.required");
            problems.check("label", () -> UsageKey.label(label));
            problems.throwIfAny();
        }
        Project p = projects.find(projectId);
        ProjectView.Side side = projects.side(p);
        if (side != ProjectView.Side.SUPPLIER && side != ProjectView.Side.STAFF) {
            throw new AccessDeniedException("project " + projectId + ": only its supplier or staff issue keys");
        }
        if (side == ProjectView.Side.STAFF && !caller.account().getRoles().contains(Role.STAFF)
                && !caller.account().getRoles().contains(Role.ADMIN)) {
            throw new AccessDeniedException("auditors read keys, they do not issue them");
        }
        if (p.getStatus() != ProjectStatus.CONCLUDED && p.getStatus() != ProjectStatus.COMPLETED) {
            throw DomainException.onField("project", "usage.key.project.notBuilt");
        }
        UsageKey.Issued issued = UsageKey.issue(p.getApplication().getCompany().getId(), p.getId(),
                p.getSupplier().getCompany().getId(), label, UsageKey.DEFAULT_RATE, caller.account().getEmail(), clock.instant());
        keys.add(issued.key());
        return new IssuedKey(views(List.of(issued.key())).get(0), issued.secret());
    }

    /**
     * A key for a company's own system, built outside the programme's projects (staff only): the company by its business
     * registration number; every problem at once, on "registrationNumber" and "label".
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public IssuedKey issueForCompany(String registrationNumber, String label) {
        DomainException.Collector problems = new DomainException.Collector();
        Company company = problems.check("registrationNumber", () -> companies.companyByRegistrationNumber(
                BusinessRegistrationNumber.of(registrationNumber)).filter(c -> c.getKind() == CompanyKind.SME)
                .orElseThrow(() -> DomainException.onField("registrationNumber", "usage.key.company.notFound")));
        problems.check("label", () -> UsageKey.label(label));
        problems.throwIfAny();
        UsageKey.Issued issued = UsageKey.issue(company.getId(), null, null, label, UsageKey.DEFAULT_RATE, caller.account().getEmail(),
                clock.instant());
        keys.add(issued.key());
        return new IssuedKey(views(List.of(issued.key())).get(0), issued.secret());
    }

    /**
     * Staff's form: a key for a project's system (by its agreement number) or for a company's own system (by its
     * business registration number) — exactly one of the two.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public IssuedKey issueForSite(String agreementNumber, String registrationNumber, String label) {
        boolean project = agreementNumber != null && !agreementNumber.isBlank();
        boolean company = registrationNumber != null && !registrationNumber.isBlank();
        if (project == company) {
            DomainException.Collector problems = new DomainException.Collector();
            String key = project ? "usage.key.site.oneOnly" : "usage.key.site.required";
            problems.add("agreementNumber", key);
            problems.add("registrationNumber", key);
            problems.check("label", () -> UsageKey.label(label));
            problems.throwIfAny();
        }
        if (company) {
            return issueForCompany(registrationNumber, label);
        }
        Project p = projectRepository.byAgreementNumber(agreementNumber.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> DomainException.onField("agreementNumber", "usage.key.project.notFound"));
        try {
            return issueForProject(p.getId(), label);
        } catch (DomainException refused) {
            // the project's problems belong to the field staff typed its number in
            throw DomainException.of(refused.getProblems().stream().map(x -> "project".equals(x.field())
                    ? DomainException.Problem.on("agreementNumber", x.messageKey()) : x).toList());
        }
    }

    /** Revokes a key: the supplier of its project or staff; from the next log on it is refused. */
    @RolesAllowed({Role.Names.SUPPLIER, Role.Names.STAFF, Role.Names.ADMIN})
    public KeyView revoke(long keyId) {
        UsageKey k = access.manageable(keyId);
        k.revoke(access.email(), clock.instant());
        intake.forget(k.getId(), k.getKeyHash());
        return views(List.of(k)).get(0);
    }

    /** The keys of the caller's sites: its company's (SME) or those of its projects (supplier), newest first. */
    @RolesAllowed({Role.Names.SME, Role.Names.SUPPLIER, Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<KeyView> visible() {
        if (access.seesAll()) {
            return page(0, 10_000);
        }
        Long company = access.company();
        if (company == null) {
            return List.of();
        }
        return views(access.isSupplier() ? keys.issuedBy(company) : keys.ofCompany(company));
    }

    /** Every key, a page at a time, newest first (staff and auditors). */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<KeyView> page(int first, int max) {
        return views(keys.all(first, max));
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public long count() {
        return keys.count();
    }

    /** One key as its holders see it. */
    @RolesAllowed({Role.Names.SME, Role.Names.SUPPLIER, Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public KeyView key(long keyId) {
        return views(List.of(access.readable(keyId))).get(0);
    }

    private List<KeyView> views(List<UsageKey> found) {
        List<Long> ids = found.stream().map(UsageKey::getId).toList();
        Map<Long, Instant> last = logs.lastLogAt(ids);
        Map<Long, UsageKeyRepository.Site> sites = keys.sites(ids);
        return found.stream().map(k -> view(k, sites.get(k.getId()), last.get(k.getId()))).toList();
    }

    private static KeyView view(UsageKey k, UsageKeyRepository.Site site, Instant lastLogAt) {
        return new KeyView(k.getId(), k.getKeyHint(), k.getCompanyId(), site == null ? null : site.companyName(), k.getProjectId(),
                site == null ? null : site.agreementNumber(), k.getLabel(), k.rate().capacity(), k.rate().refillEvery().toSeconds(),
                k.getIssuedBy(), k.getIssuedAt(), k.getRevokedAt(), lastLogAt);
    }
}
