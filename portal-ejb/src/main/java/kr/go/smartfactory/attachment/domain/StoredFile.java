package kr.go.smartfactory.attachment.domain;

/** A file in the store: its key (the path under the store's root), its size and its SHA-256 (hex). */
public record StoredFile(String key, long size, String sha256) {
}
