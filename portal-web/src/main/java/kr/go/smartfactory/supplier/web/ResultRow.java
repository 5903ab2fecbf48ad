package kr.go.smartfactory.supplier.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * One supplier in the search page's results, with its words in the visitor's language and its profile link prepared
 * (JavaBean getters for EL: see {@link FacetLink}). {@code highlights} are HTML-escaped snippets with mark tags.
 */
public final class ResultRow {

    private final String name;
    private final String href;
    private final String regionName;
    private final int verifiedBuilds;
    private final BigDecimal rating;
    private final List<String> specialityNames;
    private final List<String> highlights;

    ResultRow(String name, String href, String regionName, int verifiedBuilds, BigDecimal rating,
            List<String> specialityNames, List<String> highlights) {
        this.name = name;
        this.href = href;
        this.regionName = regionName;
        this.verifiedBuilds = verifiedBuilds;
        this.rating = rating;
        this.specialityNames = specialityNames;
        this.highlights = highlights;
    }

    public String getName() {
        return name;
    }

    public String getHref() {
        return href;
    }

    public String getRegionName() {
        return regionName;
    }

    public int getVerifiedBuilds() {
        return verifiedBuilds;
    }

    public BigDecimal getRating() {
        return rating;
    }

    public List<String> getSpecialityNames() {
        return specialityNames;
    }

    public List<String> getHighlights() {
        return highlights;
    }
}
