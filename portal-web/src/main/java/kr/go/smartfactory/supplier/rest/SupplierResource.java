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

    @GET
    public SearchAnswer search(@QueryParam("q") String q, @QueryParam("region") Region region,
            @QueryParam("speciality") String speciality, @QueryParam("industry") String industry,
            @QueryParam("level") SmartLevel level, @QueryParam("yearFrom") Integer yearFrom,
            @QueryParam("yearTo") Integer yearTo, @QueryParam("verified") boolean verified,
            @QueryParam("sort") @DefaultValue("relevance") String sort, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        SupplierPage result = search.search(new SupplierQuery(q, region, speciality, industry, level, yearFrom, yearTo,
                verified, sort(sort), page, size));
        return new SearchAnswer(result.total(), result.page(), result.size(), result.facets().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        java.util.LinkedHashMap::new)), result.items());
    }

    @GET
    @Path("/suggest")
    public List<String> suggest(@QueryParam("q") String q, @QueryParam("max") @DefaultValue("10") int max) {
        return search.suggest(q, max);
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
    public List<SupplierHit> similar(@PathParam("id") long id, @QueryParam("max") @DefaultValue("5") int max) {
        return search.similarTo(id, max);
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
    public record SearchAnswer(long total, int page, int size, Map<String, List<kr.go.smartfactory.supplier.application.FacetValue>> facets,
            List<SupplierHit> items) {
    }
}
