package kr.go.smartfactory.search.analysis;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Registers the portal's analyzers with Hibernate Search's Lucene backend
 * ({@code hibernate.search.backend.analysis.configurer}). The analyzer names are the contract with the
 * Elasticsearch/OpenSearch backend used when the portal scales out, which defines the same names with the
 * server-side analysis-nori plugin.
 */
public class PortalLuceneAnalysisConfigurer implements LuceneAnalysisConfigurer {

    public static final String SORT_NORMALIZER = "sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(KoreanAnalyzers.KOREAN).instance(KoreanAnalyzers.korean());
        context.analyzer(KoreanAnalyzers.KOREAN_BIGRAM).instance(KoreanAnalyzers.koreanBigram());
        context.analyzer(KoreanAnalyzers.KOREAN_BIGRAM_QUERY).instance(KoreanAnalyzers.koreanBigramQuery());
        context.analyzer(KoreanAnalyzers.INITIALS_NGRAM).instance(KoreanAnalyzers.initialsNgram());
        context.analyzer(KoreanAnalyzers.INITIALS_QUERY).instance(KoreanAnalyzers.initialsQuery());
        context.analyzer(KoreanAnalyzers.AUTOCOMPLETE).instance(KoreanAnalyzers.autocomplete());
        context.analyzer(KoreanAnalyzers.AUTOCOMPLETE_QUERY).instance(KoreanAnalyzers.autocompleteQuery());
        context.normalizer(SORT_NORMALIZER).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
