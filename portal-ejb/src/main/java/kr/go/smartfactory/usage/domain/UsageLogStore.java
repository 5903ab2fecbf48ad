package kr.go.smartfactory.usage.domain;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Where the log API's requests end: accepted logs (the future completes with true once the row is durable, false when it
 * was not stored) and the counts of known keys' refused requests (written in bulk every few seconds; at most those of
 * the last few seconds are lost in a crash — a refusal was never acknowledged as stored).
 */
public interface UsageLogStore {

    CompletableFuture<Boolean> write(UsageRow row);

    /** A request of a known key refused with this code. */
    void refused(long keyId, Instant at, ReceiptCode code);

    /** Writes the refusals counted so far now (the nightly job does before it adds a day up); returns how many rows. */
    int flushRefusals();
}
