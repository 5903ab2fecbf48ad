package kr.go.smartfactory.usage.application;

import java.time.Instant;

import kr.go.smartfactory.usage.domain.ReceiptCode;

/** The log API's answer to one request: its code, the parameter a refusal concerns (or null), when it was answered. */
public record Receipt(ReceiptCode code, String field, Instant at) {
}
