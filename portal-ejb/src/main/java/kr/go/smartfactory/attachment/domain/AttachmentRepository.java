package kr.go.smartfactory.attachment.domain;

import java.util.Optional;

/** Attachments' metadata (the files themselves are in the {@code AttachmentStore}). */
public interface AttachmentRepository {

    Optional<Attachment> attachment(long id);

    void add(Attachment attachment);

    void remove(Attachment attachment);
}
