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
import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.CompanyRepository;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.grant.domain.ApplicationStatus;
import kr.go.smartfactory.grant.domain.BudgetCategory;
import kr.go.smartfactory.grant.domain.BudgetLine;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.grant.domain.LevelSource;
import kr.go.smartfactory.grant.domain.PriorSupport;
import kr.go.smartfactory.grant.domain.ProjectPlan;
import kr.go.smartfactory.program.domain.Announcement;
import kr.go.smartfactory.program.domain.AnnouncementDetails;
import kr.go.smartfactory.program.domain.AnnouncementRepository;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.program.domain.RequiredDocument;
import kr.go.smartfactory.sanction.domain.Sanction;
import kr.go.smartfactory.sanction.domain.SanctionRepository;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.domain.SupplierProfile;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * What the application tests stand on, written through the domain: a round of their own (open from yesterday for
 * ten days, the 2022 기초 rules, only the business plan required), the test SME put back to a state with no
 * running application, ban or prior support (the PostgreSQL test database keeps earlier runs' data), and ready
 * applications of fresh companies for the concurrency tests.
 */
@Stateless
@PermitAll
public class ApplicationFixture {

    @Inject
    private AnnouncementRepository announcements;

    @Inject
    private CompanyRepository companies;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private SanctionRepository sanctions;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** A new open 기초 round; its id. */
    public long openRound() {
        Instant now = clock.instant();
        Announcement basic2022 = announcements.latestOfType(ProgramType.BASIC).orElseThrow();
        // round year 2025: never the latest round of its type, which other tests start new rounds from
        Announcement a = Announcement.draft(new AnnouncementDetails("시험용 기초 공고 " + now.toEpochMilli(), "시험", ProgramType.BASIC,
                2025, Set.of(), 100, Money.won(10_000_000_000L), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10))),
                basic2022.getRules().toBuilder().requiredDocuments(EnumSet.noneOf(RequiredDocument.class)).build(),
                basic2022.getRubric(), basic2022.getBonusItems(), now.minus(Duration.ofDays(2)));
        announcements.add(a);
        a.publish(now.minus(Duration.ofDays(2)));
        return a.getId();
    }

    public Instant closesAt(long announcementId) {
        return announcements.announcement(announcementId).orElseThrow().getClosesAt();
    }

    /** The test SME without submitted applications, bans or prior supports; its company id. */
    public long resetTestSme() {
        Company company = accounts.accountByEmail(AsTestSme.EMAIL).orElseThrow().getCompany();
        em.createQuery("update GrantApplication a set a.status = :w where a.company.id = :c and a.status <> :w")
                .setParameter("w", ApplicationStatus.WITHDRAWN).setParameter("c", company.getId()).executeUpdate();
        sanctions.sanctionsOf(company.getRegistrationNumber()).stream().filter(s -> s.getLiftedAt() == null)
                .forEach(s -> s.lift("테스트 초기화", clock.instant()));
        em.createQuery("delete from PriorSupport p where p.registrationNumber = :n").setParameter("n", company.getRegistrationNumber())
                .executeUpdate();
        return company.getId();
    }

    /** A running participation ban on the test SME (as the fraud centre will record one). */
    public void banTestSme(String reference) {
        Company company = accounts.accountByEmail(AsTestSme.EMAIL).orElseThrow().getCompany();
        sanctions.add(Sanction.participationBan(company.getRegistrationNumber(), company.getName(),
                kr.go.smartfactory.shared.domain.KoreanTime.today(clock).minusDays(30),
                kr.go.smartfactory.shared.domain.KoreanTime.today(clock).plusYears(3), "시험용 참여제한", reference, clock.instant()));
    }

    /** A legacy support of the test SME at this level. */
    public void priorSupportOfTestSme(SmartLevel level, String reference) {
        Company company = accounts.accountByEmail(AsTestSme.EMAIL).orElseThrow().getCompany();
        applications.add(new PriorSupport(company.getRegistrationNumber(), ProgramType.BASIC, level,
                java.time.LocalDate.of(2020, 3, 1), java.time.LocalDate.of(2020, 12, 31), reference, clock.instant()));
    }

    /** The demo supplier (스마트솔루션(주), listed); its profile id. */
    public long demoSupplier() {
        return suppliers.profileOfCompany(accounts.accountByEmail("supplier@demo.smartfactory.kr").orElseThrow().getCompany().getId())
                .orElseThrow().getId();
    }

    /**
     * A fresh SME company with a complete application to the round, its supplier confirmed and its business plan
     * the given attachment: ready to submit. Its id.
     */
    public long readyApplication(long announcementId, long planAttachmentId) {
        Instant now = clock.instant();
        Company company = new Company(BusinessRegistrationNumber.of(TestData.brn()), "동시제출시험(주)", "김동시", "경남 창원",
                Region.GYEONGNAM, companies.industry("29").orElseThrow(), CompanyKind.SME, now);
        companies.add(company);
        Announcement round = announcements.announcement(announcementId).orElseThrow();
        SupplierProfile supplier = suppliers.profile(demoSupplier()).orElseThrow();
        GrantApplication a = GrantApplication.start(round, company, SmartLevel.NONE, LevelSource.DECLARED, now);
        a.chooseLevels(SmartLevel.NONE, LevelSource.DECLARED, SmartLevel.BASIC, now);
        a.chooseSupplier(supplier, now);
        a.answerParticipation(supplier.getCompany().getId(), true, null, now);
        a.writePlan(new ProjectPlan("목표", "공정", "MES", null, 6), now);
        a.replaceBudget(List.of(new BudgetLine(BudgetCategory.SOFTWARE, "MES", Money.won(40_000_000), Money.won(40_000_000),
                Money.ZERO)), now);
        applications.add(a);
        a.attach(RequiredDocument.BUSINESS_PLAN, planAttachmentId, "사업계획서.pdf", now);
        return a.getId();
    }

    public int lastReceiptNumber(int year) {
        Object n = em.createNativeQuery("select last_number from receipt_counter where counter_year = ?1").setParameter(1, year)
                .getSingleResult();
        return ((Number) n).intValue();
    }

    public long versions(long applicationId) {
        return applications.versions(applicationId).size();
    }
}
