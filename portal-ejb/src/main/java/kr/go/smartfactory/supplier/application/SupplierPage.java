package kr.go.smartfactory.supplier.application;

import java.util.List;
import java.util.Map;

/** A page of search results with the facets of the whole result. */
public record SupplierPage(long total, Map<String, List<FacetValue>> facets, List<SupplierHit> items, int page,
        int size, long tookMillis) {
}
