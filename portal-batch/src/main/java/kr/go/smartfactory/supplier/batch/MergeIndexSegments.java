package kr.go.smartfactory.supplier.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.supplier.application.SearchIndexMaintenance;

/**
 * Step 3 of search-index-refresh: the rebuilt index merged into as few segments as it takes (Lucene's forced merge,
 * through Hibernate Search's workspace). A rebuild replaces every document, leaving the index spread over segments
 * full of deleted ones; each search pays per segment (facet ordinals are mapped across segments on every query).
 */
@Named
@Dependent
public class MergeIndexSegments extends AbstractBatchlet {

    @Inject
    private SearchIndexMaintenance maintenance;

    @Override
    public String process() {
        maintenance.mergeSegments();
        return "MERGED";
    }
}
