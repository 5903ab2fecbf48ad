package kr.go.smartfactory.supplier.application;

import java.util.List;
import java.util.Map;

/** A page of search results with the facets of the whole result (keys: the {@code FACET_} names). */
public record SupplierPage(long total, Map<String, List<FacetValue>> facets, List<SupplierHit> items, int page,
        int size, long tookMillis) {

    public static final String FACET_REGION = "region";
    public static final String FACET_SPECIALITY = "speciality";
    public static final String FACET_INDUSTRY = "industry";
    public static final String FACET_LEVEL = "level";
    public static final String FACET_YEAR = "year";
    public static final String FACET_VERIFIED = "verified";
}
