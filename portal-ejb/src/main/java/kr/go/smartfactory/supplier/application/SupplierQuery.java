package kr.go.smartfactory.supplier.application;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * One search of the directory: free text and facet filters, all optional. The history filters (industry,
 * level reached, the level climbed from and at least to, years, verified only) must all hold for one and the same
 * build history — "기초 → 중간1" is one build that started at 기초 and reached 중간1.
 */
public record SupplierQuery(String text, Region region, String speciality, String industry, SmartLevel level,
        SmartLevel levelFrom, SmartLevel levelToMin, Integer yearFrom, Integer yearTo, boolean verifiedOnly, Sort sort,
        int page, int size) {

    public static final int MAX_SIZE = 50;
    public static final int MAX_TEXT = 200;
    /** Words searched (each word is a group of clauses; more would only slow the search down). */
    public static final int MAX_WORDS = 10;
    public static final int MAX_WORD_LENGTH = 50;
    /** The deepest result a page may reach (page × size), so no offset overflows and no search collects more. */
    public static final int MAX_WINDOW = 10_000;

    public enum Sort {
        RELEVANCE, VERIFIED_BUILDS, RATING
    }

    public SupplierQuery {
        text = boundedText(text);
        speciality = blankToNull(speciality);
        industry = blankToNull(industry);
        sort = sort == null ? Sort.RELEVANCE : sort;
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
        page = Math.min(Math.max(0, page), maxPage(size));
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            Integer swap = yearFrom;
            yearFrom = yearTo;
            yearTo = swap;
        }
    }

    public static SupplierQuery text(String text) {
        return new SupplierQuery(text, null, null, null, null, null, null, null, null, false, null, 0, 20);
    }

    /** The same search for other words. */
    public SupplierQuery withText(String other) {
        return new SupplierQuery(other, region, speciality, industry, level, levelFrom, levelToMin, yearFrom, yearTo, verifiedOnly, sort,
                page, size);
    }

    /** The same search restricted to build histories of these years. */
    public SupplierQuery withYears(Integer from, Integer to) {
        return new SupplierQuery(text, region, speciality, industry, level, levelFrom, levelToMin, from, to, verifiedOnly, sort, page, size);
    }

    public boolean filtersHistories() {
        return industry != null || level != null || levelFrom != null || levelToMin != null || yearFrom != null || yearTo != null
                || verifiedOnly;
    }

    /** The last page a search of {@code size} rows per page may ask for. */
    public static int maxPage(int size) {
        return MAX_WINDOW / Math.max(1, size) - 1;
    }

    /** At most {@link #MAX_TEXT} characters, {@link #MAX_WORDS} distinct words of {@link #MAX_WORD_LENGTH} each. */
    static String boundedText(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String limited = text.strip();
        if (limited.length() > MAX_TEXT) {
            limited = limited.substring(0, MAX_TEXT);
        }
        return java.util.Arrays.stream(limited.split("\\s+")).filter(w -> !w.isEmpty())
                .map(w -> w.length() > MAX_WORD_LENGTH ? w.substring(0, MAX_WORD_LENGTH) : w)
                .distinct().limit(MAX_WORDS).collect(java.util.stream.Collectors.joining(" "));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
