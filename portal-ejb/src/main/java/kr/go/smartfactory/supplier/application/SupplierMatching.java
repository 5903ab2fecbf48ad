package kr.go.smartfactory.supplier.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyRepository;
import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Violations;
import kr.go.smartfactory.supplier.domain.BuildMatch;
import kr.go.smartfactory.supplier.domain.MatchingProfile;
import kr.go.smartfactory.supplier.domain.Speciality;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * Supplier matching for a signed-in SME (공급기업 추천): it keeps what the SME looks for and ranks suppliers by
 * how many of their verified builds match it — same industry, same region, from the SME's level to its target,
 * with a wanted solution — then by partial matches. Always the caller's own company: no method takes a
 * company or profile id. Self-declared builds never count.
 */
@Stateless
@RolesAllowed(Role.Names.SME)
public class SupplierMatching {

    public static final int MAX_RESULTS = 50;

    @Inject
    private Caller caller;

    @Inject
    private CompanyRepository companies;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    /** The SME's saved conditions, or a first guess from its company data. */
    public MatchingForm form() {
        return MatchingForm.of(current());
    }

    /** Saves the SME's conditions; saving the same again changes nothing. */
    public void save(MatchingForm form) {
        Company company = myCompany();
        DomainException.Collector problems = new DomainException.Collector();
        Set<String> refused = Violations.collect(validator, form, problems);
        IndustryCode industry = refused.contains("industry") ? null
                : problems.check("industry", () -> companies.requireIndustry(form.getIndustry(), "industry"));
        if (form.getCurrentLevel() != null && form.getTargetLevel() != null) {
            problems.check("targetLevel", () -> {
                MatchingProfile.checkLevels(form.getCurrentLevel(), form.getTargetLevel());
                return null;
            });
        }
        Map<String, Speciality> classification = suppliers.specialities();
        Set<Speciality> wanted = new LinkedHashSet<>();
        for (String code : form.getSolutions()) {
            Speciality known = classification.get(code);
            if (known != null) {
                wanted.add(known);
            }
        }
        if (wanted.size() < form.getSolutions().size()) {
            problems.add("solutions", "profile.speciality.unknown");
        }
        problems.throwIfAny();
        MatchingProfile profile = saved(company).orElseGet(() -> {
            MatchingProfile created = MatchingProfile.startingFrom(company, clock.instant());
            suppliers.add(created);
            return created;
        });
        profile.change(industry, form.getRegion(), form.getCurrentLevel(), form.getTargetLevel(), wanted, clock.instant());
    }

    /** Suppliers for the SME's conditions, best first. */
    public Recommendation recommend(int max) {
        Company company = myCompany();
        Optional<MatchingProfile> saved = saved(company);
        MatchingProfile profile = saved.orElseGet(() -> MatchingProfile.startingFrom(company, clock.instant()));
        List<SupplierMatch> items = rank(profile.criteria(), Math.min(Math.max(max, 1), MAX_RESULTS));
        return new Recommendation(MatchingForm.of(profile), saved.isPresent(), items);
    }

    /** Suppliers ranked by their verified builds' kinds of match; rows come from the database, not the index. */
    private List<SupplierMatch> rank(BuildMatch match, int max) {
        List<SupplierRepository.MatchCount> counts = suppliers.rankByMatchingBuilds(match,
                match.solutionsWithDescendants(suppliers.specialities()), max);
        // an index being rebuilt or behind cannot drop a recommended supplier
        Map<Long, SupplierHit> hits = new HashMap<>();
        suppliers.profilesWithCompany(counts.stream().map(SupplierRepository.MatchCount::supplierId).toList())
                .forEach(p -> hits.put(p.getId(), SupplierHit.of(p)));
        List<SupplierMatch> items = new ArrayList<>();
        for (SupplierRepository.MatchCount c : counts) {
            SupplierHit hit = hits.get(c.supplierId());
            if (hit != null) {
                items.add(new SupplierMatch(hit, c.counts().tier(), c.counts().count(), c.counts()));
            }
        }
        return items;
    }

    private MatchingProfile current() {
        Company company = myCompany();
        return saved(company).orElseGet(() -> MatchingProfile.startingFrom(company, clock.instant()));
    }

    private Optional<MatchingProfile> saved(Company company) {
        return suppliers.matchingProfile(company);
    }

    private Company myCompany() {
        return caller.company();
    }
}
