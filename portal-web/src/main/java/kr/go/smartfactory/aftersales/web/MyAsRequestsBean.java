package kr.go.smartfactory.aftersales.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import kr.go.smartfactory.aftersales.application.AfterService;
import kr.go.smartfactory.aftersales.application.AsRequestView;
import kr.go.smartfactory.aftersales.application.CaseView;
import kr.go.smartfactory.aftersales.application.KnowledgeBase;
import kr.go.smartfactory.aftersales.domain.AsCategory;
import kr.go.smartfactory.aftersales.domain.AsSeverity;
import kr.go.smartfactory.project.application.Agreements;
import kr.go.smartfactory.project.application.ProjectSummary;
import kr.go.smartfactory.project.domain.ProjectStatus;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Messages;
import kr.go.smartfactory.web.support.Pages;

/**
 * my/as-requests.xhtml: the SME's after-service requests (overdue ones marked) and the form that files a new one — on
 * one of its completed projects or on the company, with a file.
 */
@Named
@ViewScoped
public class MyAsRequestsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AfterService afterService;

    @Inject
    private Agreements agreements;

    private List<AsRequestView> rows;
    private List<ProjectSummary> projects;
    private Long projectId;
    private AsCategory category;
    private AsSeverity severity;
    private String title;
    private String description;
    private transient Part file;
    private List<CaseView> similar = List.of();

    @Inject
    private KnowledgeBase knowledgeBase;

    public List<AsRequestView> getRows() {
        if (rows == null) {
            rows = afterService.mine();
        }
        return rows;
    }

    /** The company's completed projects a request may be about (the routing reads their AS period). */
    public List<ProjectSummary> getProjects() {
        if (projects == null) {
            projects = agreements.mine().stream().filter(p -> p.status() == ProjectStatus.COMPLETED).toList();
        }
        return projects;
    }

    /** Files the request; on success the requester goes to it (its number and who handles it). */
    public void submit() {
        Part upload = file != null && file.getSize() > 0 ? file : null;
        try (InputStream in = upload == null ? null : upload.getInputStream()) {
            String name = upload == null ? null : upload.getSubmittedFileName();
            Actions.call(() -> afterService.file(projectId, category, severity, title, description, name, in), null).ifPresent(r -> {
                Messages.flashInfo("as.filed.done");
                Pages.redirect("/my/as-request.xhtml?id=" + r.id());
            });
        } catch (IOException unreadable) {
            Messages.error("attachment.unreadable");
        }
    }

    /** 비슷한 해결 사례: published cases like what the title says so far (ajax while typing), at most three. */
    public void findSimilar() {
        similar = title == null || title.strip().length() < 2 ? List.of()
                : knowledgeBase.search(title, category, SIMILAR).cases();
    }

    private static final int SIMILAR = 3;

    public List<CaseView> getSimilar() {
        return similar;
    }

    public AsCategory[] getCategories() {
        return AsCategory.values();
    }

    public AsSeverity[] getSeverities() {
        return AsSeverity.values();
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public AsCategory getCategory() {
        return category;
    }

    public void setCategory(AsCategory category) {
        this.category = category;
    }

    public AsSeverity getSeverity() {
        return severity;
    }

    public void setSeverity(AsSeverity severity) {
        this.severity = severity;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
