package kr.go.smartfactory.housekeeping.batch;

import java.time.Clock;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.aftersales.application.AfterService;
import kr.go.smartfactory.batch.support.ReferenceTime;

/**
 * The housekeeping job's last step: after-service requests past an SLA target at the run's reference time are
 * escalated one level (the group's leaders or the supplier, then regional staff). The exit status says how many.
 */
@Named
@Dependent
public class EscalateOverdueRequests extends AbstractBatchlet {

    @Inject
    private AfterService afterService;

    @Inject
    private Clock clock;

    @Inject
    @BatchProperty
    private String referenceTime;

    @Override
    public String process() {
        return "ESCALATED " + afterService.escalateOverdue(ReferenceTime.parse(referenceTime, clock));
    }
}
