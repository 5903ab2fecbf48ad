package kr.go.smartfactory.supplier.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * The directory's one search box, public: text over suppliers and their build histories (Korean morphology,
 * substrings, 초성, typos), facets, suggestions and "suppliers like this one". Bounds every input here, so the
 * index is never asked for more than a page.
 */
@Stateless
public class SupplierSearch {

    public static final int MAX_SUGGESTIONS = 20;
    public static final int MAX_SIMILAR = 20;
    private static final int MAX_PREFIX = 50;

    @Inject
    private SupplierSearchIndex index;

    @Inject
    private SupplierRepository suppliers;

    public SupplierPage search(SupplierQuery query) {
        return index.search(query);
    }

    /** Name suggestions while typing: word prefixes of supplier names, or 초성 prefixes. */
    public List<String> suggest(String prefix, int max) {
        String p = prefix == null ? "" : prefix.strip();
        if (p.isEmpty() || p.length() > MAX_PREFIX) {
            return List.of();
        }
        return index.suggest(p, Math.min(Math.max(max, 1), MAX_SUGGESTIONS));
    }

    /** Suppliers like a listed one: the same specialities, then client industries and region, most alike first. */
    public List<SupplierHit> similarTo(long supplierId, int max) {
        return suppliers.profile(supplierId).filter(p -> p.getRegistration().isListed())
                .filter(p -> !p.getSpecialityPaths().isEmpty() || !p.getBuildHistories().isEmpty())
                .map(p -> index.similarTo(p, Math.min(Math.max(max, 1), MAX_SIMILAR)))
                .orElse(List.of());
    }
}
