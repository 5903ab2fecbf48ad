package kr.go.smartfactory.usage.application;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.go.smartfactory.usage.domain.KeyRates;
import kr.go.smartfactory.usage.domain.LogEntry;
import kr.go.smartfactory.usage.domain.ReceiptCode;
import kr.go.smartfactory.usage.domain.UsageLogStore;
import kr.go.smartfactory.usage.domain.UsageRow;

/**
 * The log API's work for one request, whatever shape its parameters came in: the key first (missing, unknown,
 * revoked — nobody without a key learns more), then the log's fields, then the key's rate, then the group commit.
 * The answer completes when the row is committed ({@link ReceiptCode#ACCEPTED}) or could not be
 * ({@link ReceiptCode#NOT_STORED}); refusals complete at once and store nothing but a count per known key (what its
 * site submitted in a day is what was accepted and what was refused).
 */
@ApplicationScoped
public class UsageIntake {

    private final KeyRates rates = new KeyRates();

    @Inject
    private KeyDirectory keys;

    @Inject
    private UsageLogStore writer;

    @Inject
    private Clock clock;

    public CompletableFuture<Receipt> receive(Map<String, String> parameters) {
        java.time.Instant now = clock.instant();
        LogEntry.Reading reading = LogEntry.read(parameters, now);
        if (reading.key() == null) {
            return answered(reading.refusal(), reading.field());
        }
        KeyDirectory.Site site = keys.find(reading.key());
        if (site == null) {
            return answered(ReceiptCode.UNKNOWN_KEY, LogEntry.KEY);
        }
        if (site.revoked()) {
            return refused(site, ReceiptCode.REVOKED_KEY, LogEntry.KEY, now);
        }
        if (reading.refused()) {
            return refused(site, reading.refusal(), reading.field(), now);
        }
        if (!rates.take(site.keyId(), site.rate(), now)) {
            return refused(site, ReceiptCode.TOO_OFTEN, null, now);
        }
        return writer.write(new UsageRow(site.keyId(), site.companyId(), site.projectId(), reading.entry(), now)).thenApply(stored -> {
            if (!stored) {
                writer.refused(site.keyId(), now, ReceiptCode.NOT_STORED);
            }
            return new Receipt(stored ? ReceiptCode.ACCEPTED : ReceiptCode.NOT_STORED, null, clock.instant());
        });
    }

    /** A known key's request refused: counted for its site's daily totals (submitted, not accepted). */
    private CompletableFuture<Receipt> refused(KeyDirectory.Site site, ReceiptCode code, String field, java.time.Instant now) {
        writer.refused(site.keyId(), now, code);
        return answered(code, field);
    }

    /** A key's rate changed or it was revoked on this node. */
    void forget(long keyId, String keyHash) {
        rates.forget(keyId);
        keys.forget(keyHash);
    }

    private CompletableFuture<Receipt> answered(ReceiptCode code, String field) {
        return CompletableFuture.completedFuture(new Receipt(code, field, clock.instant()));
    }
}
