package kr.go.smartfactory.supplier.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.supplier.application.SearchIndexMaintenance;

/** Step 4 of search-index-refresh: the vocabulary 초성 queries expand to, built again from the rebuilt data. */
@Named
@Dependent
public class RefreshSearchVocabulary extends AbstractBatchlet {

    @Inject
    private SearchIndexMaintenance maintenance;

    @Inject
    private StepContext step;

    @Override
    public String process() {
        int words = maintenance.refreshVocabulary();
        step.setExitStatus("WORDS " + words);
        return "REFRESHED";
    }
}
