package kr.go.smartfactory.project.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.project.domain.Project;
import kr.go.smartfactory.project.domain.ProjectRepository;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * Who the caller is to a project — its SME, its supplier, staff (STAFF, ADMIN, AUDITOR) or its appointed supervisor
 * (감리) — for every context that works on projects (agreements, disbursements, inspections); anyone else is refused as
 * if the project did not concern them.
 */
@ApplicationScoped
public class ProjectAccess {

    @Inject
    private ProjectRepository projects;

    @Inject
    private Caller caller;

    public Project find(long id) {
        return projects.project(id).orElseThrow(() -> new DomainException("project.notFound"));
    }

    public ProjectView.Side side(Project p) {
        UserAccount me = caller.account();
        if (me.getRoles().stream().anyMatch(r -> r == Role.STAFF || r == Role.ADMIN || r == Role.AUDITOR)) {
            return ProjectView.Side.STAFF;
        }
        if (p.isSupervisedBy(me.getId())) {
            return ProjectView.Side.SUPERVISOR;
        }
        Long company = me.getCompany() == null ? null : me.getCompany().getId();
        if (company != null && company.equals(p.getApplication().getCompany().getId())) {
            return ProjectView.Side.SME;
        }
        if (company != null && company.equals(p.getSupplier().getCompany().getId())) {
            return ProjectView.Side.SUPPLIER;
        }
        throw new AccessDeniedException("project " + p.getId() + " is not the caller's");
    }

    /** Whether the caller may inspect it: staff who act (not auditors) or its appointed supervisor. */
    public boolean inspects(Project p) {
        UserAccount me = caller.account();
        return me.getRoles().contains(Role.STAFF) || me.getRoles().contains(Role.ADMIN) || p.isSupervisedBy(me.getId());
    }

    /** The project if the caller is on this side of it (its SME or its supplier). */
    public Project asSide(long id, ProjectView.Side wanted) {
        Project p = find(id);
        if (side(p) != wanted) {
            throw new AccessDeniedException("project " + id + ": the caller is not its " + wanted);
        }
        return p;
    }
}
