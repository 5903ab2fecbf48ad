package kr.go.smartfactory.usage.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.project.application.Agreements;
import kr.go.smartfactory.project.application.ProjectSummary;
import kr.go.smartfactory.project.domain.ProjectStatus;
import kr.go.smartfactory.usage.application.UsageKeys;
import kr.go.smartfactory.web.support.Actions;

/**
 * my/usage.xhtml: the log API keys of the caller's sites with when each last sent a log — the SME's sites, or the
 * supplier's projects, where the supplier issues a key (its secret shown this once) and revokes one.
 */
@Named
@ViewScoped
public class MyUsageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UsageKeys usageKeys;

    @Inject
    private Agreements agreements;

    private List<UsageKeys.KeyView> keys;
    private List<ProjectSummary> projects;
    private Long projectId;
    private String label;
    private UsageKeys.IssuedKey issued;

    public List<UsageKeys.KeyView> getKeys() {
        if (keys == null) {
            keys = usageKeys.visible();
        }
        return keys;
    }

    /** The supplier's projects a key may be issued for: those concluded (being built) or completed. */
    public List<ProjectSummary> getProjects() {
        if (projects == null) {
            projects = agreements.mine().stream()
                    .filter(p -> p.status() == ProjectStatus.CONCLUDED || p.status() == ProjectStatus.COMPLETED).toList();
        }
        return projects;
    }

    /** Issues a key; its secret is shown on this page until the user leaves it, and never again. */
    public void issue() {
        Long p = projectId;
        String l = label;
        Actions.call(() -> usageKeys.issueForProject(p, l), "usage.key.issuedDone").ifPresent(k -> {
            issued = k;
            keys = null;
            projectId = null;
            label = null;
        });
    }

    public void revoke(long keyId) {
        Actions.call(() -> usageKeys.revoke(keyId), "usage.key.revokedDone").ifPresent(k -> keys = null);
    }

    public UsageKeys.IssuedKey getIssued() {
        return issued;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
