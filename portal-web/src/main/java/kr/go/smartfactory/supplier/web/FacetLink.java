package kr.go.smartfactory.supplier.web;

/**
 * One link of the search page's facets, prepared once per request: its words, how many results it leads to (null: not
 * counted), the search's URL with it set (or cleared, when it is the current one).
 *
 * <p>JavaBean getters rather than a record: EL resolves a property from a per-class cache, while a method call
 * ({@code f.value()}) looks the method up among the class's methods at every evaluation, and a facet column renders a
 * hundred and more of these per page.
 */
public final class FacetLink {

    private final String label;
    private final Long count;
    private final String href;
    private final boolean active;
    private final String styleClass;

    FacetLink(String label, Long count, String href, boolean active, String depthClass) {
        this.label = label;
        this.count = count;
        this.href = href;
        this.active = active;
        this.styleClass = depthClass == null ? (active ? "active" : "") : depthClass + (active ? " active" : "");
    }

    public String getLabel() {
        return label;
    }

    public Long getCount() {
        return count;
    }

    public String getHref() {
        return href;
    }

    public boolean isActive() {
        return active;
    }

    /** aria-current's value: the link to the filter in force. */
    public String getCurrent() {
        return active ? "true" : "false";
    }

    public String getStyleClass() {
        return styleClass;
    }
}
