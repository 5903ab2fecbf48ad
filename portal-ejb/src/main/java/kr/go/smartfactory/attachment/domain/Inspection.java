package kr.go.smartfactory.attachment.domain;

/** What {@link ContentInspector} found a file to be; whether it removed image metadata on the way. */
public record Inspection(FileType type, boolean metadataStripped) {
}
