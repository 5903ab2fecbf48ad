package kr.go.smartfactory.project.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.project.application.Agreements;
import kr.go.smartfactory.project.application.ProjectSummary;

/** my/projects.xhtml: the projects of the caller's company, as the SME or as the supplier. */
@Named
@RequestScoped
public class MyProjectsBean {

    @Inject
    private Agreements agreements;

    private List<ProjectSummary> rows;

    public List<ProjectSummary> getRows() {
        if (rows == null) {
            rows = agreements.mine();
        }
        return rows;
    }
}
