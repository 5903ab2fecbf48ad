package kr.go.smartfactory.project.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.project.application.Agreements;
import kr.go.smartfactory.project.application.ProjectSummary;

/** staff/supervisions.xhtml: the projects the signed-in expert was appointed to supervise (감리). */
@Named
@RequestScoped
public class SupervisionsBean {

    @Inject
    private Agreements agreements;

    private List<ProjectSummary> rows;

    public List<ProjectSummary> getRows() {
        if (rows == null) {
            rows = agreements.supervised();
        }
        return rows;
    }
}
