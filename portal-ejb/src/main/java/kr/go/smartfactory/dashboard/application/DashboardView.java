package kr.go.smartfactory.dashboard.application;

import java.util.List;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.shared.domain.Money;

/**
 * The programme at a glance for staff: every stage an application goes through, by programme type; submissions,
 * selections and agreements by region; agreed, granted and paid amounts of concluded agreements; what waits for
 * someone (overdue milestones, payment and change requests, objections, scorecards).
 */
public record DashboardView(List<ProgramType> types, List<StageRow> stages, List<RegionRow> regions, List<DashboardQueries.Amounts> amounts,
        DashboardQueries.Amounts amountsTotal, List<DashboardQueries.Overdue> overdue, long waitingPayments, long waitingChanges,
        long openObjections, long owedScorecards) {

    /** One stage ("application.SUBMITTED", "outcome.SELECTED", "project.CONCLUDED" …) with its count per type, in {@code types} order. */
    public record StageRow(String stage, List<Long> byType, long total) {
    }

    public record RegionRow(Region region, long submitted, long selected, long concluded) {
    }
}
