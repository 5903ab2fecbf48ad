package kr.go.smartfactory.supplier.infrastructure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.search.analysis.HangulInitials;
import kr.go.smartfactory.search.analysis.KoreanAnalyzers;
import kr.go.smartfactory.search.query.GenericWords;
import kr.go.smartfactory.search.query.IndustryWords;
import kr.go.smartfactory.search.query.ProofTerms;
import kr.go.smartfactory.search.query.SpecialityWords;
import kr.go.smartfactory.search.query.Snippets;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.application.FacetValue;
import kr.go.smartfactory.supplier.application.SupplierHit;
import kr.go.smartfactory.supplier.application.SupplierPage;
import kr.go.smartfactory.supplier.application.SupplierQuery;
import kr.go.smartfactory.supplier.application.SupplierSearchIndex;
import kr.go.smartfactory.supplier.domain.HistoryKind;
import kr.go.smartfactory.supplier.domain.RegistrationStatus;
import kr.go.smartfactory.supplier.domain.SupplierProfile;

/**
 * The directory's search index through Hibernate Search (the local Lucene backend here, Elasticsearch/OpenSearch
 * with the same mapping when the portal runs on several nodes). Only approved suppliers have a document
 * ({@link kr.go.smartfactory.supplier.domain.ListedSuppliersOnly}). Each word of the query must be found, in any of its readings:
 * Nori morphemes (스마트공장구축 = 스마트 공장 구축), a substring through CJK bigrams (협력사 in 협력사와의),
 * 초성 (ㅂㅈㄱㅅ → 비전검사), for Latin words one typo (MSE → MES), and for an industry as users say it (금형, 도금,
 * 뿌리산업) the builds for clients of that KSIC industry. Facets count suppliers; history
 * facets and filters look inside build histories.
 */
@ApplicationScoped
public class HibernateSearchSupplierIndex implements SupplierSearchIndex {

    private static final String[] TEXT_FIELDS = {"name", "offer", "introduction", "historyText"};
    private static final String[] BIGRAM_FIELDS = {"name_bigram", "offer_bigram", "introduction_bigram", "historyText_bigram"};
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9+#.-]{2,}");
    /** Model numbers and codes (S7-1200, ISO9001): Nori splits them, so their pieces must come in sequence. */
    private static final Pattern CODE_WORD = Pattern.compile("(?=.*\\p{L})(?=.*\\d)[\\p{Alnum}.+#/-]+");

    private static final AggregationKey<Map<Region, Long>> REGIONS = AggregationKey.of(SupplierPage.FACET_REGION);
    private static final AggregationKey<Map<String, Long>> SPECIALITIES = AggregationKey.of(SupplierPage.FACET_SPECIALITY);
    private static final AggregationKey<Map<String, Long>> INDUSTRIES = AggregationKey.of(SupplierPage.FACET_INDUSTRY);
    private static final AggregationKey<Map<SmartLevel, Long>> LEVELS = AggregationKey.of(SupplierPage.FACET_LEVEL);
    private static final AggregationKey<Map<String, Long>> YEARS = AggregationKey.of(SupplierPage.FACET_YEAR);
    private static final AggregationKey<Map<HistoryKind, Long>> KINDS = AggregationKey.of(SupplierPage.FACET_VERIFIED);

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private SearchVocabulary vocabulary;

    /** How many vocabulary words a 초성 word of a query expands to. */
    private static final int INITIALS_EXPANSIONS = 5;

    private static final AggregationKey<Map<String, Long>> EXACT_INDUSTRIES = AggregationKey.of("exact-industry");
    private static final AggregationKey<Map<SmartLevel, Long>> EXACT_LEVELS = AggregationKey.of("exact-level");
    private static final AggregationKey<Map<Integer, Long>> EXACT_YEARS = AggregationKey.of("exact-year");
    private static final AggregationKey<Map<HistoryKind, Long>> EXACT_KINDS = AggregationKey.of("exact-kind");
    private static final AggregationKey<Map<String, Long>> PAIRS = AggregationKey.of("history-pairs");
    private static final AggregationKey<Map<String, Long>> UNFILTERED_INDUSTRIES = AggregationKey.of("unfiltered-industry");
    private static final AggregationKey<Map<SmartLevel, Long>> UNFILTERED_LEVELS = AggregationKey.of("unfiltered-level");
    /**
     * More than the terms a {@code historyBy…} field can hold: each of about 100 client industries (KSIC divisions)
     * paired with each industry, level (6), year (~30) and kind (2) is under 14,000 — and under the 65,536 buckets an
     * Elasticsearch/OpenSearch backend allows a search by default.
     */
    private static final int MAX_PAIRS = 20_000;

    /** A query's one history filter: the {@code historyBy…} field of its dimension and its value. */
    private record SingleHistoryFilter(String field, String value, HistoryDimension dimension) {
    }

    /**
     * The query's history filter when it is one client industry, one level after, or verified builds only — and no
     * other history condition (a year range or a level climb holds several values of one history at once).
     */
    private static SingleHistoryFilter singleHistoryFilter(SupplierQuery q) {
        if (q.levelFrom() != null || q.levelToMin() != null || q.yearFrom() != null || q.yearTo() != null) {
            return null;
        }
        int filters = (q.industry() != null ? 1 : 0) + (q.level() != null ? 1 : 0) + (q.verifiedOnly() ? 1 : 0);
        if (filters != 1) {
            return null;
        }
        return q.industry() != null ? new SingleHistoryFilter("historyByIndustry", q.industry(), HistoryDimension.INDUSTRY)
                : q.level() != null ? new SingleHistoryFilter("historyByLevel", q.level().name(), HistoryDimension.LEVEL)
                : new SingleHistoryFilter("historyByKind", HistoryKind.VERIFIED.name(), HistoryDimension.KIND);
    }

    /**
     * The exact history facets under one history filter ({@link #singleHistoryFilter}), from the pairs the matching
     * suppliers' histories hold (counted with the search itself, {@link SupplierProfile#getHistoriesByKind()}): for
     * each other dimension's value, the suppliers with one history holding the filter's value and that one. The
     * filter's own dimension counts what clicking another of its values gives: without the filter, from the flattened
     * values (one query without nested work); verified builds, the only value of theirs shown, count the results.
     */
    private void exactFromPairs(SupplierQuery q, boolean allWords, SingleHistoryFilter single, Map<String, Long> pairs, long total,
            Map<String, List<FacetValue>> facets) {
        java.util.function.BiFunction<String, String, Long> pair = (dimension, value) ->
                pairs.get(SupplierProfile.pair(single.value(), dimension, value));
        if (single.dimension() != HistoryDimension.INDUSTRY) {
            recount(facets, SupplierPage.FACET_INDUSTRY, v -> pair.apply(SupplierProfile.PAIR_INDUSTRY, v));
        }
        if (single.dimension() != HistoryDimension.LEVEL) {
            recount(facets, SupplierPage.FACET_LEVEL, v -> pair.apply(SupplierProfile.PAIR_LEVEL, v));
        }
        recount(facets, SupplierPage.FACET_YEAR, v -> pair.apply(SupplierProfile.PAIR_YEAR, v));
        if (single.dimension() != HistoryDimension.KIND) {
            recount(facets, SupplierPage.FACET_VERIFIED, v -> pair.apply(SupplierProfile.PAIR_KIND, v));
            SearchResult<?> unfiltered = Search.session(em).search(SupplierProfile.class)
                    .where((f, root) -> wordsAndSupplierFilters(f, root, q, allWords))
                    .aggregation(UNFILTERED_INDUSTRIES, f -> f.terms().field("historyIndustry", String.class).maxTermCount(100))
                    .aggregation(UNFILTERED_LEVELS, f -> f.terms().field("historyLevel", SmartLevel.class))
                    .fetch(0);
            if (single.dimension() == HistoryDimension.INDUSTRY) {
                recount(facets, SupplierPage.FACET_INDUSTRY, unfiltered.aggregation(UNFILTERED_INDUSTRIES)::get);
            } else {
                recount(facets, SupplierPage.FACET_LEVEL, v -> unfiltered.aggregation(UNFILTERED_LEVELS).get(SmartLevel.valueOf(v)));
            }
        } else {
            recount(facets, SupplierPage.FACET_VERIFIED, v -> total);
        }
    }

    /** The build-history conditions a facet of that dimension replaces when clicked. */
    private enum HistoryDimension { INDUSTRY, LEVEL, YEAR, KIND }

    /**
     * With a build-history filter active, the history facets must count what clicking them gives: suppliers with
     * one history that meets the other active history filters and the facet's value together (the flattened
     * aggregations count suppliers with any history of that value). One more query does it: the words and the
     * supplier filters, and per dimension a terms aggregation over the nested histories restricted to those meeting
     * the other dimensions' filters — it counts suppliers, each once per value. (Counting each shown value with its
     * own query, as before, cost about 40 queries and made such searches 5 × slower; docs/benchmarks.md.)
     * The values shown stay those of the current results; a value left without results is dropped.
     */
    private void exactHistoryCounts(SupplierQuery q, boolean allWords, Map<String, List<FacetValue>> facets) {
        SearchResult<?> exact = Search.session(em).search(SupplierProfile.class)
                .where((f, root) -> wordsAndSupplierFilters(f, root, q, allWords))
                .aggregation(EXACT_INDUSTRIES, f -> f.terms().field("histories.clientIndustryCode", String.class).maxTermCount(100)
                        .filter(p -> historyFilter(p, q, HistoryDimension.INDUSTRY)))
                .aggregation(EXACT_LEVELS, f -> f.terms().field("histories.levelAfter", SmartLevel.class)
                        .filter(p -> historyFilter(p, q, HistoryDimension.LEVEL)))
                .aggregation(EXACT_YEARS, f -> f.terms().field("histories.year", Integer.class).maxTermCount(100)
                        .filter(p -> historyFilter(p, q, HistoryDimension.YEAR)))
                .aggregation(EXACT_KINDS, f -> f.terms().field("histories.kind", HistoryKind.class)
                        .filter(p -> historyFilter(p, q, HistoryDimension.KIND)))
                .fetch(0);
        recount(facets, SupplierPage.FACET_INDUSTRY, exact.aggregation(EXACT_INDUSTRIES)::get);
        recount(facets, SupplierPage.FACET_LEVEL, v -> exact.aggregation(EXACT_LEVELS).get(SmartLevel.valueOf(v)));
        recount(facets, SupplierPage.FACET_YEAR, v -> exact.aggregation(EXACT_YEARS).get(Integer.valueOf(v)));
        recount(facets, SupplierPage.FACET_VERIFIED, v -> exact.aggregation(EXACT_KINDS).get(HistoryKind.valueOf(v)));
    }

    /** The query's words and supplier filters, without its history filters (what the exact history facets count within). */
    private void wordsAndSupplierFilters(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root, SupplierQuery q,
            boolean allWords) {
        root.add(f.matchAll());
        if (!q.text().isEmpty()) {
            root.add(text(f, q.text(), allWords, vocabularyFor(q.text())));
        }
        supplierFilters(f, root, q);
    }

        private static void recount(Map<String, List<FacetValue>> facets, String facet, java.util.function.Function<String, Long> count) {
        List<FacetValue> exact = new ArrayList<>();
        for (FacetValue value : facets.get(facet)) {
            Long c = count.apply(value.value());
            if (c != null && c > 0) {
                exact.add(new FacetValue(value.value(), c));
            }
        }
        facets.put(facet, exact);
    }

    /** The active history filters except the one of {@code replaced} (a click on that facet sets its own). */
    private static PredicateFinalStep historyFilter(SearchPredicateFactory f, SupplierQuery q, HistoryDimension replaced) {
        return f.bool(h -> {
            h.must(f.matchAll());
            if (replaced != HistoryDimension.INDUSTRY && q.industry() != null) {
                h.must(f.match().field("histories.clientIndustryCode").matching(q.industry()));
            }
            if (replaced != HistoryDimension.LEVEL && q.level() != null) {
                h.must(f.match().field("histories.levelAfter").matching(q.level()));
            }
            if (q.levelFrom() != null) {
                h.must(f.match().field("histories.levelBefore").matching(q.levelFrom()));
            }
            if (q.levelToMin() != null) {
                h.must(f.terms().field("histories.levelAfter").matchingAny(java.util.Arrays.stream(SmartLevel.values())
                        .filter(l -> l.compareTo(q.levelToMin()) >= 0).toList()));
            }
            if (replaced != HistoryDimension.YEAR && (q.yearFrom() != null || q.yearTo() != null)) {
                h.must(f.range().field("histories.year").between(q.yearFrom(), q.yearTo()));
            }
            if (replaced != HistoryDimension.KIND && q.verifiedOnly()) {
                h.must(f.match().field("histories.kind").matching(HistoryKind.VERIFIED));
            }
        });
    }

    @Override
    public SupplierPage search(SupplierQuery query, boolean allWords) {
        SingleHistoryFilter single = singleHistoryFilter(query);
        var options = Search.session(em).search(SupplierProfile.class)
                // the stored texts only when there are words to highlight in them
                .select(f -> query.text().isEmpty() ? row(f) : f.composite().from(row(f),
                        f.field("introduction", String.class), f.field("offer", String.class).multi(),
                        f.field("historySnippets", String.class).multi()).asList())
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (!query.text().isEmpty()) {
                        kr.go.smartfactory.search.query.InitialsVocabulary vocabulary = vocabularyFor(query.text());
                        PredicateFinalStep proof = proof(f, query, vocabulary);
                        PredicateFinalStep words = text(f, query.text(), allWords, vocabulary);
                        root.add(proof == null ? words : f.bool().must(words).should(proof));
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
                .aggregation(KINDS, f -> f.terms().field("historyKind", HistoryKind.class));
        if (single != null) {
            options = options.aggregation(PAIRS, f -> f.terms().field(single.field(), String.class).maxTermCount(MAX_PAIRS));
        }
        SearchResult<List<?>> result = options.fetch(query.page() * query.size(), query.size());

        Snippets snippets = query.text().isEmpty() ? null : Snippets.forQuery(query.text(), 90);
        List<SupplierHit> items = new ArrayList<>();
        for (List<?> row : result.hits()) {
            items.add(hit(row, snippets));
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put(SupplierPage.FACET_REGION, values(result.aggregation(REGIONS)));
        facets.put(SupplierPage.FACET_SPECIALITY, values(result.aggregation(SPECIALITIES)));
        facets.put(SupplierPage.FACET_INDUSTRY, values(result.aggregation(INDUSTRIES)));
        facets.put(SupplierPage.FACET_LEVEL, values(result.aggregation(LEVELS)));
        facets.put(SupplierPage.FACET_YEAR, values(result.aggregation(YEARS)).stream()
                .sorted(Comparator.comparing(FacetValue::value).reversed()).toList());
        facets.put(SupplierPage.FACET_VERIFIED, values(result.aggregation(KINDS)).stream()
                .filter(v -> v.value().equals(HistoryKind.VERIFIED.name())).toList());
        if (single != null) {
            exactFromPairs(query, allWords, single, result.aggregation(PAIRS), result.total().hitCount(), facets);
        } else if (query.filtersHistories()) {
            exactHistoryCounts(query, allWords, facets);
        }
        return new SupplierPage(result.total().hitCount(), facets, items, query.page(), query.size(),
                result.took().toMillis());
    }

    @Override
    public List<String> suggest(String p, int limit) {
        if (HangulInitials.isInitialsOnly(p)) {
            // 초성: the words of the vocabulary that begin so, then names
            List<String> out = new ArrayList<>(vocabulary.current().complete(p, limit));
            if (out.size() < limit) {
                Search.session(em).search(SupplierProfile.class).select(f -> f.field("name", String.class))
                        .where(f -> f.wildcard().field("initials").matching(p.replace(" ", "") + "*"))
                        .sort(f -> f.score().then().field("verifiedBuilds").desc()).fetchHits(limit * 2).stream()
                        .filter(n -> !out.contains(n)).limit(limit - out.size()).forEach(out::add);
            }
            return out;
        }
        List<String> names = Search.session(em).search(SupplierProfile.class)
                .select(f -> f.field("name", String.class))
                .where(f -> HangulInitials.isInitialsOnly(p)
                        ? f.wildcard().field("initials").matching(p.replace(" ", "") + "*")
                        : f.match().field("name_suggest").matching(p))
                .sort(f -> f.score().then().field("verifiedBuilds").desc())
                .fetchHits(limit * 2);
        return names.stream().distinct().limit(limit).toList();
    }

    @Override
    public List<SupplierHit> similarTo(SupplierProfile profile, int max) {
        long supplierId = profile.getId();
        Set<String> leaves = profile.getSpecialities().stream().map(s -> s.getCode()).collect(java.util.stream.Collectors.toSet());
        Set<String> specialities = profile.getSpecialityPaths();
        Set<String> industries = profile.getBuildHistories().stream().map(h -> h.getClientIndustry().getCode())
                .collect(java.util.stream.Collectors.toSet());
        if (specialities.isEmpty() && industries.isEmpty()) {
            return List.of();
        }
        List<List<?>> rows = Search.session(em).search(SupplierProfile.class)
                .select(HibernateSearchSupplierIndex::row)
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
                .fetchHits(max);
        return rows.stream().map(row -> hit(row, null)).toList();
    }

    /**
     * Replaces the documents of these suppliers with what the database holds now. Each replacement is atomic,
     * so a concurrent search sees the old or the new document, never none or two; applied when the chunk's
     * transaction commits.
     */
    @Override
    public void reindex(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        em.createQuery("select p from SupplierProfile p join fetch p.company where p.id in :ids", SupplierProfile.class)
                .setParameter("ids", ids).getResultList().forEach(plan::addOrUpdate);
    }

    /** Removes documents whose supplier is gone or no longer listed; returns how many. */
    @Override
    public int purgeOrphans() {
        SearchSession session = Search.session(em);
        List<Long> indexed = session.search(SupplierProfile.class).select(f -> f.id(Long.class)).where(f -> f.matchAll())
                .fetchAllHits();
        Set<Long> listed = new HashSet<>(em.createQuery("select p.id from SupplierProfile p where p.registration.status = :listed",
                Long.class).setParameter("listed", RegistrationStatus.APPROVED).getResultList());
        int purged = 0;
        for (Long id : indexed) {
            if (!listed.contains(id)) {
                session.indexingPlan().purge(SupplierProfile.class, id, null);
                purged++;
            }
        }
        return purged;
    }

    /** What a result row shows, without text for snippets. */
    private static ProjectionFinalStep<List<?>> row(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(f.id(Long.class), f.field("registrationNumber", String.class),
                        f.field("name", String.class), f.field("region", Region.class),
                        f.field("speciality", String.class).multi(), f.field("verifiedBuilds", Integer.class),
                        f.field("rating", BigDecimal.class)).asList();
    }

    /** The score a word found adds when not all words are required (relevance scores stay far below it). */
    private static final float COVERAGE = 100f;

    /** Of so many words, how many a supplier must cover when not all are required. */
    static int required(int words) {
        return words <= 2 ? words : words <= 4 ? words - 1 : (int) Math.ceil(words * 0.6);
    }

    /** The vocabulary when the text has a 초성 word (only then is it needed, or built). */
    private kr.go.smartfactory.search.query.InitialsVocabulary vocabularyFor(String text) {
        return java.util.Arrays.stream(text.split("\\s+")).anyMatch(HangulInitials::isInitialsOnly) ? vocabulary.current() : null;
    }

    @Override
    public void mergeSegments() {
        var workspace = Search.session(em).workspace(SupplierProfile.class);
        // the rebuild's last writes committed first; the merge committed (it is no write, nothing else would commit it)
        // and searches reading the merged segment at once
        workspace.flush();
        workspace.mergeSegments();
        workspace.flush();
        workspace.refresh();
    }

    @Override
    public int refreshVocabulary() {
        return vocabulary.rebuild().size();
    }

    private static PredicateFinalStep text(SearchPredicateFactory f, String text, boolean allWords,
            kr.go.smartfactory.search.query.InitialsVocabulary vocabulary) {
        List<String> words = java.util.Arrays.stream(text.split("\\s+")).filter(w -> !w.isBlank()).toList();
        // generic words (사례, 전문, 업체 …) say what kind of answer is wanted: never required, they add coverage
        List<String> subject = words.stream().filter(w -> !GenericWords.isGeneric(w)).toList();
        List<String> required = subject.isEmpty() ? words : subject;
        var optional = f.bool();
        PredicateFinalStep requiredWords = f.bool(all -> {
            if (!allWords) {
                all.minimumShouldMatchNumber(required(required.size()));
            }
            for (String word : required) {
                boolean code = CODE_WORD.matcher(word).matches();
                PredicateFinalStep clause = f.bool(any -> {
                    said(f, any, word, code, false);
                    for (String speciality : SpecialityWords.codes(word)) {
                        // a speciality the supplier built is found, whatever words its texts use (로보틱스: 협동로봇 도입)
                        any.should(f.terms().field(ProofTerms.FIELD).matchingAny(ProofTerms.built(speciality)).constantScore().boost(CLAIM));
                    }
                    if (HangulInitials.isInitialsOnly(word)) {
                        // a substring of the 초성 of a name or solution: one term of the n-gram field (a leading
                        // wildcard over Hangul compiled an automaton per query, most of a 초성 search's time)
                        // — a constant: a rare name with these initials (바른랩) must not outrank the builds that say the
                        // frequent word meant (불량률) for its rarity alone
                        any.should(word.length() <= KoreanAnalyzers.INITIALS_MAX_GRAM
                                ? f.match().field("initials_ngram").matching(word).constantScore().boost(CLAIM)
                                : f.wildcard().field("initials").matching("*" + word + "*").constantScore().boost(CLAIM));
                        // …and the words of the whole vocabulary with these initials (ㄱㄷㄹ → 가동률): found in any text
                        if (vocabulary != null) {
                            for (String meant : vocabulary.expand(word, INITIALS_EXPANSIONS)) {
                                said(f, any, meant, false, true);
                            }
                        }
                    }
                    if (!code && LATIN_WORD.matcher(word).matches()) {
                        any.should(f.match().fields(TEXT_FIELDS).matching(word.toLowerCase(Locale.ROOT)).fuzzy(1, 1).boost(0.5f));
                    }
                    List<String> divisions = IndustryWords.divisions(word);
                    if (!divisions.isEmpty()) {
                        // an industry as users say it (금형, 뿌리산업): the builds for clients of that KSIC industry
                        any.should(f.terms().field("historyIndustry").matchingAny(divisions).boost(1.5f));
                    }
                });
                if (allWords) {
                    all.must(clause);
                } else {
                    // coverage first: each word found adds a constant far above what relevance adds, so a supplier
                    // covering more words always ranks higher, and relevance orders those covering as many
                    all.should(covered(f, clause));
                }
            }
        });
        if (required.size() == words.size()) {
            return requiredWords;
        }
        for (String word : words) {
            if (!required.contains(word)) {
                // a little for having it: it says little about what is searched for
                var generic = f.bool();
                said(f, generic, word, false, false);
                optional.should(generic.constantScore().boost(GENERIC));
            }
        }
        return f.bool().must(requiredWords).should(optional);
    }

    /** The clause of a word, and a constant for having it (coverage). */
    private static PredicateFinalStep covered(SearchPredicateFactory f, PredicateFinalStep clause) {
        return f.bool(w -> {
            w.must(clause);
            w.should(f.matchAll().constantScore().boost(COVERAGE));
        });
    }

    /**
     * The word in the texts. A speciality (MES, 비전검사, 로보틱스) is proven by builds ({@link #proof}); a name, what a
     * supplier says it offers or its introduction only claim it, and count the same whatever their length or the
     * word's rarity. So do they for a word {@code guessed} from 초성 (ㅂㄹㄹ: 불량률, or the name 바른랩): a rare name
     * must not outrank the builds that say a frequent word. Plans count least.
     */
    private static void said(SearchPredicateFactory f, org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep<?> any,
            String word, boolean code, boolean guessed) {
        // what the builds describe; the parts of a compound in sequence (에너지관리 is not 에너지 … 관리)
        any.should(words(f, word, code, 1f, "historyText"));
        any.should(f.phrase().field("historyText_bigram").matching(word).boost(0.7f));
        var claims = f.bool()
                .should(words(f, word, code, 3f, "name"))
                .should(words(f, word, code, 2f, "offer"))
                .should(words(f, word, code, 1f, "introduction"))
                .should(f.phrase().field("name_bigram").matching(word).boost(2f))
                .should(f.phrase().field("offer_bigram").matching(word).boost(0.7f))
                .should(f.phrase().field("introduction_bigram").matching(word).boost(0.7f));
        any.should(SpecialityWords.codes(word).isEmpty() && !guessed ? claims : claims.constantScore().boost(CLAIM));
        // plans ("개발 중", "출시 예정"): found, but a claim at most
        any.should(f.phrase().field("plans").matching(word).slop(2).constantScore().boost(PLAN));
    }

    /** The score a claim adds (a name, offer or introduction containing a speciality word; builds add more). */
    private static final float CLAIM = 2f;
    /** The score a generic word found adds (사례, 전문, 업체). */
    private static final float GENERIC = 0.5f;
    /** The score a plan adds. */
    private static final float PLAN = 0.3f;

    /**
     * The word in these fields: a model number or code as a phrase; otherwise its morphemes in sequence, at most two
     * positions apart (a particle or a word between): 불량률 does not match 가동률, nor 에너지관리 a text with 에너지
     * in one sentence and 관리 in another.
     */
    private static PredicateFinalStep words(SearchPredicateFactory f, String word, boolean code, float boost, String field) {
        return code ? f.phrase().field(field).matching(word).boost(boost)
                : f.phrase().field(field).matching(word).slop(2).boost(boost);
    }

    /** Proven capability ({@link ProofTerms#forQuery}): a constant score per matching-build threshold reached. Null when there is nothing to count. */
    private static PredicateFinalStep proof(SearchPredicateFactory f, SupplierQuery q,
            kr.go.smartfactory.search.query.InitialsVocabulary vocabulary) {
        Integer year = q.yearFrom() != null && q.yearFrom().equals(q.yearTo()) ? q.yearFrom() : null;
        List<ProofTerms.Scored> terms = ProofTerms.forQuery(List.of(q.text().split("\\s+")), year,
                word -> vocabulary == null ? List.of() : vocabulary.expand(word, INITIALS_EXPANSIONS));
        if (terms.isEmpty()) {
            return null;
        }
        var proof = f.bool();
        terms.forEach(t -> proof.should(f.match().field(ProofTerms.FIELD).matching(t.term()).constantScore().boost(t.score())));
        return proof;
    }

    private static void filters(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root, SupplierQuery q) {
        supplierFilters(f, root, q);
        if (q.filtersHistories()) {
            root.add(f.nested("histories").add(historyFilter(f, q, null)));
        }
    }

    /** The filters on the supplier itself (region, speciality), without those on its build histories. */
    private static void supplierFilters(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root, SupplierQuery q) {
        if (q.region() != null) {
            root.add(f.match().field("region").matching(q.region()));
        }
        if (q.speciality() != null) {
            root.add(f.match().field("speciality").matching(q.speciality()));
        }
    }

    /** A result row ({@link #row}); with text, snippets from the introduction, offer and build histories (up to 3). */
    @SuppressWarnings("unchecked")
    private static SupplierHit hit(List<?> row, Snippets snippets) {
        List<?> fields = snippets == null ? row : (List<?>) row.get(0);
        List<String> specialities = SupplierHit.leaves((List<String>) fields.get(4));
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


    private static <K> List<FacetValue> values(Map<K, Long> counts) {
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((k, v) -> values.add(new FacetValue(k instanceof Enum<?> e ? e.name() : String.valueOf(k), v)));
        return values;
    }
}
