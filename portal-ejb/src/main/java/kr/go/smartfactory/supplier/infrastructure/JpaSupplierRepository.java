package kr.go.smartfactory.supplier.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.hibernate.search.mapper.orm.Search;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.shared.infrastructure.InLists;
import kr.go.smartfactory.supplier.domain.BuildHistory;
import kr.go.smartfactory.supplier.domain.BuildMatch;
import kr.go.smartfactory.supplier.domain.HistoryKind;
import kr.go.smartfactory.supplier.domain.MatchingProfile;
import kr.go.smartfactory.supplier.domain.RegistrationStatus;
import kr.go.smartfactory.supplier.domain.RegistryChangeRequest;
import kr.go.smartfactory.supplier.domain.Speciality;
import kr.go.smartfactory.supplier.domain.SupplierLogo;
import kr.go.smartfactory.supplier.domain.SupplierProfile;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

@ApplicationScoped
public class JpaSupplierRepository implements SupplierRepository {

    /** The tables that refer to a speciality by its code. */
    private static final List<String> SPECIALITY_REFERENCES =
            List.of("supplier_speciality", "supplier_solution", "build_history_solution", "matching_profile_solution");

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean anyRated() {
        return !em.createQuery("select p.id from SupplierProfile p where p.rating is not null", Long.class).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Optional<SupplierProfile> profile(long id) {
        return Optional.ofNullable(em.find(SupplierProfile.class, id));
    }

    @Override
    public Optional<SupplierProfile> profileOfCompany(long companyId) {
        return em.createQuery("select p from SupplierProfile p where p.company.id = :c", SupplierProfile.class)
                .setParameter("c", companyId).getResultStream().findFirst();
    }

    @Override
    public Optional<SupplierProfile> profileByRegistrationNumber(BusinessRegistrationNumber number) {
        return em.createQuery("select p from SupplierProfile p join fetch p.company where p.company.registrationNumber = :n", SupplierProfile.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public Map<String, SupplierProfile> profilesByRegistrationNumber(Collection<BusinessRegistrationNumber> numbers) {
        Map<String, SupplierProfile> found = new HashMap<>();
        List<String> digits = numbers.stream().map(BusinessRegistrationNumber::digits).distinct().toList();
        InLists.chunks(digits).forEach(chunk -> em.createQuery(
                "select p from SupplierProfile p join fetch p.company where p.company.registrationNumber.digits in :digits",
                SupplierProfile.class).setParameter("digits", chunk).getResultList()
                .forEach(p -> found.put(p.getCompany().getRegistrationNumber().digits(), p)));
        return found;
    }

    @Override
    public List<SupplierProfile> profilesWithCompany(Collection<Long> ids) {
        List<SupplierProfile> profiles = new ArrayList<>();
        InLists.chunks(List.copyOf(ids)).forEach(chunk -> profiles.addAll(em.createQuery(
                "select p from SupplierProfile p join fetch p.company where p.id in :ids", SupplierProfile.class)
                .setParameter("ids", chunk).getResultList()));
        return profiles;
    }

    @Override
    public List<Long> profileIds(long afterId, int max) {
        return em.createQuery("select p.id from SupplierProfile p where p.id > :after order by p.id", Long.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    @Override
    public List<SupplierProfile> registrations(RegistrationStatus status, String text, int first, int max) {
        return registrationQuery("select p from SupplierProfile p join fetch p.company", status, text,
                " order by case when p.registration.status = :submitted then 0 else 1 end, p.registration.submittedAt, p.company.name, p.id",
                SupplierProfile.class).setParameter("submitted", RegistrationStatus.SUBMITTED)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countRegistrations(RegistrationStatus status, String text) {
        return registrationQuery("select count(p) from SupplierProfile p", status, text, "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> registrationQuery(String select, RegistrationStatus status, String text, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (status != null) {
            where.add("p.registration.status = :status");
        }
        String digits = text == null ? "" : text.replaceAll("[\\s-]", "");
        if (text != null) {
            where.add(digits.matches("\\d+") ? "p.company.registrationNumber.digits like :digits" : "lower(p.company.name) like :name");
        }
        TypedQuery<T> query = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order, type);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (text != null) {
            if (digits.matches("\\d+")) {
                query.setParameter("digits", digits + "%");
            } else {
                query.setParameter("name", "%" + text.toLowerCase(java.util.Locale.ROOT) + "%");
            }
        }
        return query;
    }

    @Override
    public List<SupplierProfile> profilesOffering(String code) {
        return em.createQuery("select p from SupplierProfile p join p.specialities s where s.code = :code", SupplierProfile.class)
                .setParameter("code", code).getResultList();
    }

    @Override
    public Optional<BuildHistory> history(long supplierId, String legacyRef) {
        return em.createQuery("select h from BuildHistory h where h.supplier.id = :s and h.legacyRef = :r", BuildHistory.class)
                .setParameter("s", supplierId).setParameter("r", legacyRef).getResultStream().findFirst();
    }

    @Override
    public Optional<BuildHistory> history(long id) {
        return Optional.ofNullable(em.find(BuildHistory.class, id));
    }

    @Override
    public Map<String, BuildHistory> importedHistories(Collection<Long> supplierIds) {
        Map<String, BuildHistory> found = new HashMap<>();
        InLists.chunks(List.copyOf(supplierIds)).forEach(chunk -> em.createQuery(
                "select h from BuildHistory h where h.supplier.id in :ids and h.legacyRef is not null", BuildHistory.class)
                .setParameter("ids", chunk).getResultList()
                .forEach(h -> found.put(h.getSupplier().getId() + "|" + h.getLegacyRef(), h)));
        return found;
    }

    @Override
    public Map<String, Speciality> specialities() {
        Map<String, Speciality> byCode = new LinkedHashMap<>();
        em.createQuery("select s from Speciality s order by s.sortOrder, s.code", Speciality.class).getResultList().forEach(s -> byCode.put(s.getCode(), s));
        return byCode;
    }

    /** One grouped query per referring table. */
    @Override
    public Map<String, Long> specialityUses() {
        Map<String, Long> uses = new HashMap<>();
        for (String table : SPECIALITY_REFERENCES) {
            for (Object row : em.createNativeQuery("select speciality_code, count(*) from " + table + " group by speciality_code")
                    .getResultList()) {
                Object[] r = (Object[]) row;
                uses.merge((String) r[0], ((Number) r[1]).longValue(), Long::sum);
            }
        }
        return uses;
    }

    /**
     * One grouped query over the verified histories counts, per supplier, the builds of each kind of match, and
     * orders suppliers by those counts, best kind first.
     */
    @Override
    public List<MatchCount> rankByMatchingBuilds(BuildMatch match, Set<String> solutions, int max) {
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
                + " from build_history h join supplier_profile p on p.id = h.supplier_id"
                + " where h.kind = :verified and p.registration_status = :listed"
                + " group by h.supplier_id"
                + " having sum(case when " + industry + " or " + solution + " then 1 else 0 end) > 0"
                + " order by region_all desc, all_but_region desc, industry_solution desc, industry_only desc,"
                + " solution_only desc, verified desc, h.supplier_id")
                .setParameter("industry", match.industry())
                .setParameter("region", match.region().name())
                .setParameter("before", match.levelsBefore().stream().map(Enum::name).toList())
                .setParameter("after", match.levelsAfter().stream().map(Enum::name).toList())
                .setParameter("verified", HistoryKind.VERIFIED.name())
                .setParameter("listed", SupplierProfile.LISTED_STATUS)
                .setMaxResults(max);
        if (!solutions.isEmpty()) {
            query.setParameter("solutions", solutions);
        }
        List<MatchCount> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.add(new MatchCount(number(r[0]), new BuildMatch.Counts(number(r[1]), number(r[2]), number(r[3]),
                    number(r[4]), number(r[5]), number(r[6]))));
        }
        return counts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public Optional<SupplierLogo> logo(long supplierId) {
        return Optional.ofNullable(em.find(SupplierLogo.class, supplierId));
    }

    @Override
    public boolean hasPendingRegistryChange(SupplierProfile profile) {
        return em.createQuery("select count(r) from RegistryChangeRequest r where r.supplier = :s and r.status = :p", Long.class)
                .setParameter("s", profile).setParameter("p", RegistryChangeRequest.Status.PENDING).getSingleResult() > 0;
    }

    @Override
    public List<RegistryChangeRequest> pendingRegistryChanges() {
        return em.createQuery("select r from RegistryChangeRequest r join fetch r.supplier join fetch r.supplier.company"
                        + " where r.status = :p order by r.requestedAt", RegistryChangeRequest.class)
                .setParameter("p", RegistryChangeRequest.Status.PENDING).getResultList();
    }

    @Override
    public Optional<RegistryChangeRequest> registryChange(long id) {
        return Optional.ofNullable(em.find(RegistryChangeRequest.class, id));
    }

    @Override
    public Optional<MatchingProfile> matchingProfile(Company company) {
        return em.createQuery("select m from MatchingProfile m where m.company = :c", MatchingProfile.class)
                .setParameter("c", company).getResultStream().findFirst();
    }

    @Override
    public void add(SupplierProfile profile) {
        em.persist(profile);
    }

    @Override
    public void add(SupplierLogo logo) {
        em.persist(logo);
    }

    @Override
    public void add(RegistryChangeRequest request) {
        em.persist(request);
    }

    @Override
    public void add(Speciality speciality) {
        em.persist(speciality);
    }

    @Override
    public void add(MatchingProfile profile) {
        em.persist(profile);
    }

    @Override
    public void remove(SupplierProfile profile) {
        em.remove(profile);
    }

    @Override
    public void remove(SupplierLogo logo) {
        em.remove(logo);
    }

    @Override
    public void remove(Speciality speciality) {
        em.remove(speciality);
    }

    @Override
    public void remove(MatchingProfile profile) {
        em.remove(profile);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void reindex(SupplierProfile profile) {
        Search.session(em).indexingPlan().addOrUpdate(profile);
    }
}
