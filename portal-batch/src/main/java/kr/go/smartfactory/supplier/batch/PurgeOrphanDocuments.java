package kr.go.smartfactory.supplier.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.supplier.application.SearchIndexMaintenance;

/** Step 2 of search-index-refresh: drop documents of suppliers that no longer exist. */
@Named
@Dependent
public class PurgeOrphanDocuments extends AbstractBatchlet {

    @Inject
    private SearchIndexMaintenance maintenance;

    @Inject
    private StepContext step;

    @Override
    public String process() {
        int purged = maintenance.purgeOrphans();
        step.setExitStatus("PURGED " + purged);
        return "PURGED";
    }
}
