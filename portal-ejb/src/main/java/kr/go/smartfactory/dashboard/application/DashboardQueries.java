package kr.go.smartfactory.dashboard.application;

import java.time.LocalDate;
import java.util.List;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.shared.domain.Money;

/** The aggregates the staff dashboard reads, each one query over the whole programme. */
public interface DashboardQueries {

    /** A count of something in a stage, by programme type. */
    record Count(String stage, ProgramType type, long count) {
    }

    record RegionCount(Region region, String stage, long count) {
    }

    record Amounts(ProgramType type, Money agreed, Money grant, Money paid) {
    }

    record Overdue(long projectId, String agreementNumber, String companyName, String supplierName, String what, LocalDate dueOn) {
    }

    /** Applications by status, evaluation results by outcome, projects by status — each keyed "kind.value". */
    List<Count> stages();

    List<RegionCount> regions();

    /** Concluded agreements: agreed totals, their grant, and what was paid against them. */
    List<Amounts> amounts();

    /** Milestones of concluded projects past their day and not reached, the oldest first. */
    List<Overdue> overdueMilestones(LocalDate today, int max);

    long waitingPayments();

    long waitingChanges();

    long openObjections();

    long owedScorecards();
}
