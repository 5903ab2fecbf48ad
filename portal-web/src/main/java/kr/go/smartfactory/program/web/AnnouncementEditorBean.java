package kr.go.smartfactory.program.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.program.application.AnnouncementAdministration;
import kr.go.smartfactory.program.application.AnnouncementForm;
import kr.go.smartfactory.program.application.AnnouncementView;
import kr.go.smartfactory.program.domain.AnnouncementStatus;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.program.domain.TieBreak;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Messages;
import kr.go.smartfactory.web.support.Pages;

/**
 * staff/announcement.xhtml: writing a round (a new one starts from the last round of its type), its rules,
 * rubric and bonus items, its documents; publishing, closing, deleting a draft. Every rule is the domain's; this
 * bean only carries the form and shows what the service answers.
 */
@Named
@ViewScoped
public class AnnouncementEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AnnouncementAdministration administration;

    private Long id;
    private boolean idGiven;
    private String type;
    private AnnouncementForm form;
    private AnnouncementView saved;
    private String documentTitle;
    private transient Part document;

    /** viewAction: {@code id} edits an announcement (unknown: 404); otherwise {@code type} starts a new one. */
    public void load() {
        if (form != null) {
            return;
        }
        if (idGiven && id == null) {
            Pages.notFound();
            return;
        }
        if (id != null) {
            Actions.call(() -> administration.view(id), null).ifPresentOrElse(v -> {
                saved = v;
                form = administration.form(id);
            }, Pages::notFound);
            return;
        }
        ProgramType t = ProgramType.BASIC;
        for (ProgramType candidate : ProgramType.values()) {
            if (candidate.name().equals(type)) {
                t = candidate;
            }
        }
        form = administration.newForm(t);
        ensureRows();
    }

    private void ensureRows() {
        if (form.getRubric().isEmpty()) {
            addCriterion();
        }
    }

    public void addCriterion() {
        form.getRubric().add(new AnnouncementForm.Item());
    }

    public void removeCriterion(AnnouncementForm.Item item) {
        form.getRubric().remove(item);
    }

    public void addBonus() {
        form.getBonus().add(new AnnouncementForm.Item());
    }

    public void removeBonus(AnnouncementForm.Item item) {
        form.getBonus().remove(item);
    }

    public String save() {
        if (id == null) {
            return Actions.call(() -> administration.save(null, form), null).map(newId -> {
                Messages.flashInfo("announcement.saved");
                return "/staff/announcement?faces-redirect=true&id=" + newId;
            }).orElse(null);
        }
        if (Actions.run(() -> administration.save(id, form), "announcement.saved")) {
            reload();
        }
        return null;
    }

    public void publish() {
        if (Actions.run(() -> administration.publish(id), "announcement.published.done")) {
            reload();
        }
    }

    public void close() {
        if (Actions.run(() -> administration.close(id), "announcement.closed.done")) {
            reload();
        }
    }

    public String delete() {
        if (Actions.run(() -> administration.delete(id), null)) {
            Messages.flashInfo("announcement.deleted.done");
            return "/staff/announcements?faces-redirect=true";
        }
        return null;
    }

    public void upload() {
        String name = document == null ? "" : document.getSubmittedFileName();
        try (InputStream in = document == null ? InputStream.nullInputStream() : document.getInputStream()) {
            if (Actions.run(() -> administration.attach(id, documentTitle, name, in), "announcement.document.added")) {
                documentTitle = null;
                reload();
            }
        } catch (IOException e) {
            Messages.error("attachment.unreadable");
        }
    }

    public void detach(long attachmentId) {
        if (Actions.run(() -> administration.detach(id, attachmentId), "announcement.document.removed")) {
            reload();
        }
    }

    private void reload() {
        saved = administration.view(id);
        form = administration.form(id);
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isDraft() {
        return saved == null || saved.status() == AnnouncementStatus.DRAFT;
    }

    public boolean isPublished() {
        return saved != null && saved.status() == AnnouncementStatus.PUBLISHED;
    }

    public boolean isClosed() {
        return saved != null && saved.status() == AnnouncementStatus.CLOSED;
    }

    /**
     * The rubric and the bonus items are tables of rows; a problem about one of them as a whole is shown next to
     * a hidden input of that name (it carries nothing).
     */
    public String getFieldAnchor() {
        return "";
    }

    public void setFieldAnchor(String ignored) {
        // carries nothing: only an anchor for the rubric's and bonus items' messages
    }

    public SmartLevel[] getLevels() {
        return SmartLevel.values();
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public ProgramType[] getTypes() {
        return ProgramType.values();
    }

    public kr.go.smartfactory.program.domain.RequiredDocument[] getDocumentKinds() {
        return kr.go.smartfactory.program.domain.RequiredDocument.values();
    }

    public TieBreak[] getTieBreaks() {
        return TieBreak.values();
    }

    public AnnouncementForm getForm() {
        return form;
    }

    public AnnouncementView getSaved() {
        return saved;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String id) {
        if (this.id == null && id != null && !id.isBlank()) {
            this.idGiven = true;
            this.id = Pages.idOrNull(id);
        }
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    public void setDocumentTitle(String documentTitle) {
        this.documentTitle = documentTitle;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }
}
