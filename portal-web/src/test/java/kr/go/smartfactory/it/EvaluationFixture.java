package kr.go.smartfactory.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.attachment.application.Attachments;
import kr.go.smartfactory.attachment.domain.AttachmentKind;
import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.CompanyRepository;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.document.pdf.PdfDocument;
import kr.go.smartfactory.evaluation.domain.EvaluationAssignment;
import kr.go.smartfactory.evaluation.domain.EvaluationRepository;
import kr.go.smartfactory.evaluation.domain.Grade;
import kr.go.smartfactory.evaluation.domain.Scorecard;
import kr.go.smartfactory.grant.application.ApplicationSupport;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.grant.domain.BudgetCategory;
import kr.go.smartfactory.grant.domain.BudgetLine;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.grant.domain.LevelSource;
import kr.go.smartfactory.grant.domain.ProjectPlan;
import kr.go.smartfactory.program.domain.Announcement;
import kr.go.smartfactory.program.domain.AnnouncementDetails;
import kr.go.smartfactory.program.domain.AnnouncementRepository;
import kr.go.smartfactory.program.domain.BonusItem;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.program.domain.RequiredDocument;
import kr.go.smartfactory.program.domain.RubricCriterion;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.domain.SupplierProfile;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * What the evaluation tests stand on, written through the domain: a round whose window closed an hour ago (the 2022
 * 기초 rules and rubric, quota and budget as asked), applications submitted to it while it was open (a fresh company
 * or the test SME), evaluator accounts of their own, and the cards of those evaluators (assigned without ties,
 * declared with their names, submitted) — the demo evaluator's own card goes through the service in the tests.
 */
@Stateless
@PermitAll
public class EvaluationFixture {

    @Inject
    private AnnouncementRepository announcements;

    @Inject
    private CompanyRepository companies;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private AccountRepository accounts;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private ApplicationSupport support;

    @Inject
    private Attachments attachments;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** A 기초 round that closed an hour ago; its id. */
    public long closedRound(int quota, long budgetWon) {
        Instant now = clock.instant();
        Announcement basic2022 = announcements.latestOfType(ProgramType.BASIC).orElseThrow();
        Announcement a = Announcement.draft(new AnnouncementDetails("시험용 평가 공고 " + now.toEpochMilli(), "시험", ProgramType.BASIC,
                2025, Set.of(), quota, Money.won(budgetWon), now.minus(Duration.ofDays(20)), now.minus(Duration.ofHours(1))),
                basic2022.getRules().toBuilder().requiredDocuments(EnumSet.noneOf(RequiredDocument.class)).build(),
                basic2022.getRubric(), basic2022.getBonusItems(), now.minus(Duration.ofDays(21)));
        announcements.add(a);
        a.publish(now.minus(Duration.ofDays(21)));
        return a.getId();
    }

    /** An application submitted to the round a day before it closed (a fresh company when none is given); its id. */
    public long submitted(long roundId, Long companyId, long grantWon) {
        Announcement round = announcements.announcement(roundId).orElseThrow();
        Instant at = round.getClosesAt().minus(Duration.ofDays(1));
        Company company = companyId != null ? em.find(Company.class, companyId)
                : new Company(BusinessRegistrationNumber.of(TestData.brn()), "평가시험(주)", "김평가", "경남 창원", Region.GYEONGNAM,
                        companies.industry("29").orElseThrow(), CompanyKind.SME, at);
        if (companyId == null) {
            companies.add(company);
        }
        SupplierProfile supplier = suppliers.profileOfCompany(accounts.accountByEmail("supplier@demo.smartfactory.kr").orElseThrow()
                .getCompany().getId()).orElseThrow();
        GrantApplication a = GrantApplication.start(round, company, SmartLevel.NONE, LevelSource.DECLARED, at);
        a.chooseLevels(SmartLevel.NONE, LevelSource.DECLARED, SmartLevel.BASIC, at);
        a.chooseSupplier(supplier, at);
        a.answerParticipation(supplier.getCompany().getId(), true, null, at);
        a.writePlan(new ProjectPlan("불량률 20% 감소", "가공·검사", "MES", null, 6), at);
        a.replaceBudget(List.of(new BudgetLine(BudgetCategory.SOFTWARE, "MES", Money.won(grantWon), Money.won(grantWon), Money.ZERO)), at);
        applications.add(a);
        long uploader = accounts.accountByEmail("admin@demo.smartfactory.kr").orElseThrow().getId();
        long companyOfPlan = company.getId();
        var plan = asAdmin.call(() -> attachments.storeFor(uploader, AttachmentKind.APPLICATION_DOCUMENT, companyOfPlan, "사업계획서.pdf",
                new java.io.ByteArrayInputStream(PdfDocument.titled("사업계획서").paragraph("시험용 사업계획서").build().render())));
        a.attach(RequiredDocument.BUSINESS_PLAN, plan.id(), plan.name(), at);
        a.submit(support.demoChecklist(a), () -> applications.receiptCounter(2025).next(), at);
        return a.getId();
    }

    /** A new evaluator account of the tests (never signs in: its cards are written here); its id. */
    public long evaluator(String name) {
        UserAccount account = UserAccount.staff("eval-" + TestData.brn() + "@test.smartfactory.kr", "not-a-hash", name, "044-000-0000",
                EnumSet.of(Role.EVALUATOR), clock.instant());
        accounts.add(account);
        return account.getId();
    }

    /** Assigns the evaluator (no ties), signs its declaration and submits a card of these grades; the assignment's id. */
    public long scored(long applicationId, long evaluatorId, Grade... grades) {
        Instant now = clock.instant();
        UserAccount evaluator = accounts.account(evaluatorId).orElseThrow();
        EvaluationAssignment x = EvaluationAssignment.assign(applications.application(applicationId).orElseThrow(), evaluator, List.of(),
                "fixture", now);
        evaluations.add(x);
        x.declare(evaluator.getContactName(), evaluator.getContactName(), false, null, now);
        submit(x, grades);
        return x.getId();
    }

    /** Submits the (reopened) card of this evaluator again with these grades. */
    public void rescored(long applicationId, long evaluatorId, Grade... grades) {
        submit(evaluations.assignment(applicationId, evaluatorId).orElseThrow(), grades);
    }

    private void submit(EvaluationAssignment x, Grade... grades) {
        Announcement round = x.getApplication().getAnnouncement();
        List<Integer> weights = round.getRubric().stream().map(RubricCriterion::getWeight).toList();
        List<Integer> maxima = round.getBonusItems().stream().map(BonusItem::getPoints).toList();
        List<Grade> all = new java.util.ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            all.add(grades[Math.min(i, grades.length - 1)]);
        }
        x.submit(new Scorecard(all, maxima.stream().map(m -> 0).toList(), "시험 의견"), weights, maxima, clock.instant());
    }

    public int criteria(long roundId) {
        return announcements.announcement(roundId).orElseThrow().getRubric().size();
    }

    public String registrationNumberOf(long applicationId) {
        return applications.application(applicationId).orElseThrow().getCompany().getRegistrationNumber().digits();
    }

    public long roundOf(long applicationId) {
        return applications.application(applicationId).orElseThrow().getAnnouncement().getId();
    }

    public long companyOf(long applicationId) {
        return applications.application(applicationId).orElseThrow().getCompany().getId();
    }
}
