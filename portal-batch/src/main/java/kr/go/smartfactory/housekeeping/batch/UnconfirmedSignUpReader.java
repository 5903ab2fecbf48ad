package kr.go.smartfactory.housekeeping.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.batch.support.IdPageReader;
import kr.go.smartfactory.batch.support.ReferenceTime;
import kr.go.smartfactory.housekeeping.application.Housekeeping;

/** Ids of accounts still waiting for e-mail confirmation {@code maxAgeHours} after sign-up. */
@Named
@Dependent
public class UnconfirmedSignUpReader extends IdPageReader {

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
    protected List<Long> nextIds(long afterId, int max) {
        return housekeeping.unconfirmedAccountIds(afterId, cutoff(ReferenceTime.parse(referenceTime, clock), maxAgeHours), max);
    }

    static Instant cutoff(Instant referenceTime, String maxAgeHours) {
        long hours = maxAgeHours == null || maxAgeHours.isBlank() ? 72 : Long.parseLong(maxAgeHours.strip());
        return referenceTime.minus(Duration.ofHours(hours));
    }
}
