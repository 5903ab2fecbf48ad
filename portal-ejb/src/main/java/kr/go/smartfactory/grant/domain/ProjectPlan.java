package kr.go.smartfactory.grant.domain;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * 사업계획 요약: what the project is to achieve, which processes it covers, which solutions it introduces, the
 * security solution (required by the rules from some target level on) and the build period in months.
 */
@Embeddable
public class ProjectPlan implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_SECURITY = 300;

    @Column(name = "plan_goals", length = MAX_TEXT)
    private String goals;

    @Column(name = "plan_processes", length = MAX_TEXT)
    private String processes;

    @Column(name = "plan_solutions", length = MAX_TEXT)
    private String solutions;

    @Column(name = "security_solution", length = MAX_SECURITY)
    private String securitySolution;

    @Column(name = "build_months")
    private Integer buildMonths;

    protected ProjectPlan() {
        // JPA
    }

    /** A plan as written so far (a draft may be incomplete; every text is stripped and within its length). */
    public ProjectPlan(String goals, String processes, String solutions, String securitySolution, Integer buildMonths) {
        DomainException.Collector problems = new DomainException.Collector();
        this.goals = problems.check("goals", () -> Texts.optional(goals, MAX_TEXT, "goals", "plan.text.tooLong"));
        this.processes = problems.check("processes", () -> Texts.optional(processes, MAX_TEXT, "processes", "plan.text.tooLong"));
        this.solutions = problems.check("solutions", () -> Texts.optional(solutions, MAX_TEXT, "solutions", "plan.text.tooLong"));
        this.securitySolution = problems.check("securitySolution",
                () -> Texts.optional(securitySolution, MAX_SECURITY, "securitySolution", "plan.security.tooLong"));
        if (buildMonths != null && (buildMonths < 1 || buildMonths > 60)) {
            problems.add("buildMonths", "plan.buildMonths.invalid");
        }
        problems.throwIfAny();
        this.buildMonths = buildMonths;
    }

    public static ProjectPlan empty() {
        return new ProjectPlan(null, null, null, null, null);
    }

    public boolean isComplete() {
        return goals != null && processes != null && solutions != null && buildMonths != null;
    }

    public String getGoals() {
        return goals;
    }

    public String getProcesses() {
        return processes;
    }

    public String getSolutions() {
        return solutions;
    }

    public String getSecuritySolution() {
        return securitySolution;
    }

    public Integer getBuildMonths() {
        return buildMonths;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPlan p && Objects.equals(goals, p.goals) && Objects.equals(processes, p.processes)
                && Objects.equals(solutions, p.solutions) && Objects.equals(securitySolution, p.securitySolution)
                && Objects.equals(buildMonths, p.buildMonths);
    }

    @Override
    public int hashCode() {
        return Objects.hash(goals, processes, solutions, securitySolution, buildMonths);
    }
}
