package kr.go.smartfactory.project.domain;

import java.time.LocalDate;
import java.util.List;

import kr.go.smartfactory.grant.domain.BudgetCategory;

/**
 * What an agreement says at one moment, as plain values: the build period, the amounts (whole won), the budget lines
 * and the milestones. Each version of an agreement keeps its terms as JSON, so what was in force on any day can be
 * shown as it was.
 */
public record AgreementTerms(LocalDate startsOn, LocalDate endsOn, int intensiveAsMonths, long government, long company, long partner,
        List<Line> lines, List<Due> milestones) {

    public AgreementTerms {
        lines = lines == null ? List.of() : List.copyOf(lines);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    public record Line(BudgetCategory category, String description, long government, long company, long partner) {
    }

    public record Due(MilestoneKind kind, LocalDate dueOn) {
    }

    public long total() {
        return government + company + partner;
    }
}
