package kr.go.smartfactory.usage.domain;

import java.time.Instant;

/** An accepted log as it is stored: the key and its site, the entry, when the portal received it. */
public record UsageRow(long keyId, long companyId, Long projectId, LogEntry entry, Instant receivedAt) {
}
