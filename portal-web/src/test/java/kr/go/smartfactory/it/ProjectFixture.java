package kr.go.smartfactory.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.go.smartfactory.project.application.Agreements;
import kr.go.smartfactory.project.application.ProjectSummary;
import kr.go.smartfactory.project.application.ProjectView;

/**
 * The step every project test takes after the test SME's application was selected: its newest project, confirmed by
 * the SME and the demo supplier and concluded by demo staff — through the real services, as each of them.
 */
@ApplicationScoped
public class ProjectFixture {

    @Inject
    private Agreements agreements;

    @Inject
    private AsTestSme asSme;

    @Inject
    private AsDemoSupplier asSupplier;

    @Inject
    private AsDemoStaff asStaff;

    /** The newest project of the test SME's company (drafted on its selection). */
    public long newestOf(long company) {
        return asSme.call(() -> agreements.mine()).stream().filter(p -> p.companyId() == company)
                .max(java.util.Comparator.comparing(ProjectSummary::id)).orElseThrow().id();
    }

    /** Both sides confirm the draft and staff conclude it. */
    public ProjectView concluded(long project) {
        asSme.call(() -> agreements.confirm(project));
        asSupplier.call(() -> agreements.confirm(project));
        return asStaff.call(() -> agreements.conclude(project));
    }
}
