package kr.go.smartfactory.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import kr.go.smartfactory.search.analysis.HangulInitials;
import kr.go.smartfactory.search.analysis.KoreanAnalyzers;
import kr.go.smartfactory.search.query.GenericWords;
import kr.go.smartfactory.search.query.IndustryWords;
import kr.go.smartfactory.search.query.ProofTerms;
import kr.go.smartfactory.search.query.SpecialityWords;

/**
 * The benchmark's "limit": the same search straight on the portal's Lucene index, in this process, with the
 * same analysers and the same query structure as the portal's {@code SupplierSearch} (every subject word in any of
 * its readings: Nori morphemes in sequence, CJK-bigram phrase, 초성, one Latin typo, an industry; claims and plans;
 * the proof terms; generic words optional; filters, nested history filters as a block join; the sort — not the 초성
 * vocabulary's expansions, which live in the server), the top 20 with their stored fields, and — in the "full" variant — the same six
 * facet counts from doc values. What it leaves out is everything around Lucene: HTTP, JSON, the EJB and
 * Hibernate Search layers, and the snippets.
 */
final class LuceneBaseline implements AutoCloseable {

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9+#.-]{2,}");
    private static final Pattern CODE_WORD = Pattern.compile("(?=.*\\p{L})(?=.*\\d)[\\p{Alnum}.+#/-]+");
    private static final Map<String, Float> TEXT_FIELDS = Map.of("name", 3f, "offer", 2f, "introduction", 1f, "historyText", 1f);
    private static final Map<String, Float> BIGRAM_FIELDS = Map.of("name_bigram", 2f, "offer_bigram", 0.7f,
            "introduction_bigram", 0.7f, "historyText_bigram", 0.7f);
    private static final String[] FACETS = {"region", "speciality", "historyIndustry", "historyLevel", "historyKind", "historyYear"};

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer korean = KoreanAnalyzers.korean();
    private final Analyzer bigram = KoreanAnalyzers.koreanBigramQuery();
    private final Query mainDocuments = new TermQuery(new Term("__HSEARCH_type", "main"));
    private final QueryBitSetProducer parents = new QueryBitSetProducer(mainDocuments);

    LuceneBaseline(Path indexDirectory) throws IOException {
        this.reader = DirectoryReader.open(FSDirectory.open(indexDirectory));
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null); // as the portal's searches: each one computed afresh
    }

    int documents() {
        return reader.numDocs();
    }

    /** Runs one query (the portal's URL parameters); returns the total hits. */
    long run(Map<String, String> params, boolean withFacets) throws IOException {
        String text = params.getOrDefault("q", "").strip();
        Query query = query(params, text);
        Sort sort = sort(params.getOrDefault("sort", ""), text.isEmpty());
        TopFieldCollector top = TopFieldCollector.create(sort, 20, Integer.MAX_VALUE);
        FacetCounter facets = new FacetCounter();
        searcher.search(query, withFacets ? MultiCollector.wrap(top, facets) : top);
        if (withFacets) {
            facets.result();
        }
        TopFieldDocs docs = top.topDocs();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc doc : docs.scoreDocs) {
            stored.document(doc.doc); // what a hit shows (and the texts its snippets come from)
        }
        return docs.totalHits.value;
    }

    private Query query(Map<String, String> p, String text) {
        BooleanQuery.Builder root = new BooleanQuery.Builder().add(mainDocuments, Occur.FILTER).add(new MatchAllDocsQuery(), Occur.MUST);
        if (!text.isEmpty()) {
            // as the portal: the subject words required, generic ones a small constant, the proof terms scored
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            java.util.List<String> words = java.util.Arrays.asList(text.split("\\s+"));
            boolean onlyGeneric = words.stream().allMatch(GenericWords::isGeneric);
            for (String word : words) {
                if (GenericWords.isGeneric(word) && !onlyGeneric) {
                    all.add(new BoostQuery(new ConstantScoreQuery(said(word, false)), 0.5f), Occur.SHOULD);
                } else {
                    all.add(word(word), Occur.MUST);
                }
            }
            Query proof = proof(words, p);
            if (proof != null) {
                all.add(proof, Occur.SHOULD);
            }
            root.add(all.build(), Occur.MUST);
        }
        if (p.containsKey("region")) {
            root.add(new TermQuery(new Term("region", p.get("region"))), Occur.FILTER);
        }
        if (p.containsKey("speciality")) {
            root.add(new TermQuery(new Term("speciality", p.get("speciality"))), Occur.FILTER);
        }
        BooleanQuery.Builder history = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("__HSEARCH_nested_document_path", "histories")), Occur.FILTER);
        boolean nested = false;
        if (p.containsKey("industry")) {
            history.add(new TermQuery(new Term("histories.clientIndustryCode", p.get("industry"))), Occur.FILTER);
            nested = true;
        }
        if (p.containsKey("level")) {
            history.add(new TermQuery(new Term("histories.levelAfter", p.get("level"))), Occur.FILTER);
            nested = true;
        }
        if (p.containsKey("yearFrom") || p.containsKey("yearTo")) {
            history.add(IntPoint.newRangeQuery("histories.year", Integer.parseInt(p.getOrDefault("yearFrom", "0")),
                    Integer.parseInt(p.getOrDefault("yearTo", "9999"))), Occur.FILTER);
            nested = true;
        }
        if ("true".equals(p.get("verified"))) {
            history.add(new TermQuery(new Term("histories.kind", "VERIFIED")), Occur.FILTER);
            nested = true;
        }
        if (nested) {
            root.add(new ToParentBlockJoinQuery(history.build(), parents, org.apache.lucene.search.join.ScoreMode.None), Occur.FILTER);
        }
        return root.build();
    }

    private Query word(String word) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean code = CODE_WORD.matcher(word).matches();
        for (Query clause : said(word, code).clauses().stream().map(BooleanClause::getQuery).toList()) {
            any.add(clause, Occur.SHOULD);
        }
        for (String speciality : SpecialityWords.codes(word)) {
            add(any, new ConstantScoreQuery(new TermInSetQuery(ProofTerms.FIELD, ProofTerms.built(speciality).stream()
                    .map(BytesRef::new).toList())), 2f);
        }
        if (HangulInitials.isInitialsOnly(word)) {
            add(any, new ConstantScoreQuery(word.length() <= KoreanAnalyzers.INITIALS_MAX_GRAM ? new TermQuery(new Term("initials_ngram", word))
                    : new WildcardQuery(new Term("initials", "*" + word + "*"))), 2f);
        }
        if (!code && LATIN_WORD.matcher(word).matches()) {
            BooleanQuery.Builder fuzzy = new BooleanQuery.Builder();
            TEXT_FIELDS.keySet().forEach(field -> fuzzy.add(new FuzzyQuery(new Term(field, word.toLowerCase(Locale.ROOT)), 1, 1),
                    Occur.SHOULD));
            add(any, fuzzy.build(), 0.5f);
        }
        java.util.List<String> divisions = IndustryWords.divisions(word);
        if (!divisions.isEmpty()) {
            add(any, new ConstantScoreQuery(new TermInSetQuery("historyIndustry", divisions.stream().map(BytesRef::new).toList())), 1.5f);
        }
        return any.build();
    }

    /** The word in the texts: evidence in the build histories, claims (constant for a speciality word), plans. */
    private BooleanQuery said(String word, boolean code) {
        QueryBuilder builder = new QueryBuilder(korean);
        QueryBuilder bigrams = new QueryBuilder(bigram);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        add(any, phrase(builder, "historyText", word, code), 1f);
        add(any, bigrams.createPhraseQuery("historyText_bigram", word), 0.7f);
        BooleanQuery.Builder claims = new BooleanQuery.Builder();
        add(claims, phrase(builder, "name", word, code), 3f);
        add(claims, phrase(builder, "offer", word, code), 2f);
        add(claims, phrase(builder, "introduction", word, code), 1f);
        add(claims, bigrams.createPhraseQuery("name_bigram", word), 2f);
        add(claims, bigrams.createPhraseQuery("offer_bigram", word), 0.7f);
        add(claims, bigrams.createPhraseQuery("introduction_bigram", word), 0.7f);
        Query claimed = claims.build();
        add(any, SpecialityWords.codes(word).isEmpty() ? claimed : new BoostQuery(new ConstantScoreQuery(claimed), 2f), 1f);
        Query plans = builder.createPhraseQuery("plans", word, 2);
        if (plans != null) {
            add(any, new ConstantScoreQuery(plans), 0.3f);
        }
        return any.build();
    }

    private static Query phrase(QueryBuilder builder, String field, String word, boolean code) {
        return builder.createPhraseQuery(field, word, code ? 0 : 2);
    }

    /** The proof terms ({@link ProofTerms#forQuery}) as the portal asks them (초성 words aside: the portal expands them through its vocabulary). */
    private static Query proof(java.util.List<String> words, Map<String, String> p) {
        Integer year = p.get("yearFrom") != null && p.get("yearFrom").equals(p.get("yearTo")) ? Integer.valueOf(p.get("yearFrom")) : null;
        java.util.List<ProofTerms.Scored> terms = ProofTerms.forQuery(words, year, word -> java.util.List.of());
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder proof = new BooleanQuery.Builder();
        terms.forEach(t -> proof.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(ProofTerms.FIELD, t.term()))), t.score()),
                Occur.SHOULD));
        return proof.build();
    }

    private static void add(BooleanQuery.Builder any, Query q, float boost) {
        if (q != null) {
            any.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
        }
    }

    private static Sort sort(String sort, boolean noText) {
        SortField verified = new SortedNumericSortField("verifiedBuilds", SortField.Type.INT, true);
        SortField name = new SortedSetSortField("name_sort", false);
        return switch (sort) {
            case "verified" -> new Sort(verified, SortField.FIELD_SCORE, name);
            case "rating" -> new Sort(new SortedNumericSortField("rating", SortField.Type.LONG, true), verified);
            default -> noText ? new Sort(verified, name) : new Sort(SortField.FIELD_SCORE, verified);
        };
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** The six facets, counting matching suppliers per value, from the same doc values the portal aggregates. */
    private static final class FacetCounter extends SimpleCollector {

        private final Map<String, Map<String, Integer>> counts = new HashMap<>();
        private final SortedSetDocValues[] values = new SortedSetDocValues[FACETS.length];
        private final int[][] segmentCounts = new int[FACETS.length][];

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flushSegment();
            for (int i = 0; i < FACETS.length; i++) {
                values[i] = DocValues.getSortedSet(context.reader(), FACETS[i]);
                segmentCounts[i] = new int[(int) values[i].getValueCount()];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int i = 0; i < FACETS.length; i++) {
                if (values[i].advanceExact(doc)) {
                    for (int n = 0; n < values[i].docValueCount(); n++) {
                        segmentCounts[i][(int) values[i].nextOrd()]++;
                    }
                }
            }
        }

        /** Segment ordinals to values, merged over segments. */
        Map<String, Map<String, Integer>> result() throws IOException {
            flushSegment();
            return counts;
        }

        private void flushSegment() throws IOException {
            for (int i = 0; i < FACETS.length; i++) {
                if (segmentCounts[i] == null) {
                    continue;
                }
                Map<String, Integer> c = counts.computeIfAbsent(FACETS[i], k -> new HashMap<>());
                for (int ord = 0; ord < segmentCounts[i].length; ord++) {
                    if (segmentCounts[i][ord] > 0) {
                        c.merge(values[i].lookupOrd(ord).utf8ToString(), segmentCounts[i][ord], Integer::sum);
                    }
                }
                segmentCounts[i] = null;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
