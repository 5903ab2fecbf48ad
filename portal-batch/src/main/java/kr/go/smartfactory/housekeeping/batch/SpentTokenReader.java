package kr.go.smartfactory.housekeeping.batch;

import java.time.Clock;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.batch.support.IdPageReader;
import kr.go.smartfactory.batch.support.ReferenceTime;
import kr.go.smartfactory.housekeeping.application.Housekeeping;

/** Ids of one-time tokens already used or expired at the run's reference time. */
@Named
@Dependent
public class SpentTokenReader extends IdPageReader {

    @Inject
    private Housekeeping housekeeping;

    @Inject
    @BatchProperty
    private String referenceTime;

    @Inject
    private Clock clock;

    @Override
    protected List<Long> nextIds(long afterId, int max) {
        return housekeeping.spentTokenIds(afterId, ReferenceTime.parse(referenceTime, clock), max);
    }
}
