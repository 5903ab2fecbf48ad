package kr.go.smartfactory.housekeeping.batch;

import java.time.Clock;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.audit.infrastructure.AuditActor;
import kr.go.smartfactory.batch.support.ReferenceTime;
import kr.go.smartfactory.housekeeping.application.Housekeeping;

/** Removes a chunk of unconfirmed sign-ups; the audit trail names the job as the actor. */
@Named
@Dependent
public class UnconfirmedSignUpWriter extends AbstractItemWriter {

    @Inject
    private Housekeeping housekeeping;

    @Inject
    @BatchProperty
    private String referenceTime;

    @Inject
    private Clock clock;

    @Inject
    @BatchProperty
    private String maxAgeHours;

    @Override
    public void writeItems(List<Object> items) {
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        AuditActor.runAs("system:housekeeping",
                () -> housekeeping.purgeUnconfirmed(ids, UnconfirmedSignUpReader.cutoff(ReferenceTime.parse(referenceTime, clock), maxAgeHours)));
    }
}
