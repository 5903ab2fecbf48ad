package kr.go.smartfactory.usage.infrastructure;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.usage.application.UsagePartitions;

/** At start-up, today's and the next week's usage log partitions (the nightly housekeeping keeps them coming). */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UsagePartitionsAtStartup {

    static final int DAYS_AHEAD = 8;
    private static final Logger LOG = Logger.getLogger(UsagePartitionsAtStartup.class.getName());

    @Inject
    private UsagePartitions partitions;

    @Inject
    private Clock clock;

    @PostConstruct
    void prepare() {
        int created = partitions.prepare(KoreanTime.today(clock), DAYS_AHEAD);
        if (created > 0) {
            LOG.info(() -> created + " usage log day partitions created");
        }
    }
}
