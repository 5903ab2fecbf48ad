package kr.go.smartfactory.usage.domain;

import java.util.concurrent.CompletableFuture;

/** Where accepted logs go: completes with true once the row is durable, false when it was not stored. */
public interface UsageLogStore {

    CompletableFuture<Boolean> write(UsageRow row);
}
