package kr.go.smartfactory.supplier.application;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * One search of the directory: free text and facet filters, all optional. The history filters (industry,
 * level reached, years, verified only) must all hold for one and the same build history.
 */
public record SupplierQuery(String text, Region region, String speciality, String industry, SmartLevel level,
        Integer yearFrom, Integer yearTo, boolean verifiedOnly, Sort sort, int page, int size) {

    public static final int MAX_SIZE = 50;
    public static final int MAX_TEXT = 200;

    public enum Sort {
        RELEVANCE, VERIFIED_BUILDS, RATING
    }

    public SupplierQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        speciality = blankToNull(speciality);
        industry = blankToNull(industry);
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            Integer swap = yearFrom;
            yearFrom = yearTo;
            yearTo = swap;
        }
    }

    public static SupplierQuery text(String text) {
        return new SupplierQuery(text, null, null, null, null, null, null, false, null, 0, 20);
    }

    public boolean filtersHistories() {
        return industry != null || level != null || yearFrom != null || yearTo != null || verifiedOnly;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
