package kr.go.smartfactory.supplier.rest;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.application.SupplierDirectory;
import kr.go.smartfactory.supplier.application.SupplierHit;
import kr.go.smartfactory.supplier.application.SupplierPage;
import kr.go.smartfactory.supplier.application.SupplierQuery;
import kr.go.smartfactory.supplier.application.SupplierSearch;
import kr.go.smartfactory.supplier.application.SupplierView;
import kr.go.smartfactory.web.rest.QueryParams;

/**
 * The public supplier directory API (no sign-in): search with facets, one profile, name suggestions and
 * similar suppliers. Documented in the README and in openapi.yaml.
 */
@Path("/v1/suppliers")
@Produces(MediaType.APPLICATION_JSON)
public class SupplierResource {

    @Inject
    private SupplierSearch search;

    @Inject
    private SupplierDirectory directory;

    /**
     * Every parameter is optional and read here, so a wrong one answers a JSON 400 that names it: {@code region}
     * and {@code level} are codes (SEOUL, LEVEL3), {@code page} counts from 0 up to the 10,000th result,
     * {@code size} is 1 to 50, {@code q} at most 200 characters. A level climb on one build: {@code levelFrom} (the
     * level before it), {@code levelTo} (= {@code level}, the level after it) or {@code levelToMin} (at least). Years in {@code q} filter the build histories; words
     * typed in the wrong keyboard layout are searched in the other one when they find little ({@code asTyped=true}:
     * never).
     */
    @GET
    public SearchAnswer search(@QueryParam("q") String q, @QueryParam("region") String region,
            @QueryParam("speciality") String speciality, @QueryParam("industry") String industry,
            @QueryParam("level") String level, @QueryParam("levelTo") String levelTo, @QueryParam("levelFrom") String levelFrom,
            @QueryParam("levelToMin") String levelToMin, @QueryParam("yearFrom") String yearFrom,
            @QueryParam("yearTo") String yearTo, @QueryParam("verified") String verified,
            @QueryParam("sort") @DefaultValue("relevance") String sort, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("asTyped") String asTyped) {
        int rows = QueryParams.integer("size", size, 1, SupplierQuery.MAX_SIZE, 20);
        SupplierQuery query = new SupplierQuery(QueryParams.text("q", q, SupplierQuery.MAX_TEXT),
                QueryParams.enumValue("region", region, Region.class), speciality, industry,
                level != null ? QueryParams.enumValue("level", level, SmartLevel.class) : QueryParams.enumValue("levelTo", levelTo, SmartLevel.class),
                QueryParams.enumValue("levelFrom", levelFrom, SmartLevel.class), QueryParams.enumValue("levelToMin", levelToMin, SmartLevel.class),
                QueryParams.integer("yearFrom", yearFrom, 1900, 2100, null),
                QueryParams.integer("yearTo", yearTo, 1900, 2100, null), QueryParams.bool("verified", verified), sort(sort),
                QueryParams.integer("page", page, 0, SupplierQuery.maxPage(rows), 0), rows);
        SupplierPage result = QueryParams.bool("asTyped", asTyped) ? search.searchAsTyped(query) : search.search(query);
        return new SearchAnswer(result.total(), result.page(), result.size(), result.facets().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        java.util.LinkedHashMap::new)), result.items(), result.searchedAs(), result.years(), result.partialMatch());
    }

    @GET
    @Path("/suggest")
    public List<String> suggest(@QueryParam("q") String q, @QueryParam("max") String max) {
        return search.suggest(QueryParams.text("q", q, SupplierQuery.MAX_TEXT), QueryParams.integer("max", max, 1, 20, 10));
    }

    @GET
    @Path("/{id:[0-9]+}")
    public SupplierView profile(@PathParam("id") long id) {
        return directory.profile(id).orElseThrow(NotFoundException::new);
    }

    /**
     * The supplier's logo, with the content type its content was checked to be (never what the uploader said),
     * {@code nosniff}, and a version tag so browsers and proxies may keep it.
     */
    @GET
    @Path("/{id:[0-9]+}/logo")
    @Produces({"image/png", "image/jpeg", "image/gif"})
    public Response logo(@PathParam("id") long id, @Context Request request) {
        SupplierDirectory.Logo logo = directory.logo(id).orElseThrow(NotFoundException::new);
        EntityTag tag = new EntityTag(Long.toString(logo.version()));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(logo.bytes(), logo.contentType()).tag(tag).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'")
                .header("Content-Disposition", "inline").build();
    }

    @GET
    @Path("/{id:[0-9]+}/similar")
    public List<SupplierHit> similar(@PathParam("id") long id, @QueryParam("max") String max) {
        return search.similarTo(id, QueryParams.integer("max", max, 1, 20, 5));
    }

    static SupplierQuery.Sort sort(String sort) {
        return switch (sort == null ? "" : sort.toLowerCase(java.util.Locale.ROOT)) {
            case "verified", "verifiedbuilds", "builds" -> SupplierQuery.Sort.VERIFIED_BUILDS;
            case "rating" -> SupplierQuery.Sort.RATING;
            default -> SupplierQuery.Sort.RELEVANCE;
        };
    }

    /** The JSON answer: {@code total, page, size, facets: {name: [{value, count}]}, items}. */
    @jakarta.json.bind.annotation.JsonbPropertyOrder({"total", "page", "size", "facets", "items"})
    /** {@code searchedAs}: the words searched instead of {@code q} (the other keyboard layout), null when as typed; {@code years}: years read from {@code q} as a build-history filter; {@code partialMatch}: suppliers covering most words of {@code q} but not all are included, those covering more first. */
    public record SearchAnswer(long total, int page, int size, Map<String, List<kr.go.smartfactory.supplier.application.FacetValue>> facets,
            List<SupplierHit> items, String searchedAs, List<Integer> years, boolean partialMatch) {
    }
}
