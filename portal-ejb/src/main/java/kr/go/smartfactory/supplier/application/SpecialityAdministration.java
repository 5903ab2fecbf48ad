package kr.go.smartfactory.supplier.application;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.supplier.domain.Speciality;
import kr.go.smartfactory.supplier.domain.SupplierProfile;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * Administrators keep the solution classification (솔루션 분류): rename a node, change its order, add a node
 * under another, remove a node nothing uses. Suppliers offering a renamed speciality are reindexed in the same
 * transaction, so the search finds them under the new name at once. Every change is in the audit trail.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class SpecialityAdministration {

    /** A node of the tree with how many suppliers, solutions and build histories use it. */
    public record Node(String code, String parentCode, String nameKo, String nameEn, int sortOrder, int depth, long uses) {
    }

    @Inject
    private SupplierRepository suppliers;

    @PersistenceContext
    private EntityManager em;

    /** The whole tree in display order: each node followed by its children. */
    public List<Node> tree() {
        Map<String, Speciality> all = suppliers.specialities();
        Map<String, Long> uses = usesByCode();
        List<Node> nodes = new java.util.ArrayList<>();
        addChildren(null, 0, all, uses, nodes);
        return nodes;
    }

    private void addChildren(String parent, int depth, Map<String, Speciality> all, Map<String, Long> uses, List<Node> nodes) {
        for (Speciality s : all.values()) {
            if (java.util.Objects.equals(parent, s.getParentCode())) {
                nodes.add(new Node(s.getCode(), s.getParentCode(), s.getNameKo(), s.getNameEn(), s.getSortOrder(), depth,
                        uses.getOrDefault(s.getCode(), 0L)));
                addChildren(s.getCode(), depth + 1, all, uses, nodes);
            }
        }
    }

    public void rename(String code, String nameKo, String nameEn, int sortOrder) {
        Speciality speciality = find(code);
        if (blank(nameKo) || blank(nameEn) || nameKo.strip().length() > 100 || nameEn.strip().length() > 100) {
            throw new DomainException("speciality.name.invalid");
        }
        if (sortOrder < 0 || sortOrder > 9999) {
            throw new DomainException("speciality.order.invalid");
        }
        speciality.rename(nameKo, nameEn);
        speciality.reorder(sortOrder);
        // the names are part of what suppliers offer, in words (the "offer" field): reindex those suppliers
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        em.createQuery("select p from SupplierProfile p join p.specialities s where s.code = :code", SupplierProfile.class)
                .setParameter("code", code).getResultList().forEach(plan::addOrUpdate);
    }

    /** Adds {@code segment} under {@code parentCode} (or at the top, without one): "MES" under "SW.OPS" is SW.OPS.MES. */
    public String add(String parentCode, String segment, String nameKo, String nameEn) {
        if (segment == null || !segment.strip().matches("[A-Z0-9]{1,12}")) {
            throw new DomainException("speciality.code.invalid");
        }
        if (blank(nameKo) || blank(nameEn) || nameKo.strip().length() > 100 || nameEn.strip().length() > 100) {
            throw new DomainException("speciality.name.invalid");
        }
        Map<String, Speciality> all = suppliers.specialities();
        String parent = blank(parentCode) ? null : find(parentCode).getCode();
        String code = parent == null ? segment.strip() : parent + "." + segment.strip();
        if (code.length() > 40) {
            throw new DomainException("speciality.code.invalid");
        }
        if (all.containsKey(code)) {
            throw new DomainException("speciality.code.taken");
        }
        int order = all.values().stream().filter(s -> java.util.Objects.equals(parent, s.getParentCode()))
                .mapToInt(Speciality::getSortOrder).max().orElse(parent == null ? 0 : all.get(parent).getSortOrder()) + 1;
        Speciality speciality = new Speciality(code, parent, nameKo.strip(), nameEn.strip(), Math.min(order, 9999));
        suppliers.add(speciality);
        return code;
    }

    /** Removes a node without children that no supplier, solution, build history or SME's wish refers to. */
    public void remove(String code) {
        Speciality speciality = find(code);
        boolean hasChildren = suppliers.specialities().values().stream().anyMatch(s -> code.equals(s.getParentCode()));
        if (hasChildren) {
            throw new DomainException("speciality.hasChildren");
        }
        if (uses(code) > 0) {
            throw new DomainException("speciality.inUse");
        }
        em.remove(speciality);
    }

    /** The tables that refer to a speciality by its code. */
    private static final List<String> REFERRING_TABLES =
            List.of("supplier_speciality", "supplier_solution", "build_history_solution", "matching_profile_solution");

    /** How often each code is referred to, over all referring tables: one grouped query per table. */
    private Map<String, Long> usesByCode() {
        Map<String, Long> uses = new java.util.HashMap<>();
        for (String table : REFERRING_TABLES) {
            for (Object row : em.createNativeQuery("select speciality_code, count(*) from " + table + " group by speciality_code")
                    .getResultList()) {
                Object[] r = (Object[]) row;
                uses.merge((String) r[0], ((Number) r[1]).longValue(), Long::sum);
            }
        }
        return uses;
    }

    private long uses(String code) {
        long uses = 0;
        for (String table : REFERRING_TABLES) {
            uses += ((Number) em.createNativeQuery("select count(*) from " + table + " where speciality_code = :code")
                    .setParameter("code", code).getSingleResult()).longValue();
        }
        return uses;
    }

    private Speciality find(String code) {
        Speciality speciality = code == null ? null : suppliers.specialities().get(code);
        if (speciality == null) {
            throw new DomainException("speciality.unknown");
        }
        return speciality;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
