package kr.go.smartfactory.dashboard.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.Money;

/** The staff dashboard's numbers (STAFF, ADMIN, AUDITOR), read in one go. */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
public class StaffDashboard {

    public static final int MAX_OVERDUE = 500;

    /** The stages in the order an application goes through them. */
    public static final List<String> STAGES = List.of("application.DRAFT", "application.SUBMITTED", "application.WITHDRAWN",
            "outcome.SELECTED", "outcome.RESERVE", "outcome.NOT_SELECTED", "project.DRAFTED", "project.CONCLUDED", "project.COMPLETED", "project.CANCELLED");

    @Inject
    private DashboardQueries queries;

    @Inject
    private Clock clock;

    public DashboardView view() {
        List<ProgramType> types = Arrays.asList(ProgramType.values());
        List<DashboardQueries.Count> counts = queries.stages();
        List<DashboardView.StageRow> stages = new ArrayList<>();
        for (String stage : STAGES) {
            List<Long> byType = types.stream().map(t -> counts.stream().filter(c -> c.stage().equals(stage) && c.type() == t)
                    .mapToLong(DashboardQueries.Count::count).sum()).toList();
            stages.add(new DashboardView.StageRow(stage, byType, byType.stream().mapToLong(Long::longValue).sum()));
        }
        List<DashboardQueries.RegionCount> regionCounts = queries.regions();
        List<DashboardView.RegionRow> regions = new ArrayList<>();
        for (Region r : Region.values()) {
            long submitted = sum(regionCounts, r, "submitted");
            long selected = sum(regionCounts, r, "selected");
            long concluded = sum(regionCounts, r, "concluded");
            if (submitted + selected + concluded > 0) {
                regions.add(new DashboardView.RegionRow(r, submitted, selected, concluded));
            }
        }
        List<DashboardQueries.Amounts> amounts = queries.amounts();
        DashboardQueries.Amounts total = new DashboardQueries.Amounts(null,
                amounts.stream().map(DashboardQueries.Amounts::agreed).reduce(Money.ZERO, Money::plus),
                amounts.stream().map(DashboardQueries.Amounts::grant).reduce(Money.ZERO, Money::plus),
                amounts.stream().map(DashboardQueries.Amounts::paid).reduce(Money.ZERO, Money::plus));
        return new DashboardView(types, stages, regions, amounts, total, queries.overdueMilestones(KoreanTime.today(clock), MAX_OVERDUE),
                queries.waitingPayments(), queries.waitingChanges(), queries.openObjections(), queries.owedScorecards());
    }

    private static long sum(List<DashboardQueries.RegionCount> counts, Region region, String stage) {
        return counts.stream().filter(c -> c.region() == region && c.stage().equals(stage)).mapToLong(DashboardQueries.RegionCount::count)
                .sum();
    }
}
