package kr.go.smartfactory.supplier.batch;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.supplier.application.SearchIndexMaintenance;

/** Rewrites the documents of a chunk of suppliers from the database. */
@Named
@Dependent
public class SupplierReindexWriter extends AbstractItemWriter {

    @Inject
    private SearchIndexMaintenance maintenance;

    @Override
    public void writeItems(List<Object> items) {
        maintenance.reindex(items.stream().map(Long.class::cast).toList());
    }
}
