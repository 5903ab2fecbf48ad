package kr.go.smartfactory.supplier.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.search.query.KeyboardLayout;
import kr.go.smartfactory.search.query.QueryYears;
import kr.go.smartfactory.shared.domain.KoreanTime;
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
    /** Fewer results than this as typed, and the other keyboard layout is tried. */
    static final int FEW = 3;
    /** From this many words on, a search that finds too few with all of them settles for most of them. */
    static final int MANY_WORDS = 3;

    @Inject
    private java.time.Clock clock;

    @Inject
    private SupplierSearchIndex index;

    @Inject
    private SupplierRepository suppliers;

    /**
     * Searches as users mean it: four-digit words that are years (2021 로봇) become a filter on the build histories'
     * year unless years are chosen already; and when the words as typed find little, the same keys in the other
     * keyboard layout (wkehdghk → 자동화, ㄷ게 → ERP) are searched and kept if they find more; and a query of three or
     * more words that finds too few with all of them finds the suppliers covering most of them, ranked by how many —
     * the page says both.
     */
    public SupplierPage search(SupplierQuery query) {
        return search(query, true);
    }

    /** The search exactly as typed (no keyboard-layout conversion): what the "search for what I typed" link asks. */
    public SupplierPage searchAsTyped(SupplierQuery query) {
        return search(query, false);
    }

    private SupplierPage search(SupplierQuery query, boolean convertLayout) {
        SupplierQuery q = query;
        List<Integer> years = List.of();
        if (!q.text().isEmpty() && q.yearFrom() == null && q.yearTo() == null) {
            QueryYears.Split split = QueryYears.split(q.text(), KoreanTime.today(clock).getYear());
            if (split.hasYear()) {
                years = split.years();
                q = q.withText(split.words()).withYears(java.util.Collections.min(years), java.util.Collections.max(years));
            }
        }
        SupplierPage page = index.search(q);
        String searchedAs = null;
        if (convertLayout && page.total() < FEW && !q.text().isEmpty()) {
            String typed = q.text();
            java.util.Optional<String> meant = KeyboardLayout.convertWords(typed);
            if (meant.isPresent()) {
                SupplierPage other = index.search(q.withText(meant.get()));
                if (other.total() > page.total()) {
                    page = other;
                    searchedAs = meant.get();
                    q = q.withText(meant.get());
                }
            }
        }
        if (page.total() < FEW && q.text().split(" ").length >= MANY_WORDS) {
            // many words that find too few together: most of them will do, the suppliers covering more of them first
            // (generic words — 사례, 전문, 업체 — are never required by the index in the first place)
            SupplierPage most = index.search(q, false);
            if (most.total() > page.total()) {
                return most.interpreted(searchedAs, years, true);
            }
        }
        return page.interpreted(searchedAs, years, false);
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
