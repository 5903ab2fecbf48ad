package kr.go.smartfactory.supplier.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.company.application.ReferenceData;
import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.application.FacetValue;
import kr.go.smartfactory.supplier.application.SupplierDirectory;
import kr.go.smartfactory.supplier.application.SupplierPage;
import kr.go.smartfactory.supplier.application.SupplierQuery;
import kr.go.smartfactory.supplier.application.SupplierSearch;
import kr.go.smartfactory.supplier.domain.Speciality;
import kr.go.smartfactory.web.support.Messages;
import kr.go.smartfactory.web.support.Pages;

/**
 * suppliers/index.xhtml: the public search page. Everything is in the GET URL (bookmarkable, shareable,
 * the back button works); the page is a transient view and creates no session.
 */
@Named
@RequestScoped
public class SupplierSearchBean {

    private static final List<String> PARAMS = List.of("q", "region", "speciality", "industry", "level", "levelFrom", "levelToMin",
            "yearFrom", "yearTo", "verified", "sort", "page", "typed");

    @Inject
    private SupplierSearch search;

    @Inject
    private SupplierDirectory directory;

    @Inject
    private ReferenceData referenceData;

    private String q;
    private String region;
    private String speciality;
    private String industry;
    private String level;
    private String levelFrom;
    private String levelToMin;
    private Integer yearFrom;
    private Integer yearTo;
    private boolean verified;
    private String sort = "relevance";
    private int page;
    /** Search exactly what was typed (the link under a "searched as" hint). */
    private boolean typed;

    private SupplierPage result;
    private Map<String, String> specialityNames;
    private Map<String, String> industryNames;
    private final Map<String, List<FacetLink>> links = new HashMap<>();
    private List<ResultRow> rows;
    /** This search as the profile links' back parameter ("&back=…", or "" for a bare search). */
    private String back;
    private String contextPath;

    public SupplierPage getResult() {
        if (result == null) {
            SupplierQuery query = new SupplierQuery(q, Region.parse(region).orElse(null), speciality, industry,
                    parseLevel(level), parseLevel(levelFrom), parseLevel(levelToMin), yearFrom, yearTo, verified, switch (sort == null ? "" : sort) {
                        case "verified" -> SupplierQuery.Sort.VERIFIED_BUILDS;
                        case "rating" -> SupplierQuery.Sort.RATING;
                        default -> SupplierQuery.Sort.RELEVANCE;
                    }, page, 20);
            result = typed ? search.searchAsTyped(query) : search.search(query);
        }
        return result;
    }

    public boolean isTyped() {
        return typed;
    }

    public void setTyped(boolean typed) {
        this.typed = typed;
    }

    /** The years read from the words, as the hint shows them ("2021년, 2023년"). */
    public String getYearsText() {
        return getResult().years().stream().map(y -> y + Messages.text("search.yearUnit"))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The links of one facet (region, speciality, industry, level, year, verified), prepared once per request: the
     * page's facet column reads properties, not method calls (see {@link FacetLink}).
     */
    public List<FacetLink> links(String facet) {
        return links.computeIfAbsent(facet, this::facetLinks);
    }

    private List<FacetLink> facetLinks(String facet) {
        List<FacetValue> values = getResult().facets().getOrDefault(facet, List.of());
        return switch (facet) {
            case SupplierPage.FACET_REGION -> values.stream()
                    .map(f -> toggle("region", region, f, Messages.text("region." + f.value()), null)).toList();
            // the classification as a tree: each node right after its parent (codes nest by dots: SW, SW.OPS, SW.OPS.MES)
            case SupplierPage.FACET_SPECIALITY -> values.stream().sorted(Comparator.comparing(FacetValue::value))
                    .map(f -> toggle("speciality", speciality, f, specialityName(f.value()), "facet-depth-" + depth(f.value())))
                    .toList();
            case SupplierPage.FACET_INDUSTRY -> values.stream()
                    .map(f -> toggle("industry", industry, f, f.value() + " " + industryName(f.value()), null)).toList();
            case SupplierPage.FACET_LEVEL -> values.stream()
                    .map(f -> toggle("level", level, f, Messages.text("level." + f.value()), null)).toList();
            case SupplierPage.FACET_YEAR -> values.stream()
                    .map(f -> new FacetLink(f.value(), f.count(), withYear(f.value()),
                            f.value().equals(String.valueOf(yearFrom)) && f.value().equals(String.valueOf(yearTo)), null))
                    .toList();
            case SupplierPage.FACET_VERIFIED -> values.stream()
                    .map(f -> new FacetLink(Messages.text("search.verifiedOnly"), f.count(),
                            with("verified", verified ? null : "true"), verified, null))
                    .toList();
            default -> List.of();
        };
    }

    /** A link that sets the filter {@code param} to the value, or clears it when that value is the one in force. */
    private FacetLink toggle(String param, String current, FacetValue value, String label, String depthClass) {
        boolean active = value.value().equals(current);
        return new FacetLink(label, value.count(), with(param, active ? null : value.value()), active, depthClass);
    }

    /** The level-climb links (levelFrom, levelToMin): every level, not counted. */
    public List<FacetLink> levelLinks(String param) {
        return links.computeIfAbsent(param, p -> {
            String current = "levelFrom".equals(p) ? levelFrom : levelToMin;
            return Arrays.stream(SmartLevel.values()).map(l -> {
                boolean active = l.name().equals(current);
                return new FacetLink(Messages.text("level." + l.name()), null, with(p, active ? null : l.name()), active, null);
            }).toList();
        });
    }

    /** The results as the page shows them: names in the visitor's language, profile links carrying this search. */
    public List<ResultRow> getRows() {
        if (rows == null) {
            rows = getResult().items().stream().map(hit -> new ResultRow(hit.name(), profileLink(hit.id()),
                    Messages.text("region." + hit.region().name()), hit.verifiedBuilds(), hit.rating(),
                    hit.specialities().stream().map(this::specialityName).toList(), hit.highlights())).toList();
        }
        return rows;
    }

    /** How deep a speciality sits in the classification (SW 0, SW.OPS 1, SW.OPS.MES 2), for the tree's indent. */
    static int depth(String code) {
        return code == null ? 0 : (int) code.chars().filter(c -> c == '.').count();
    }

    /** Numbered pages around the current one (at most 7), for the pager. */
    public List<Integer> getPageNumbers() {
        return kr.go.smartfactory.web.support.Pager.numbers(page, getPageCount());
    }

    public boolean isFiltered() {
        return region != null || speciality != null || industry != null || level != null || levelFrom != null || levelToMin != null
                || yearFrom != null
                || yearTo != null || verified;
    }

    public long getPageCount() {
        return (getResult().total() + 19) / 20;
    }

    /** This search's URL with one parameter set (or removed with null); the page goes back to the first. */
    public String with(String name, Object value) {
        Map<String, String> params = current();
        params.remove("page");
        if (value == null || String.valueOf(value).isBlank()) {
            params.remove(name);
        } else {
            params.put(name, String.valueOf(value));
        }
        return url(params);
    }

    /** Builds of one year only. */
    public String withYear(Object year) {
        Map<String, String> params = current();
        params.remove("page");
        params.put("yearFrom", String.valueOf(year));
        params.put("yearTo", String.valueOf(year));
        return url(params);
    }

    public String getWithoutYears() {
        Map<String, String> params = current();
        params.remove("page");
        params.remove("yearFrom");
        params.remove("yearTo");
        return url(params);
    }

    /** The same words, no filters. */
    public String getWithoutFilters() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", q);
        return url(params);
    }

    /** This search's URL on another page of results. */
    private Boolean ratingsExist;

    /** The rating sort is offered once suppliers have ratings (programme evaluations give them). */
    public boolean isRatingsExist() {
        if (ratingsExist == null) {
            ratingsExist = directory.hasRatings();
        }
        return ratingsExist;
    }

    /** A result's profile link, carrying this search so the profile's "back to results" returns to it. */
    private String profileLink(long id) {
        if (back == null) {
            String search = url(current());
            int query = search.indexOf('?');
            back = query < 0 ? "" : "&back=" + URLEncoder.encode(search.substring(query + 1), StandardCharsets.UTF_8);
        }
        return contextPath() + "/suppliers/profile.xhtml?id=" + id + back;
    }

    public String onPage(int target) {
        Map<String, String> params = current();
        params.put("page", String.valueOf(target));
        return url(params);
    }

    private Map<String, String> current() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", q);
        put(params, "region", region);
        put(params, "speciality", speciality);
        put(params, "industry", industry);
        put(params, "level", level);
        put(params, "levelFrom", levelFrom);
        put(params, "levelToMin", levelToMin);
        put(params, "yearFrom", yearFrom);
        put(params, "yearTo", yearTo);
        put(params, "verified", verified ? "true" : null);
        put(params, "sort", "relevance".equals(sort) ? null : sort);
        put(params, "page", page == 0 ? null : page);
        put(params, "typed", typed ? "true" : null);
        return params;
    }

    private static void put(Map<String, String> params, String name, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            params.put(name, String.valueOf(value));
        }
    }

    private String contextPath() {
        if (contextPath == null) {
            contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        }
        return contextPath;
    }

    private String url(Map<String, String> params) {
        String context = contextPath();
        String query = params.entrySet().stream().filter(e -> PARAMS.contains(e.getKey()))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return context + "/suppliers/index.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    private String specialityName(String code) {
        if (specialityNames == null) {
            boolean english = english();
            specialityNames = directory.specialities().stream()
                    .collect(Collectors.toMap(Speciality::getCode, s -> english ? s.getNameEn() : s.getNameKo()));
        }
        return specialityNames.getOrDefault(code, code);
    }

    private String industryName(String code) {
        if (industryNames == null) {
            boolean english = english();
            industryNames = referenceData.industries().stream()
                    .collect(Collectors.toMap(IndustryCode::getCode, i -> english ? i.getNameEn() : i.getNameKo()));
        }
        return industryNames.getOrDefault(code, code);
    }

    private static boolean english() {
        return "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    private static SmartLevel parseLevel(String value) {
        try {
            return value == null || value.isBlank() ? null : SmartLevel.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = Region.parse(region).map(Enum::name).orElse(null);
    }

    public String getSpeciality() {
        return speciality;
    }

    public void setSpeciality(String speciality) {
        this.speciality = speciality == null || !speciality.matches("[A-Z0-9.]{1,40}") ? null : speciality;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry == null || !industry.matches("[0-9]{2,5}") ? null : industry;
    }

    public String getLevel() {
        return level;
    }

    /** The level one build started from (도입 전 수준), a code. */
    public String getLevelFrom() {
        return levelFrom;
    }

    public void setLevelFrom(String levelFrom) {
        this.levelFrom = parseLevel(levelFrom) == null ? null : levelFrom;
    }

    /** The least level the same build reached (도입 후 최소 수준), a code. */
    public String getLevelToMin() {
        return levelToMin;
    }

    public void setLevelToMin(String levelToMin) {
        this.levelToMin = parseLevel(levelToMin) == null ? null : levelToMin;
    }

    public void setLevel(String level) {
        this.level = parseLevel(level) == null ? null : level;
    }

    public Integer getYearFrom() {
        return yearFrom;
    }

    public void setYearFrom(Integer yearFrom) {
        this.yearFrom = yearFrom;
    }

    public Integer getYearTo() {
        return yearTo;
    }

    public void setYearTo(Integer yearTo) {
        this.yearTo = yearTo;
    }

    public boolean isVerified() {
        return verified;
    }

    public void setVerified(boolean verified) {
        this.verified = verified;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = List.of("relevance", "verified", "rating").contains(sort) ? sort : "relevance";
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, Math.min(page, 500));
    }

    // The view parameters are read as text: a value that is not a number (page=abc, yearFrom=20x) is left out
    // and the rest of the query still applies, instead of a conversion error that drops the whole search.

    public String getYearFromText() {
        return yearFrom == null ? null : yearFrom.toString();
    }

    public void setYearFromText(String value) {
        this.yearFrom = Pages.integerOrNull(value);
    }

    public String getYearToText() {
        return yearTo == null ? null : yearTo.toString();
    }

    public void setYearToText(String value) {
        this.yearTo = Pages.integerOrNull(value);
    }

    public String getVerifiedText() {
        return verified ? "true" : null;
    }

    public void setVerifiedText(String value) {
        this.verified = "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value) || "1".equals(value);
    }

    public String getPageText() {
        return page == 0 ? null : Integer.toString(page);
    }

    public void setPageText(String value) {
        Integer parsed = Pages.integerOrNull(value);
        setPage(parsed == null ? 0 : parsed);
    }
}
