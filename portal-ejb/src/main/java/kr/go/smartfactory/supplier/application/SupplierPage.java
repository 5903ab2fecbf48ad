package kr.go.smartfactory.supplier.application;

import java.util.List;
import java.util.Map;

/**
 * A page of search results with the facets of the whole result (keys: the {@code FACET_} names), and how the query
 * was read: {@code searchedAs} the text searched instead of what was typed (the other keyboard layout; null: as typed),
 * {@code years} the years taken out of the words as a build-history filter (empty: none), {@code partialMatch} whether
 * suppliers covering most words but not all are included (all words found too few).
 */
public record SupplierPage(long total, Map<String, List<FacetValue>> facets, List<SupplierHit> items, int page,
        int size, long tookMillis, String searchedAs, List<Integer> years, boolean partialMatch) {

    public SupplierPage(long total, Map<String, List<FacetValue>> facets, List<SupplierHit> items, int page, int size,
            long tookMillis) {
        this(total, facets, items, page, size, tookMillis, null, List.of(), false);
    }

    /** The same page, read this way. */
    public SupplierPage interpreted(String searchedAs, List<Integer> years, boolean partial) {
        return new SupplierPage(total, facets, items, page, size, tookMillis, searchedAs, List.copyOf(years), partial);
    }

    public static final String FACET_REGION = "region";
    public static final String FACET_SPECIALITY = "speciality";
    public static final String FACET_INDUSTRY = "industry";
    public static final String FACET_LEVEL = "level";
    public static final String FACET_YEAR = "year";
    public static final String FACET_VERIFIED = "verified";
}
