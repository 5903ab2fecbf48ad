package kr.go.smartfactory.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Recipients;
import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.CompanyClaimed;
import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.CompanyRepository;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.account.infrastructure.PasswordHasher;
import kr.go.smartfactory.attachment.application.Attachments;
import kr.go.smartfactory.attachment.domain.AttachmentKind;
import kr.go.smartfactory.audit.infrastructure.AuditActor;
import kr.go.smartfactory.document.pdf.PdfDocument;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.supplier.application.SupplierImport;
import kr.go.smartfactory.supplier.domain.SupplierProfile;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * Demo accounts for every role, loaded on first start only when the server runs with
 * {@code -Dportal.demo=true} (the README's start command); never in production. The accounts are listed in
 * the README with their shared password.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@RunAs(Role.Names.ADMIN)
public class DemoData {

    public static final String PASSWORD = "Demo!2026portal";
    public static final String DOMAIN = "@demo.smartfactory.kr";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private CompanyRepository companies;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @jakarta.ejb.EJB
    private SupplierImport imports;

    @Inject
    private SupplierRepository suppliers;

    @jakarta.ejb.EJB
    private Attachments attachments;

    @jakarta.ejb.EJB
    private Notifications notifications;

    @Inject
    private Recipients recipients;

    @Inject
    private Event<CompanyClaimed> claimed;

    static final int DEMO_SUPPLIERS = 80;
    static final int DEMO_HISTORIES = 1_200;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("portal.demo")) {
            return;
        }
        if (!accounts.emailTaken("admin" + DOMAIN)) {
            loadAccounts();
        }
        // checked on its own: a database from an older build has the accounts but not yet the directory
        if (!directoryLoaded()) {
            loadDirectory();
        }
        if (!accounts.emailTaken("pending" + DOMAIN)) {
            loadRegistrationWork();
        }
    }

    /**
     * Work waiting for staff: a supplier that applied for registration with its certificate, and a dispute over the
     * demo SME's number; and a decided registration in the demo supplier's inbox.
     */
    private void loadRegistrationWork() {
        AuditActor.runAs("system:demo-data", () -> {
            Instant now = clock.instant();
            String hash = demoPasswordHash();
            Company robotics = new Company(number("311861234"), "한울로보틱스(주)", "박한울", "대구광역시 달서구 성서공단로 11",
                    Region.DAEGU, companies.industry("29").orElseThrow(), CompanyKind.SUPPLIER, now);
            companies.add(robotics);
            SupplierProfile profile = new SupplierProfile(robotics, now);
            suppliers.add(profile);
            profile.describe("https://hanul-robotics.example.kr", "용접·이송 협동로봇과 비전검사 라인을 구축합니다.", 2016,
                    KoreanTime.thisYear(clock));
            UserAccount applicant = member(robotics, "pending", "윤한울", hash, now);
            byte[] certificate = PdfDocument.titled("사업자등록증 (시연용 견본)")
                    .fields(java.util.List.of(new PdfDocument.Field("상호", robotics.getName()),
                            new PdfDocument.Field("등록번호", robotics.getRegistrationNumber().formatted()),
                            new PdfDocument.Field("대표자", robotics.getCeoName()),
                            new PdfDocument.Field("사업장 소재지", robotics.getAddress())))
                    .paragraph("이 문서는 스마트공장 1번가 시연을 위해 만든 견본입니다.").build().render();
            var file = attachments.storeFor(applicant.getId(), AttachmentKind.BUSINESS_REGISTRATION_CERTIFICATE, robotics.getId(),
                    "사업자등록증_한울로보틱스.pdf", new java.io.ByteArrayInputStream(certificate));
            profile.submitRegistration(file.id(), now);
            recipients.withRole(Role.STAFF).forEach(staff -> notifications.inbox(staff, "registration.submitted",
                    "/staff/suppliers.xhtml?status=SUBMITTED", robotics.getName(), robotics.getRegistrationNumber().formatted(), "-"));

            Company sme = companies.companyByRegistrationNumber(number("130812345")).orElseThrow();
            UserAccount claimant = UserAccount.claiming(CompanyKind.SME, "claimant" + DOMAIN, hash, "한정밀", "010-2222-3333",
                    Locale.KOREAN, now);
            claimant.confirm(now);
            accounts.add(claimant);
            claimed.fire(new CompanyClaimed(claimant.getId(), sme.getId(), CompanyKind.SME, "한빛정밀 주식회사", "김한빛",
                    "경상남도 창원시 성산구 공단로 100-1", Region.GYEONGNAM, "30"));

            accounts.accountByEmail("supplier" + DOMAIN).ifPresent(a -> notifications.inbox(Recipients.of(a),
                    "registration.approved", "/my/registration.xhtml", a.getCompany().getName()));
            return null;
        });
        LOG.info("Demo registration work loaded (a supplier waiting for review, a number dispute)");
    }

    private boolean directoryLoaded() {
        return suppliers.profileByRegistrationNumber(number("220881234"))
                .flatMap(p -> suppliers.history(p.getId(), "DEMO-1")).isPresent();
    }

    private void loadAccounts() {
        AuditActor.runAs("system:demo-data", () -> {
            Instant now = clock.instant();
            String hash = demoPasswordHash();
            Company sme = new Company(number("130812345"), "(주)한빛정밀", "김한빛", "경상남도 창원시 성산구 공단로 100",
                    Region.GYEONGNAM, companies.industry("30").orElseThrow(), CompanyKind.SME, now);
            Company supplier = new Company(number("220881234"), "스마트솔루션(주)", "이솔루", "서울특별시 구로구 디지털로 300",
                    Region.SEOUL, companies.industry("62").orElseThrow(), CompanyKind.SUPPLIER, now);
            companies.add(sme);
            companies.add(supplier);
            suppliers.add(new SupplierProfile(supplier, now));
            member(sme, "sme", "박제조", hash, now);
            member(supplier, "supplier", "최공급", hash, now);
            staff("staff", "정추진", EnumSet.of(Role.STAFF), hash, now);
            staff("evaluator", "한평가", EnumSet.of(Role.EVALUATOR), hash, now);
            staff("coordinator", "오코디", EnumSet.of(Role.COORDINATOR), hash, now);
            staff("asexpert", "윤지원", EnumSet.of(Role.AS_EXPERT), hash, now);
            staff("auditor", "서감사", EnumSet.of(Role.AUDITOR), hash, now);
            staff("admin", "관리자", EnumSet.of(Role.ADMIN), hash, now);
            return null;
        });
        LOG.info("Demo accounts loaded (see README.md)");
    }

    /** A small generated directory (the benchmark's generator, fewer rows) so search has something to find. */
    private void loadDirectory() {
        DirectoryDataGenerator generator = new DirectoryDataGenerator(2026);
        StringBuilder suppliers = new StringBuilder(DirectoryDataGenerator.SUPPLIER_HEADER).append('\n');
        generator.suppliers(DEMO_SUPPLIERS, row -> suppliers.append(row).append('\n'));
        StringBuilder histories = new StringBuilder(DirectoryDataGenerator.HISTORY_HEADER).append('\n');
        generator.histories(DEMO_SUPPLIERS, DEMO_HISTORIES, row -> histories.append(row).append('\n'));
        // the demo supplier account's own company gets a profile worth looking at too
        String own = number("220881234").digits();
        suppliers.append(own).append(",스마트솔루션(주),이솔루,서울특별시 구로구 디지털로 300,SEOUL,62,2012,https://smartsolution.example.kr,")
                .append("SW.OPS.MES;SW.OPS.ERP;CLOUD,SEOUL;GYEONGGI;GYEONGNAM,\"클라우드 MES와 ERP 연동 전문 공급기업입니다.\"\n");
        histories.append(own).append(",DEMO-1,VERIFIED,30,GYEONGNAM,2023,SW.OPS.MES,BASIC,INTERMEDIATE_1,FROM_100M_TO_200M,")
                .append("\"경남 자동차부품 공장 MES 구축으로 불량률이 27% 줄었다\"\n");
        histories.append(own).append(",DEMO-2,SELF_DECLARED,20,GYEONGGI,2024,CLOUD,INTERMEDIATE_1,INTERMEDIATE_1,UNDER_50M,")
                .append("\"경기 화장품 공장 클라우드 MES 전환\"\n");
        imports.importSuppliers(suppliers.toString());
        imports.importBuildHistories(histories.toString());
        LOG.info("Demo supplier directory loaded");
    }

    private String passwordHash;

    /** The demo password's hash, computed once (PBKDF2 with 210,000 iterations takes a noticeable part of a second). */
    private String demoPasswordHash() {
        if (passwordHash == null) {
            passwordHash = hasher.hash(PASSWORD);
        }
        return passwordHash;
    }

    private UserAccount member(Company company, String name, String contact, String hash, Instant now) {
        UserAccount account = UserAccount.signUp(company, name + DOMAIN, hash, contact, "010-1234-5678", Locale.KOREAN, now);
        account.confirm(now);
        accounts.add(account);
        return account;
    }

    private void staff(String name, String contact, EnumSet<Role> roles, String hash, Instant now) {
        accounts.add(UserAccount.staff(name + DOMAIN, hash, contact, "044-204-7000", roles, now));
    }

    private static BusinessRegistrationNumber number(String firstNine) {
        return BusinessRegistrationNumber.of(firstNine + BusinessRegistrationNumber.checkDigit(firstNine));
    }
}
