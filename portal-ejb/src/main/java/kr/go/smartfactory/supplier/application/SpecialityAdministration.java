package kr.go.smartfactory.supplier.application;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;


import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.supplier.domain.Speciality;
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

    /** The whole tree in display order: each node followed by its children. */
    public List<Node> tree() {
        Map<String, Speciality> all = suppliers.specialities();
        Map<String, Long> uses = suppliers.specialityUses();
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
        speciality.rename(nameKo, nameEn);
        speciality.reorder(sortOrder);
        // the names are part of what suppliers offer, in words (the "offer" field): reindex those suppliers
        suppliers.profilesOffering(code).forEach(suppliers::reindex);
    }

    /** Adds {@code segment} under {@code parentCode} (or at the top, without one): "MES" under "SW.OPS" is SW.OPS.MES. */
    public String add(String parentCode, String segment, String nameKo, String nameEn) {
        Map<String, Speciality> all = suppliers.specialities();
        String parent = blank(parentCode) ? null : find(parentCode).getCode();
        String part = segment == null ? "" : segment.strip();
        String code = parent == null ? part : parent + "." + part;
        if (all.containsKey(code)) {
            throw DomainException.onField("segment", "speciality.code.taken");
        }
        int order = all.values().stream().filter(s -> java.util.Objects.equals(parent, s.getParentCode()))
                .mapToInt(Speciality::getSortOrder).max().orElse(parent == null ? 0 : all.get(parent).getSortOrder()) + 1;
        Speciality speciality = new Speciality(code, parent, nameKo, nameEn, order);
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
        if (suppliers.specialityUses().getOrDefault(code, 0L) > 0) {
            throw new DomainException("speciality.inUse");
        }
        suppliers.remove(speciality);
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
