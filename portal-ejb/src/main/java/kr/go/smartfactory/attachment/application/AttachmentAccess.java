package kr.go.smartfactory.attachment.application;

import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.attachment.domain.Attachment;

/**
 * A context that lets more people read some attachments than {@link Attachment#readableBy} does — the supplier
 * handling an AS request reads its attachments, the evaluators assigned to an application read its documents —
 * implements this as a CDI bean; {@link Attachments} asks every one.
 */
public interface AttachmentAccess {

    boolean grants(Attachment attachment, UserAccount reader);
}
