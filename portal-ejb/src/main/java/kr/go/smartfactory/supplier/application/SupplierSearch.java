package kr.go.smartfactory.supplier.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

import kr.go.smartfactory.account.domain.Region;
import kr.go.smartfactory.search.analysis.HangulInitials;
import kr.go.smartfactory.search.analysis.KoreanAnalyzers;
import kr.go.smartfactory.search.query.Snippets;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.domain.HistoryKind;
import kr.go.smartfactory.supplier.domain.SupplierProfile;

/**
 * The directory's one search box, public. Each word of the query must be found, in any of its readings:
 * Nori morphemes (스마트공장구축 = 스마트 공장 구축), a substring through CJK bigrams (협력사 in 협력사와의),
 * 초성 (ㅂㅈㄱㅅ → 비전검사) and, for Latin words, one typo (MSE → MES). Facets count suppliers; history
 * facets and filters look inside build histories.
 */
@Stateless
public class SupplierSearch {

    public static final String FACET_REGION = "region";
    public static final String FACET_SPECIALITY = "speciality";
    public static final String FACET_INDUSTRY = "industry";
    public static final String FACET_LEVEL = "level";
    public static final String FACET_YEAR = "year";
    public static final String FACET_VERIFIED = "verified";

    private static final String[] TEXT_FIELDS = {"name", "offer", "introduction", "historyText"};
    private static final String[] BIGRAM_FIELDS = {"name_bigram", "offer_bigram", "introduction_bigram", "historyText_bigram"};
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9+#.-]{2,}");
    /** Model numbers and codes (S7-1200, ISO9001): Nori splits them, so their pieces must come in sequence. */
    private static final Pattern CODE_WORD = Pattern.compile("(?=.*\\p{L})(?=.*\\d)[\\p{Alnum}.+#/-]+");

    private static final AggregationKey<Map<Region, Long>> REGIONS = AggregationKey.of(FACET_REGION);
    private static final AggregationKey<Map<String, Long>> SPECIALITIES = AggregationKey.of(FACET_SPECIALITY);
    private static final AggregationKey<Map<String, Long>> INDUSTRIES = AggregationKey.of(FACET_INDUSTRY);
    private static final AggregationKey<Map<SmartLevel, Long>> LEVELS = AggregationKey.of(FACET_LEVEL);
    private static final AggregationKey<Map<String, Long>> YEARS = AggregationKey.of(FACET_YEAR);
    private static final AggregationKey<Map<HistoryKind, Long>> KINDS = AggregationKey.of(FACET_VERIFIED);

    @PersistenceContext
    private EntityManager em;

    public SupplierPage search(SupplierQuery query) {
        SearchResult<List<?>> result = Search.session(em).search(SupplierProfile.class)
                // the stored texts only when there are words to highlight in them
                .select(f -> query.text().isEmpty() ? row(f) : f.composite().from(row(f),
                        f.field("introduction", String.class), f.field("offer", String.class).multi(),
                        f.field("historyText", String.class).multi()).asList())
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (!query.text().isEmpty()) {
                        root.add(text(f, query.text()));
                    }
                    filters(f, root, query);
                })
                .sort(f -> switch (query.sort()) {
                    case VERIFIED_BUILDS -> f.field("verifiedBuilds").desc().then().score().then().field("name_sort");
                    case RATING -> f.field("rating").desc().missing().last().then().field("verifiedBuilds").desc();
                    default -> query.text().isEmpty()
                            ? f.field("verifiedBuilds").desc().then().field("name_sort")
                            : f.score().then().field("verifiedBuilds").desc();
                })
                .aggregation(REGIONS, f -> f.terms().field("region", Region.class).maxTermCount(20))
                .aggregation(SPECIALITIES, f -> f.terms().field("speciality", String.class).maxTermCount(50))
                .aggregation(INDUSTRIES, f -> f.terms().field("historyIndustry", String.class).maxTermCount(40))
                .aggregation(LEVELS, f -> f.terms().field("historyLevel", SmartLevel.class))
                .aggregation(YEARS, f -> f.terms().field("historyYear", String.class).maxTermCount(30))
                .aggregation(KINDS, f -> f.terms().field("historyKind", HistoryKind.class))
                .fetch(query.page() * query.size(), query.size());

        Snippets snippets = query.text().isEmpty() ? null : Snippets.forQuery(query.text(), 90);
        List<SupplierHit> items = new ArrayList<>();
        for (List<?> row : result.hits()) {
            items.add(hit(row, snippets));
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put(FACET_REGION, values(result.aggregation(REGIONS)));
        facets.put(FACET_SPECIALITY, values(result.aggregation(SPECIALITIES)));
        facets.put(FACET_INDUSTRY, values(result.aggregation(INDUSTRIES)));
        facets.put(FACET_LEVEL, values(result.aggregation(LEVELS)));
        facets.put(FACET_YEAR, values(result.aggregation(YEARS)).stream()
                .sorted(Comparator.comparing(FacetValue::value).reversed()).toList());
        facets.put(FACET_VERIFIED, values(result.aggregation(KINDS)).stream()
                .filter(v -> v.value().equals(HistoryKind.VERIFIED.name())).toList());
        return new SupplierPage(result.total().hitCount(), facets, items, query.page(), query.size(),
                result.took().toMillis());
    }

    /** Name suggestions while typing: word prefixes of supplier names, or 초성 prefixes. */
    public List<String> suggest(String prefix, int max) {
        String p = prefix == null ? "" : prefix.strip();
        if (p.isEmpty() || p.length() > 50) {
            return List.of();
        }
        int limit = Math.min(Math.max(max, 1), 20);
        List<String> names = Search.session(em).search(SupplierProfile.class)
                .select(f -> f.field("name", String.class))
                .where(f -> HangulInitials.isInitialsOnly(p)
                        ? f.wildcard().field("initials").matching(p.replace(" ", "") + "*")
                        : f.match().field("name_suggest").matching(p))
                .sort(f -> f.score().then().field("verifiedBuilds").desc())
                .fetchHits(limit * 2);
        return names.stream().distinct().limit(limit).toList();
    }

    /** Suppliers like this one: the same specialities, then client industries and region, most alike first. */
    public List<SupplierHit> similarTo(long supplierId, int max) {
        SupplierProfile profile = em.find(SupplierProfile.class, supplierId);
        if (profile == null) {
            return List.of();
        }
        Set<String> leaves = profile.getSpecialities().stream().map(s -> s.getCode()).collect(java.util.stream.Collectors.toSet());
        Set<String> specialities = profile.getSpecialityPaths();
        Set<String> industries = profile.getBuildHistories().stream().map(h -> h.getClientIndustry().getCode())
                .collect(java.util.stream.Collectors.toSet());
        if (specialities.isEmpty() && industries.isEmpty()) {
            return List.of();
        }
        List<List<?>> rows = Search.session(em).search(SupplierProfile.class)
                .select(SupplierSearch::row)
                .where(f -> f.bool(b -> {
                    // constant scores, so that rare codes don't weigh more: a shared leaf speciality counts 3, a
                    // shared parent 1, having served any of the same industries 1, the same region 0.5 — a
                    // supplier alike in what it offers always comes before one alike only in its clients
                    b.mustNot(f.id().matching(supplierId));
                    b.must(f.bool(alike -> {
                        specialities.forEach(code -> alike.should(f.match().field("speciality").matching(code).constantScore()
                                .boost(leaves.contains(code) ? 3f : 1f)));
                        if (!industries.isEmpty()) {
                            alike.should(f.terms().field("historyIndustry").matchingAny(industries).constantScore().boost(1f));
                        }
                    }));
                    b.should(f.match().field("region").matching(profile.getCompany().getRegion()).constantScore().boost(0.5f));
                }))
                .sort(f -> f.score().then().field("verifiedBuilds").desc())
                .fetchHits(Math.min(Math.max(max, 1), 20));
        return rows.stream().map(row -> hit(row, null)).toList();
    }

    /** What a result row shows, without text for snippets. */
    private static ProjectionFinalStep<List<?>> row(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(f.id(Long.class), f.field("registrationNumber", String.class),
                        f.field("name", String.class), f.field("region", Region.class),
                        f.field("speciality", String.class).multi(), f.field("verifiedBuilds", Integer.class),
                        f.field("rating", BigDecimal.class)).asList();
    }

    private static PredicateFinalStep text(SearchPredicateFactory f, String text) {
        return f.bool(all -> {
            for (String word : text.split("\\s+")) {
                if (word.isBlank()) {
                    continue;
                }
                boolean code = CODE_WORD.matcher(word).matches();
                all.must(f.bool(any -> {
                    if (code) {
                        any.should(f.phrase().field("name").boost(3f).field("offer").boost(2f)
                                .fields("introduction", "historyText").matching(word));
                    } else {
                        // all morphemes of the word (or its dictionary compound): 불량률 must not match 가동률
                        any.should(f.simpleQueryString().field("name").boost(3f).field("offer").boost(2f)
                                .fields("introduction", "historyText").matching(word)
                                .flags(EnumSet.noneOf(SimpleQueryFlag.class)).defaultOperator(BooleanOperator.AND));
                    }
                    for (String bigramField : BIGRAM_FIELDS) {
                        any.should(f.phrase().field(bigramField).matching(word)
                                .boost(bigramField.startsWith("name") ? 2f : 0.7f));
                    }
                    if (HangulInitials.isInitialsOnly(word)) {
                        // a substring of the 초성 of a name or solution: one term of the n-gram field (a leading
                        // wildcard over Hangul compiled an automaton per query, most of a 초성 search's time)
                        any.should(word.length() <= KoreanAnalyzers.INITIALS_MAX_GRAM
                                ? f.match().field("initials_ngram").matching(word).boost(2f)
                                : f.wildcard().field("initials").matching("*" + word + "*").boost(2f));
                    }
                    if (!code && LATIN_WORD.matcher(word).matches()) {
                        any.should(f.match().fields(TEXT_FIELDS).matching(word.toLowerCase(Locale.ROOT)).fuzzy(1, 1).boost(0.5f));
                    }
                }));
            }
        });
    }

    private static void filters(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root, SupplierQuery q) {
        if (q.region() != null) {
            root.add(f.match().field("region").matching(q.region()));
        }
        if (q.speciality() != null) {
            root.add(f.match().field("speciality").matching(q.speciality()));
        }
        if (q.filtersHistories()) {
            root.add(f.nested("histories").add(f.bool(h -> {
                h.must(f.matchAll());
                if (q.industry() != null) {
                    h.must(f.match().field("histories.clientIndustryCode").matching(q.industry()));
                }
                if (q.level() != null) {
                    h.must(f.match().field("histories.levelAfter").matching(q.level()));
                }
                if (q.yearFrom() != null || q.yearTo() != null) {
                    h.must(f.range().field("histories.year").between(q.yearFrom(), q.yearTo()));
                }
                if (q.verifiedOnly()) {
                    h.must(f.match().field("histories.kind").matching(HistoryKind.VERIFIED));
                }
            })));
        }
    }

    /** A result row ({@link #row}); with text, snippets from the introduction, offer and build histories (up to 3). */
    @SuppressWarnings("unchecked")
    private static SupplierHit hit(List<?> row, Snippets snippets) {
        List<?> fields = snippets == null ? row : (List<?>) row.get(0);
        List<String> specialities = leaves((List<String>) fields.get(4));
        List<String> highlights = List.of();
        if (snippets != null) {
            List<String> texts = new ArrayList<>();
            if (row.get(1) != null) {
                texts.add((String) row.get(1));
            }
            texts.addAll((List<String>) row.get(2));
            texts.addAll((List<String>) row.get(3));
            highlights = snippets.of(texts, 3);
        }
        Integer verified = (Integer) fields.get(5);
        return new SupplierHit((Long) fields.get(0), (String) fields.get(1), (String) fields.get(2), (Region) fields.get(3),
                specialities, verified == null ? 0 : verified, (BigDecimal) fields.get(6), highlights);
    }

    /** Codes without their ancestors ("SW.OPS.MES", not also "SW.OPS" and "SW"). */
    static List<String> leaves(List<String> paths) {
        return paths.stream().filter(p -> paths.stream().noneMatch(o -> o.startsWith(p + "."))).sorted().toList();
    }

    private static <K> List<FacetValue> values(Map<K, Long> counts) {
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((k, v) -> values.add(new FacetValue(k instanceof Enum<?> e ? e.name() : String.valueOf(k), v)));
        return values;
    }
}
