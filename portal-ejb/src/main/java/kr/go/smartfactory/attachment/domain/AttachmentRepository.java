package kr.go.smartfactory.attachment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Attachments' metadata (the files themselves are in the {@code AttachmentStore}). */
public interface AttachmentRepository {

    Optional<Attachment> attachment(long id);

    /** The attachments with these ids that exist, in one query. */
    List<Attachment> attachments(Collection<Long> ids);

    void add(Attachment attachment);

    void remove(Attachment attachment);
}
