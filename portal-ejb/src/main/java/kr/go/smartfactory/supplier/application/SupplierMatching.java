package kr.go.smartfactory.supplier.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Validator;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.Company;
import kr.go.smartfactory.account.domain.IndustryCode;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Violations;
import kr.go.smartfactory.supplier.domain.BuildMatch;
import kr.go.smartfactory.supplier.domain.HistoryKind;
import kr.go.smartfactory.supplier.domain.MatchingProfile;
import kr.go.smartfactory.supplier.domain.Speciality;
import kr.go.smartfactory.supplier.domain.SupplierProfile;
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
    private AccountRepository accounts;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** The SME's saved conditions, or a first guess from its company data. */
    public MatchingForm form() {
        return MatchingForm.of(current());
    }

    /** Saves the SME's conditions; saving the same again changes nothing. */
    public void save(MatchingForm form) {
        Violations.check(validator, form);
        Company company = myCompany();
        IndustryCode industry = accounts.industry(form.getIndustry()).orElseThrow(() -> new DomainException("signup.industry.unknown"));
        Map<String, Speciality> classification = suppliers.specialities();
        Set<Speciality> wanted = new LinkedHashSet<>();
        for (String code : form.getSolutions()) {
            wanted.add(Optional.ofNullable(classification.get(code)).orElseThrow(() -> new DomainException("profile.speciality.unknown")));
        }
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

    /**
     * Counts, per supplier, its verified builds by kind of match in one grouped query over the verified
     * histories, and orders suppliers by those counts, best kind first.
     */
    private List<SupplierMatch> rank(BuildMatch match, int max) {
        Set<String> solutions = match.solutionsWithDescendants(suppliers.specialities());
        String solution = solutions.isEmpty() ? "1 = 1"
                : "exists (select 1 from build_history_solution s where s.history_id = h.id and s.speciality_code in (:solutions))";
        String industry = "h.client_industry = :industry";
        String level = "h.level_before in (:before) and h.level_after in (:after)";
        String all = industry + " and " + level + " and " + solution;
        Query query = em.createNativeQuery("select h.supplier_id,"
                + " sum(case when " + all + " and h.client_region = :region then 1 else 0 end) as region_all,"
                + " sum(case when " + all + " then 1 else 0 end) as all_but_region,"
                + " sum(case when " + industry + " and " + solution + " then 1 else 0 end) as industry_solution,"
                + " sum(case when " + industry + " then 1 else 0 end) as industry_only,"
                + " sum(case when " + solution + " then 1 else 0 end) as solution_only,"
                + " count(*) as verified"
                + " from build_history h where h.kind = :verified"
                + " group by h.supplier_id"
                + " having sum(case when " + industry + " or " + solution + " then 1 else 0 end) > 0"
                + " order by region_all desc, all_but_region desc, industry_solution desc, industry_only desc,"
                + " solution_only desc, verified desc, h.supplier_id")
                .setParameter("industry", match.industry())
                .setParameter("region", match.region().name())
                .setParameter("before", match.levelsBefore().stream().map(Enum::name).toList())
                .setParameter("after", match.levelsAfter().stream().map(Enum::name).toList())
                .setParameter("verified", HistoryKind.VERIFIED.name())
                .setMaxResults(max);
        if (!solutions.isEmpty()) {
            query.setParameter("solutions", solutions);
        }
        List<?> rows = query.getResultList();
        List<Long> ids = new ArrayList<>();
        for (Object row : rows) {
            ids.add(((Number) ((Object[]) row)[0]).longValue());
        }
        // the rows from the database, the source of the counts: an index being rebuilt or behind cannot drop them
        Map<Long, SupplierHit> hits = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select p from SupplierProfile p join fetch p.company where p.id in :ids", SupplierProfile.class)
                    .setParameter("ids", ids).getResultList().forEach(p -> hits.put(p.getId(), SupplierHit.of(p)));
        }
        List<SupplierMatch> items = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            SupplierHit hit = hits.get(((Number) r[0]).longValue());
            if (hit == null) {
                continue; // removed since
            }
            BuildMatch.Counts counts = new BuildMatch.Counts(number(r[1]), number(r[2]), number(r[3]), number(r[4]),
                    number(r[5]), number(r[6]));
            items.add(new SupplierMatch(hit, counts.tier(), counts.count(), counts));
        }
        return items;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private MatchingProfile current() {
        Company company = myCompany();
        return saved(company).orElseGet(() -> MatchingProfile.startingFrom(company, clock.instant()));
    }

    private Optional<MatchingProfile> saved(Company company) {
        return em.createQuery("select m from MatchingProfile m where m.company = :c", MatchingProfile.class)
                .setParameter("c", company).getResultStream().findFirst();
    }

    private Company myCompany() {
        UserAccount me = caller.account();
        if (me.getCompany() == null) {
            throw new AccessDeniedException("no company");
        }
        return me.getCompany();
    }
}
