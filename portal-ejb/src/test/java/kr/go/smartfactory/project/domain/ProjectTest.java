package kr.go.smartfactory.project.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.grant.domain.BudgetCategory;
import kr.go.smartfactory.grant.domain.BudgetLine;
import kr.go.smartfactory.grant.domain.EligibilityItem;
import kr.go.smartfactory.grant.domain.EligibilityRule;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.grant.domain.LevelSource;
import kr.go.smartfactory.grant.domain.ProjectPlan;
import kr.go.smartfactory.grant.domain.Rounds;
import kr.go.smartfactory.program.domain.RequiredDocument;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.domain.SupplierProfile;

/** An agreement drafted from an application and the rules, confirmed, concluded, changed within its window, cancelled. */
class ProjectTest {

    static final Instant NOW = Rounds.DURING;
    static final LocalDate PLANNED = LocalDate.of(2027, 2, 1);

    static GrantApplication submitted() {
        GrantApplication a = GrantApplication.start(Rounds.basicRound(), Rounds.sme(), SmartLevel.NONE, LevelSource.DECLARED, NOW);
        a.chooseLevels(SmartLevel.NONE, LevelSource.DECLARED, SmartLevel.BASIC, NOW);
        a.writePlan(new ProjectPlan("목표", "공정", "MES", null, 6), NOW);
        a.replaceBudget(lines(), NOW);
        a.attach(RequiredDocument.BUSINESS_PLAN, 1, "plan.pdf", NOW);
        a.attach(RequiredDocument.TAX_CLEARANCE, 2, "tax.pdf", NOW);
        List<EligibilityItem> passing = java.util.Arrays.stream(EligibilityRule.values()).map(EligibilityItem::pass).toList();
        a.submit(passing, () -> "SF-2027-000042", NOW);
        return a;
    }

    static List<BudgetLine> lines() {
        return List.of(new BudgetLine(BudgetCategory.SOFTWARE, "MES", Money.won(30_000_000), Money.won(30_000_000), Money.ZERO),
                new BudgetLine(BudgetCategory.HARDWARE, "POP", Money.won(9_000_000), Money.won(9_000_001), Money.ZERO));
    }

    static SupplierProfile supplier() {
        Company c = new Company(BusinessRegistrationNumber.of("220881234" + BusinessRegistrationNumber.checkDigit("220881234")),
                "스마트솔루션(주)", "이솔루", "서울", Region.SEOUL, new IndustryCode("62", "소프트웨어", "Software", 62), CompanyKind.SUPPLIER, NOW);
        return new SupplierProfile(c, NOW);
    }

    static Project drafted(int months) {
        return Project.draft(submitted(), supplier(), lines(), months, Rounds.basic(), PLANNED, NOW);
    }

    static Project concluded() {
        Project p = drafted(6);
        p.confirmBySme("sme", NOW);
        p.confirmBySupplier("supplier", NOW);
        p.conclude("staff", PLANNED.minusDays(3), NOW);
        return p;
    }

    static List<String> keys(Runnable r) {
        return assertThrows(DomainException.class, r::run).getMessageKeys();
    }

    @Test
    void theDraftTakesTheSubmittedLinesAndAddsThemUpToTheWon() {
        Project p = drafted(6);
        assertEquals("SFA-2027-000042", p.getAgreementNumber());
        assertEquals(Money.won(39_000_000), p.getGovernment());
        assertEquals(Money.won(39_000_001), p.getCompany());
        assertEquals(Money.ZERO, p.getPartner());
        assertEquals(Money.won(78_000_001), p.getTotal());
        assertEquals(ProjectStatus.DRAFTED, p.getStatus());
        assertEquals(6, p.getIntensiveAsMonths());
        AgreementTerms t = p.terms();
        assertEquals(t.total(), t.lines().stream().mapToLong(l -> l.government() + l.company() + l.partner()).sum());
    }

    @ParameterizedTest(name = "{0} months from {1}: ends {2}, interim {3}")
    @CsvSource({
        "6,2027-02-01,2027-07-31,2027-05-01",
        "3,2027-01-31,2027-04-29,2027-02-28",
        "9,2027-03-15,2027-12-14,2027-07-15",
        "4,2028-02-29,2028-06-28,2028-04-29"})
    void thePeriodEndsTheDayBeforeTheSameDateMonthsLater(int months, LocalDate start, LocalDate end, LocalDate interim) {
        Project p = Project.draft(submitted(), supplier(), lines(), months, Rounds.basic(), start, NOW);
        assertEquals(start, p.getStartsOn());
        assertEquals(end, p.getEndsOn());
        assertEquals(List.of(start.plusDays(14), interim, end), p.getMilestones().stream().map(Milestone::getDueOn).toList());
    }

    @Test
    void whatTheRulesDoNotAllowIsNeverDrafted() {
        assertEquals(List.of("project.buildMonths.invalid"), keys(() -> drafted(10)));
        assertEquals(List.of("project.supplier.missing"), keys(() -> Project.draft(submitted(), null, lines(), 6, Rounds.basic(), PLANNED, NOW)));
        assertEquals(List.of("project.budget.empty"), keys(() -> Project.draft(submitted(), supplier(), List.of(), 6, Rounds.basic(), PLANNED,
                NOW)));
        List<BudgetLine> overCap = List.of(new BudgetLine(BudgetCategory.SOFTWARE, "MES", Money.won(50_000_001), Money.won(50_000_001),
                Money.ZERO));
        assertEquals(List.of("project.funding.invalid"), keys(() -> Project.draft(submitted(), supplier(), overCap, 6, Rounds.basic(), PLANNED,
                NOW)));
    }

    @Test
    void bothSidesConfirmOnceAndStaffConcludeThen() {
        Project p = drafted(6);
        assertEquals(List.of("project.conclude.unconfirmed"), keys(() -> p.conclude("staff", PLANNED, NOW)));
        p.confirmBySme("sme", NOW);
        p.confirmBySme("someone-else", NOW.plusSeconds(5));
        assertEquals("sme", p.getSmeConfirmedBy());
        assertEquals(NOW, p.getSmeConfirmedAt());
        assertEquals(List.of("project.conclude.unconfirmed"), keys(() -> p.conclude("staff", PLANNED, NOW)));
        p.confirmBySupplier("supplier", NOW);
        AgreementTerms t = p.conclude("staff", PLANNED.minusDays(1), NOW);
        assertEquals(PLANNED, t.startsOn(), "concluded before the planned start: the plan holds");
        assertEquals(ProjectStatus.CONCLUDED, p.getStatus());
        assertEquals(List.of("project.concluded.already"), keys(() -> p.confirmBySme("sme", NOW)));
        assertEquals(List.of("project.cancel.concluded"), keys(() -> p.cancel("selection.withdrawn", NOW)));
    }

    @Test
    void aLateConclusionStartsThePeriodOnItsDay() {
        Project p = drafted(6);
        p.confirmBySme("sme", NOW);
        p.confirmBySupplier("supplier", NOW);
        AgreementTerms t = p.conclude("staff", PLANNED.plusDays(10), NOW);
        assertEquals(PLANNED.plusDays(10), t.startsOn());
        assertEquals(PLANNED.plusDays(10).plusMonths(6).minusDays(1), t.endsOn());
        assertEquals(t.endsOn(), t.milestones().get(2).dueOn());
    }

    @Test
    void aCancelledDraftCannotBeConfirmed() {
        Project p = drafted(6);
        p.cancel("selection.withdrawn", NOW);
        p.cancel("selection.withdrawn", NOW.plusSeconds(1));
        assertEquals(ProjectStatus.CANCELLED, p.getStatus());
        assertEquals(List.of("project.cancelled"), keys(() -> p.confirmBySupplier("supplier", NOW)));
    }

    @Test
    void aChangeRequestNamesEveryProblemAndIsRefusedByTheWindowOrDecidedByStaff() {
        Project draft = drafted(6);
        assertEquals(List.of("project.change.notConcluded"), keys(() -> ChangeRequest.request(draft, false, ChangeKind.OTHER, PLANNED, "x", null,
                "sme", PLANNED, NOW)));
        Project p = concluded();
        LocalDate today = PLANNED.plusMonths(2);
        DomainException all = assertThrows(DomainException.class, () -> ChangeRequest.request(p, false, ChangeKind.SCHEDULE, null, " ",
                p.getEndsOn(), "sme", today, NOW));
        assertEquals(List.of("causeOn", "description", "proposedEndsOn"), all.getProblems().stream().map(DomainException.Problem::field).toList());
        assertEquals(List.of("project.change.pending"), keys(() -> ChangeRequest.request(p, true, ChangeKind.OTHER, today, "x", null, "sme",
                today, NOW)));

        ChangeRequest late = ChangeRequest.request(p, false, ChangeKind.PERSONNEL, today.minusDays(16), "PM 교체", null, "sme", today, NOW);
        assertEquals(ChangeStatus.REFUSED, late.getStatus());
        assertEquals(ChangeWindow.Refusal.TOO_LATE_AFTER_CAUSE, late.getRefusal());
        assertEquals(List.of("project.change.decided"), keys(() -> late.approve("staff", null, NOW)));

        ChangeRequest personnel = ChangeRequest.request(p, false, ChangeKind.PERSONNEL, today.minusDays(15), "PM 교체", p.getEndsOn().plusDays(9),
                "sme", today, NOW);
        assertEquals(ChangeStatus.REQUESTED, personnel.getStatus());
        assertNull(personnel.getProposedEndsOn(), "only a schedule change carries a new end");
        assertEquals(List.of("project.change.reason"), keys(() -> personnel.refuse("staff", "", NOW)));
        personnel.refuse("staff", "후임자 자격 미달", NOW);
        assertEquals(ChangeStatus.REFUSED, personnel.getStatus());

        LocalDate newEnd = p.getEndsOn().plusMonths(2);
        ChangeRequest schedule = ChangeRequest.request(p, false, ChangeKind.SCHEDULE, today, "설비 납품 지연", newEnd, "sme", today, NOW);
        AgreementTerms t = schedule.approve("staff", "증빙 확인", NOW);
        assertEquals(newEnd, t.endsOn());
        assertEquals(newEnd, p.getEndsOn());
        assertEquals(newEnd, p.getMilestones().get(2).getDueOn());
        assertTrue(t.startsOn().isBefore(newEnd));
    }

    static kr.go.smartfactory.account.domain.UserAccount expert(long id, kr.go.smartfactory.account.domain.Role... roles) {
        var a = kr.go.smartfactory.account.domain.UserAccount.staff("expert" + id + "@example.kr", "hash", "감리" + id, null,
                java.util.Set.of(roles), NOW);
        try {
            var field = kr.go.smartfactory.account.domain.UserAccount.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(a, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return a;
    }

    @Test
    void aSupervisorIsAnUntiedExpertOfThePoolAppointedBeforeTheEnd() {
        Project p = concluded();
        var evaluator = kr.go.smartfactory.account.domain.Role.EVALUATOR;
        assertEquals(List.of("project.supervisor.notExpert"),
                keys(() -> p.appointSupervisor(expert(7, kr.go.smartfactory.account.domain.Role.COORDINATOR), List.of(), "staff", NOW)));
        var employment = new kr.go.smartfactory.evaluation.domain.Tie(kr.go.smartfactory.evaluation.domain.Tie.Kind.EMPLOYMENT, "2208812345", null);
        var joint = new kr.go.smartfactory.evaluation.domain.Tie(kr.go.smartfactory.evaluation.domain.Tie.Kind.JOINT_PROJECT, "2208812345", null);
        assertEquals(List.of("project.supervisor.conflict.EMPLOYMENT", "project.supervisor.conflict.JOINT_PROJECT"),
                keys(() -> p.appointSupervisor(expert(8, evaluator), List.of(employment, joint, employment), "staff", NOW)));
        assertNull(p.getSupervisor(), "a refusal appoints nobody");

        p.appointSupervisor(expert(9, evaluator), List.of(), "staff", NOW);
        assertTrue(p.isSupervisedBy(9));
        assertEquals(List.of("project.supervisor.already"), keys(() -> p.appointSupervisor(expert(9, evaluator), List.of(), "staff", NOW)));
        p.appointSupervisor(expert(10, evaluator), List.of(), "staff", NOW);
        assertTrue(p.isSupervisedBy(10) && !p.isSupervisedBy(9), "a later appointment replaces the earlier one");

        p.close(SmartLevel.BASIC, PLANNED.plusMonths(6), NOW);
        assertEquals(List.of("project.supervisor.closed"), keys(() -> p.appointSupervisor(expert(11, evaluator), List.of(), "staff", NOW)));
    }
}
