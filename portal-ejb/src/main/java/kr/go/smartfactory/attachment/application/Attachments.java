package kr.go.smartfactory.attachment.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.attachment.domain.Attachment;
import kr.go.smartfactory.attachment.domain.AttachmentKind;
import kr.go.smartfactory.attachment.domain.AttachmentRepository;
import kr.go.smartfactory.attachment.domain.ContentInspector;
import kr.go.smartfactory.attachment.domain.FileType;
import kr.go.smartfactory.attachment.domain.ImageMetadata;
import kr.go.smartfactory.attachment.domain.Inspection;
import kr.go.smartfactory.attachment.domain.StoredFile;
import kr.go.smartfactory.attachment.infrastructure.AttachmentStore;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * The one way files come into the portal and go out again. {@link #store} receives an upload for a signed-in
 * caller, checks it by its content ({@link ContentInspector}), strips image metadata, keeps it in the store and
 * records it; {@link #open} hands a file back only to someone allowed to read it. Contexts keep the returned id
 * with what the file belongs to.
 */
@Stateless
@PermitAll
public class Attachments {

    @Inject
    private AttachmentRepository attachments;

    @Inject
    private AttachmentStore store;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private Instance<AttachmentAccess> grants;

    /**
     * Stores an upload of {@code kind} for the company {@code ownerCompanyId} (whose members may read it; null for
     * none). A refused file is {@link DomainException} naming the field "file"; nothing is kept.
     */
    public AttachmentView store(AttachmentKind kind, Long ownerCompanyId, String fileName, InputStream content) {
        return store(caller.account().getId(), kind, ownerCompanyId, fileName, content);
    }

    /** The same, on behalf of an account the system names (demo data, imports run by administrators). */
    @RolesAllowed(Role.Names.ADMIN)
    public AttachmentView storeFor(long uploaderId, AttachmentKind kind, Long ownerCompanyId, String fileName, InputStream content) {
        return store(uploaderId, kind, ownerCompanyId, fileName, content);
    }

    private AttachmentView store(long uploaderId, AttachmentKind kind, Long ownerCompanyId, String fileName, InputStream content) {
        Path received = store.receive(content, kind.maxBytes(), kind.tooLargeKey());
        Path clean = null;
        try {
            FileType type = ContentInspector.inspect(received, fileName, kind);
            boolean stripped = false;
            Path checked = received;
            if (type.isImage()) {
                clean = store.temporary();
                stripped = ImageMetadata.strip(type, received, clean);
                checked = clean;
            }
            StoredFile file = store.keep(checked, clock.instant());
            Attachment attachment = new Attachment(kind, new Inspection(type, stripped), fileName, file, ownerCompanyId,
                    uploaderId, clock.instant());
            attachments.add(attachment);
            return AttachmentView.of(attachment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            AttachmentStore.discard(received);
            if (clean != null) {
                AttachmentStore.discard(clean);
            }
        }
    }

    /** An attachment's description, for someone allowed to read it. */
    public AttachmentView view(long id) {
        return AttachmentView.of(readable(id));
    }

    /** The file to send, for someone allowed to read it ({@link AccessDeniedException} otherwise: 403). */
    public Download open(long id) {
        return download(readable(id));
    }

    /**
     * A published file for anyone, signed in or not: only attachments of a published kind, and only when the
     * context holding it has checked that what it belongs to is public.
     */
    public Download openPublished(long id) {
        return download(attachments.attachment(id).filter(found -> found.getKind().isPublished())
                .orElseThrow(() -> new DomainException("attachment.notFound")));
    }

    /** The file to send; a record whose file is gone (a restored database without its files) is "not found", never a 500. */
    private Download download(Attachment a) {
        Path file = store.path(a.getStorageKey());
        if (!java.nio.file.Files.isRegularFile(file)) {
            java.util.logging.Logger.getLogger(Attachments.class.getName())
                    .severe("attachment " + a.getId() + " has no file in the store (" + a.getStorageKey() + ")");
            throw new DomainException("attachment.notFound");
        }
        return new Download(a.getOriginalName(), a.getFileType().contentType(), a.getSize(), a.getSha256(), file);
    }

    /** Descriptions of published files by id (for an announcement's public page). */
    public Map<Long, AttachmentView> publishedViews(Collection<Long> ids) {
        Map<Long, AttachmentView> views = new HashMap<>();
        for (Attachment a : attachments.attachments(ids)) {
            if (a.getKind().isPublished()) {
                views.put(a.getId(), AttachmentView.of(a));
            }
        }
        return views;
    }

    /** Removes an attachment that its context no longer needs; the file goes when the transaction commits. */
    public void discard(long id) {
        attachments.attachment(id).ifPresent(a -> {
            attachments.remove(a);
            store.removeAfterCommit(a.getStorageKey());
        });
    }

    /**
     * The descriptions of those of these attachments the caller may read, by id, in one query (for a table that
     * shows a file on each row); the others are left out.
     */
    public Map<Long, AttachmentView> views(Collection<Long> ids) {
        UserAccount reader = caller.account();
        Map<Long, AttachmentView> views = new HashMap<>();
        for (Attachment a : attachments.attachments(ids)) {
            if (mayRead(a, reader)) {
                views.put(a.getId(), AttachmentView.of(a));
            }
        }
        return views;
    }

    private Attachment readable(long id) {
        UserAccount reader = caller.account();
        Attachment a = attachments.attachment(id).orElseThrow(() -> new DomainException("attachment.notFound"));
        if (!mayRead(a, reader)) {
            throw new AccessDeniedException("attachment " + id + " is not the caller's to read");
        }
        return a;
    }

    private boolean mayRead(Attachment a, UserAccount reader) {
        Long companyId = reader.getCompany() == null ? null : reader.getCompany().getId();
        return a.readableBy(reader.getId(), companyId, reader.getRoles())
                || grants.stream().anyMatch(g -> g.grants(a, reader));
    }

    /** A file on its way to the reader. */
    public record Download(String name, String contentType, long size, String sha256, Path file) {
    }
}
