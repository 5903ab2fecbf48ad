package kr.go.smartfactory.aftersales.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.aftersales.application.CaseIndexMaintenance;

/** Last step of search-index-refresh: the knowledge base's documents written again from the database, in place. */
@Named
@Dependent
public class RebuildCaseIndex extends AbstractBatchlet {

    @Inject
    private CaseIndexMaintenance maintenance;

    @Inject
    private StepContext step;

    @Override
    public String process() {
        int cases = maintenance.rebuild();
        step.setExitStatus("CASES " + cases);
        return "REBUILT";
    }
}
