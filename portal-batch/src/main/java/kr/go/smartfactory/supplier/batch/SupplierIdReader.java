package kr.go.smartfactory.supplier.batch;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.batch.support.IdPageReader;
import kr.go.smartfactory.supplier.application.SearchIndexMaintenance;

/** Every supplier profile id, ascending, checkpointed on the last one. */
@Named
@Dependent
public class SupplierIdReader extends IdPageReader {

    @Inject
    private SearchIndexMaintenance maintenance;

    @Override
    protected List<Long> nextIds(long afterId, int max) {
        return maintenance.profileIds(afterId, max);
    }
}
