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

import kr.go.smartfactory.aftersales.domain.AsCategory;
import kr.go.smartfactory.aftersales.domain.AsRequest;
import kr.go.smartfactory.aftersales.domain.AsRequestRepository;
import kr.go.smartfactory.aftersales.domain.AsSeverity;
import kr.go.smartfactory.aftersales.domain.AsStatus;
import kr.go.smartfactory.aftersales.domain.AsSupportGroup;
import kr.go.smartfactory.aftersales.domain.CaseAnonymizer;
import kr.go.smartfactory.aftersales.domain.KnowledgeCase;
import kr.go.smartfactory.aftersales.domain.Routing;
import kr.go.smartfactory.calendar.application.BusinessCalendars;
import kr.go.smartfactory.calendar.domain.BusinessCalendar;
import kr.go.smartfactory.account.application.Recipients;
import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.CompanyClaimed;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.account.infrastructure.PasswordHasher;
import kr.go.smartfactory.attachment.application.Attachments;
import kr.go.smartfactory.attachment.domain.AttachmentKind;
import kr.go.smartfactory.audit.infrastructure.AuditActor;
import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.CompanyRepository;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.disbursement.domain.Deposit;
import kr.go.smartfactory.disbursement.domain.DisbursementRepository;
import kr.go.smartfactory.disbursement.domain.Ledger;
import kr.go.smartfactory.disbursement.domain.PaymentRequest;
import kr.go.smartfactory.document.pdf.PdfDocument;
import kr.go.smartfactory.evaluation.domain.EvaluationAssignment;
import kr.go.smartfactory.evaluation.domain.EvaluationRepository;
import kr.go.smartfactory.evaluation.domain.EvaluationResult;
import kr.go.smartfactory.evaluation.domain.EvaluatorProfile;
import kr.go.smartfactory.evaluation.domain.Grade;
import kr.go.smartfactory.grant.application.ApplicationSupport;
import kr.go.smartfactory.grant.application.GrantApplications;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.grant.domain.ApplicationVersion;
import kr.go.smartfactory.grant.domain.BudgetCategory;
import kr.go.smartfactory.grant.domain.BudgetLine;
import kr.go.smartfactory.grant.domain.ConsultationNote;
import kr.go.smartfactory.grant.domain.CoordinatorAssignment;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.grant.domain.LevelSource;
import kr.go.smartfactory.grant.domain.PriorSupport;
import kr.go.smartfactory.grant.domain.ProjectPlan;
import kr.go.smartfactory.grant.domain.TimelineEvent;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.program.domain.Announcement;
import kr.go.smartfactory.program.domain.AnnouncementDetails;
import kr.go.smartfactory.program.domain.AnnouncementRepository;
import kr.go.smartfactory.program.domain.BonusItem;
import kr.go.smartfactory.program.domain.GrantRules;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.program.domain.RubricCriterion;
import kr.go.smartfactory.project.domain.AgreementVersion;
import kr.go.smartfactory.project.domain.ChangeKind;
import kr.go.smartfactory.project.domain.ChangeRequest;
import kr.go.smartfactory.project.domain.CheckItem;
import kr.go.smartfactory.project.domain.Inspection;
import kr.go.smartfactory.project.domain.InspectionKind;
import kr.go.smartfactory.project.domain.Project;
import kr.go.smartfactory.project.domain.ProjectRepository;
import kr.go.smartfactory.sanction.domain.Sanction;
import kr.go.smartfactory.sanction.domain.SanctionRepository;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.SmartLevel;
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
    /** The demo site's log API key (한빛정밀's MES, issued by supplier@), given in the README for trying the API with curl. */
    public static final String DEMO_LOG_KEY = "sf1_demo-hanbit-injection-mes-2026";
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
    private AnnouncementRepository announcements;

    @Inject
    private Event<CompanyClaimed> claimed;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ApplicationSupport applicationSupport;

    @Inject
    private SanctionRepository sanctions;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private ProjectRepository projects;

    @Inject
    private AsRequestRepository asRequests;

    @Inject
    private kr.go.smartfactory.usage.domain.UsageKeyRepository usageKeys;

    @Inject
    private kr.go.smartfactory.usage.domain.UsageLogs usageLogs;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager em;

    @Inject
    private BusinessCalendars businessCalendars;

    @Inject
    private DisbursementRepository disbursements;

    @Inject
    private jakarta.enterprise.event.Event<kr.go.smartfactory.evaluation.domain.SelectionChanged> selectionChanged;

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
        if (announcements.latestOfType(ProgramType.FIVE_G_AI).isEmpty()) {
            loadAnnouncements();
        }
        if (!accounts.emailTaken("sme2" + DOMAIN)) {
            loadApplications();
        }
        if (!accounts.emailTaken("sme4" + DOMAIN)) {
            loadEvaluations();
        }
        if (asRequests.all(1).isEmpty()) {
            loadAfterService();
        }
        if (usageLogs.lastBuiltDay().isEmpty()) {
            loadUsageTotals();
        }
    }

    /**
     * After-service: the demo AS expert (asexpert@) leads the 동남 group (부산·울산·경남) and is a member of 대경; (주)한빛정밀
     * (sme@, 경남) has a request in every state — an urgent one received three business days ago and escalated to the
     * group's leader (overdue), one in diagnosis waiting on the requester's answer, one in repair with an internal note, one completed
     * and waiting for its rating, one rated, one rejected — and a completed project whose intensive-AS period runs (a defect
     * on it goes to supplier@, who is repairing one); (주)대성금속 (sme2@, followed by coordinator@) a question being coached; (주)서진오토텍
     * (sme5@, 울산) a fresh one.
     */
    private void loadAfterService() {
        AuditActor.runAs("system:demo-data", () -> {
            UserAccount expert = accounts.accountByEmail("asexpert" + DOMAIN).orElse(null);
            Company hanbit = companies.companyByRegistrationNumber(number("130812345")).orElse(null);
            Company seojin = companies.companyByRegistrationNumber(number("130890022")).orElse(null);
            if (expert == null || hanbit == null) {
                return null;
            }
            java.util.List<AsSupportGroup> groups = asRequests.activeGroups();
            AsSupportGroup southEast = groups.stream().filter(g -> g.getRegions().contains(Region.GYEONGNAM)).findFirst().orElse(null);
            if (southEast == null) {
                return null;
            }
            southEast.putMember(expert.getId(), true);
            groups.stream().filter(g -> g.getRegions().contains(Region.DAEGU)).findFirst().ifPresent(g -> g.putMember(expert.getId(), false));
            BusinessCalendar calendar = businessCalendars.current();
            java.time.LocalDate today = KoreanTime.today(clock);
            String sme = "sme" + DOMAIN;
            String handler = expert.getEmail();
            Routing.Route route = Routing.Route.group(southEast.getId());

            AsRequest urgent = demoRequest(hanbit, AsCategory.HW_FAILURE, AsSeverity.URGENT, "포장 라인 바코드 프린터 고장",
                    "2호 포장 라인의 바코드 프린터가 라벨을 출력하지 않아 출하가 멈췄습니다. 전원은 들어오고 오류 표시등이 깜박입니다.", sme, route,
                    kst(calendar.plusBusinessDays(today, -3), 10));
            urgent.escalate(calendar, kst(calendar.plusBusinessDays(today, -2), 9));

            AsRequest waiting = demoRequest(hanbit, AsCategory.SW_DEFECT, AsSeverity.HIGH, "작업지시 화면에서 공정 순서가 바뀌어 보임",
                    "오늘 아침부터 작업지시 화면에서 3공정과 4공정의 순서가 뒤바뀌어 표시됩니다.", sme, route, kst(calendar.plusBusinessDays(today, -1), 9));
            waiting.assign(expert.getId());
            waiting.moveTo(AsStatus.DIAGNOSING, kst(calendar.plusBusinessDays(today, -1), 10));
            asRequests.add(waiting.post(handler, false, true, "버전 확인 후 원격 점검 예정", kst(calendar.plusBusinessDays(today, -1), 10)));
            asRequests.add(waiting.askRequester(handler, "사용 중인 MES 버전과 화면 캡처를 보내 주시겠어요?", kst(calendar.plusBusinessDays(today, -1), 11)));

            AsRequest repairing = demoRequest(hanbit, AsCategory.USAGE_COACHING, AsSeverity.NORMAL, "신규 작업자 MES 사용 교육",
                    "신규 작업자 3명에게 실적 입력과 불량 등록 방법을 교육해 주세요.", sme, route, kst(calendar.plusBusinessDays(today, -2), 14));
            repairing.assign(expert.getId());
            asRequests.add(repairing.post(handler, false, false, "다음 주 화요일 오후 2시에 방문 교육을 하겠습니다.", kst(calendar.plusBusinessDays(today, -2), 16)));
            repairing.moveTo(AsStatus.TREATING, kst(calendar.plusBusinessDays(today, -1), 9));
            asRequests.add(repairing.post(handler, false, true, "교육 자료: 실적 입력 1~3장", kst(calendar.plusBusinessDays(today, -1), 9)));

            AsRequest completed = demoRequest(hanbit, AsCategory.SW_DEFECT, AsSeverity.NORMAL, "일일 생산 보고서 PDF 출력 오류",
                    "일일 생산 보고서를 PDF로 내려받으면 한글이 깨집니다.", sme, route, kst(calendar.plusBusinessDays(today, -6), 10));
            asRequests.add(completed.post(handler, false, false, "글꼴 설정 문제로 확인되어 수정했습니다. 다시 내려받아 확인해 주세요.",
                    kst(calendar.plusBusinessDays(today, -5), 11)));
            completed.moveTo(AsStatus.COMPLETED, kst(calendar.plusBusinessDays(today, -5), 15));

            AsRequest rated = demoRequest(hanbit, AsCategory.UPGRADE_CONSULTATION, AsSeverity.LOW, "설비 데이터 자동 수집 고도화 상담",
                    "사출기 6대의 가동 데이터를 자동으로 모으고 싶습니다. 필요한 장비와 비용을 상담받고 싶습니다.", sme, route,
                    kst(calendar.plusBusinessDays(today, -15), 10));
            asRequests.add(rated.post(handler, false, false, "PLC 연동 게이트웨이 2대와 수집 서버 구성을 권합니다. 견적 자료를 첨부합니다.",
                    kst(calendar.plusBusinessDays(today, -14), 10)));
            rated.moveTo(AsStatus.COMPLETED, kst(calendar.plusBusinessDays(today, -13), 17));
            rated.rate(4, "자료가 자세해서 도움이 되었습니다.", kst(calendar.plusBusinessDays(today, -12), 9));

            AsRequest rejected = demoRequest(hanbit, AsCategory.HW_FAILURE, AsSeverity.NORMAL, "사무실 복합기 용지 걸림",
                    "사무실 복합기에 용지가 자주 걸립니다.", sme, route, kst(calendar.plusBusinessDays(today, -8), 10));
            rejected.reject("스마트공장으로 구축한 설비가 아니어서 AS 지원 대상이 아닙니다. 복합기 제조사 고객센터에 문의해 주세요.",
                    kst(calendar.plusBusinessDays(today, -8), 14));

            // the knowledge base: the rated consultation and three older repairs published by staff, without names
            CaseAnonymizer anonymizer = new CaseAnonymizer(java.util.List.of(hanbit.getName()), java.util.List.of(expert.getContactName()));
            String staff = "staff" + DOMAIN;
            asRequests.add(KnowledgeCase.publish(rated, "사출기 가동 데이터 자동 수집 구성",
                    "사출기 여러 대의 가동 데이터를 사람 손을 거치지 않고 모으고 싶음.",
                    "PLC 연동 게이트웨이 2대와 수집 서버로 구성하도록 권장. 설비별 통신 방식(RS-485, 이더넷)을 먼저 확인하고 견적을 받음.",
                    anonymizer, staff, kst(calendar.plusBusinessDays(today, -11), 10)));
            String[][] solved = {
                    {"SW_DEFECT", "바코드 스캔 후 입고 수량이 두 번 더해짐", "입고 화면에서 바코드를 스캔하면 수량이 두 번 더해집니다.",
                            "스캐너가 엔터를 두 번 보내도록 설정되어 있어 스캐너 설정 바코드로 접미사를 한 번으로 바꿨습니다.",
                            "입고 스캔 시 수량 중복 합산", "바코드 스캐너로 입고하면 같은 수량이 두 번 더해짐.",
                            "스캐너가 Enter 접미사를 두 번 보내는 설정이었음. 제조사 설정 바코드로 접미사를 한 번으로 바꾸니 해결."},
                    {"HW_FAILURE", "설비 모니터링 PC 재부팅 반복", "현장 모니터링 PC가 하루에 몇 번씩 스스로 재부팅됩니다.",
                            "전원 공급 장치 노후로 확인되어 교체했습니다. 현장 먼지가 많아 필터를 달았습니다.",
                            "현장 모니터링 PC가 스스로 재부팅됨", "설비 모니터링 PC가 하루에도 여러 번 재부팅되어 화면이 끊김.",
                            "전원 공급 장치(파워) 노후가 원인. 교체 후 정상. 분진이 많은 현장은 흡기 필터를 달고 분기마다 청소."},
                    {"SW_DEFECT", "ERP 재고와 MES 재고 수량 불일치", "매일 아침 ERP와 MES의 재고 수량이 다릅니다.",
                            "야간 연동 작업이 자정 전에 시작되어 마감 전 데이터를 가져가고 있었습니다. 연동 시각을 새벽 2시로 옮겼습니다.",
                            "ERP와 MES 재고 수량이 맞지 않음", "아침마다 ERP 재고와 MES 재고가 서로 다르게 보임.",
                            "야간 재고 연동이 일 마감 전에 시작되어 마감 전 수량을 가져감. 연동 시작을 마감 이후(새벽 2시)로 옮겨 해결."},
            };
            for (int i = 0; i < solved.length; i++) {
                String[] c = solved[i];
                AsRequest r = demoRequest(hanbit, AsCategory.valueOf(c[0]), AsSeverity.NORMAL, c[1], c[2], sme, route,
                        kst(calendar.plusBusinessDays(today, -60 - 20 * i), 10));
                asRequests.add(r.post(handler, false, false, c[3], kst(calendar.plusBusinessDays(today, -59 - 20 * i), 10)));
                r.moveTo(AsStatus.COMPLETED, kst(calendar.plusBusinessDays(today, -58 - 20 * i), 16));
                r.rate(5, null, kst(calendar.plusBusinessDays(today, -57 - 20 * i), 9));
                asRequests.add(KnowledgeCase.publish(r, c[4], c[5], c[6], anonymizer, staff, kst(calendar.plusBusinessDays(today, -55 - 20 * i), 10)));
            }
            completedProject(hanbit, today);
            // (주)대성금속 (sme2@, followed by coordinator@): a question its coordinator sees on the AS desk
            companies.companyByRegistrationNumber(number("130865432")).ifPresent(daesung -> {
                AsRequest asked = demoRequest(daesung, AsCategory.USAGE_COACHING, AsSeverity.LOW, "불량 유형 코드 추가 방법 문의",
                        "새 불량 유형(버 발생)을 코드로 추가하려면 어느 메뉴를 써야 하나요?", "sme2" + DOMAIN, route,
                        kst(calendar.plusBusinessDays(today, -1), 15));
                asked.assign(expert.getId());
                asRequests.add(asked.post(handler, false, false, "기준정보 > 불량 유형 메뉴에서 추가할 수 있습니다. 화면 위치를 안내해 드릴게요.",
                        kst(calendar.plusBusinessDays(today, -1), 16)));
                asked.moveTo(AsStatus.TREATING, kst(calendar.plusBusinessDays(today, -1), 16));
            });
            if (seojin != null) {
                demoRequest(seojin, AsCategory.USAGE_COACHING, AsSeverity.NORMAL, "품질 검사 결과 조회 방법 문의",
                        "출하 검사 결과를 기간별로 조회하는 방법을 알려 주세요.", "sme5" + DOMAIN, route, clock.instant());
            }
            return null;
        });
        LOG.info("Demo after-service requests loaded");
    }

    /**
     * (주)한빛정밀 (sme@)'s project of last year's 하반기 round with supplier@, closed after its final inspection two months
     * ago: its intensive after-service period runs, so a defect it reports goes to the supplier (하자보수).
     */
    private void completedProject(Company hanbit, java.time.LocalDate today) {
        SupplierProfile supplier = suppliers.profileByRegistrationNumber(number("220881234")).orElse(null);
        Announcement basic = announcements.latestOfType(ProgramType.BASIC).orElse(null);
        UserAccount member = accounts.accountByEmail("sme" + DOMAIN).orElse(null);
        UserAccount e1 = accounts.accountByEmail("evaluator" + DOMAIN).orElse(null);
        UserAccount e2 = accounts.accountByEmail("evaluator2" + DOMAIN).orElse(null);
        if (supplier == null || basic == null || member == null || e1 == null || e2 == null) {
            return;
        }
        java.time.LocalDate closes = today.minusDays(400);
        Announcement autumn = closedBasicRound(basic, closes.getYear() + "년 스마트공장 구축 지원사업(기초) 하반기 공고", 50, 2_500_000_000L,
                closes.minusDays(40), closes, clock.instant());
        Selected selected = concludedProject(autumn, hanbit, member, supplier, e1, e2, closes, 32_000_000,
                "사출 공정 실적 자동 집계와 불량 이력 추적");
        Project p = selected.project();
        java.util.Map<CheckItem, CheckItem.Result> results = new java.util.EnumMap<>(CheckItem.class);
        for (CheckItem item : CheckItem.values()) {
            results.put(item, CheckItem.Result.PASS);
        }
        java.time.LocalDate interimOn = today.minusDays(150);
        Inspection interim = Inspection.record(p, InspectionKind.INTERIM, false, false, e2.getEmail(), e2.getContactName(), interimOn,
                results, java.util.Map.of(), "사출기 실적 수집과 작업지시 화면이 일정대로 구축되고 있음.", java.util.List.of(), interimOn,
                kst(interimOn, 16));
        projects.add(interim);
        interim.complete(null, null, kst(interimOn, 17));
        p.milestoneReached(kr.go.smartfactory.project.domain.MilestoneKind.INTERIM, interimOn);
        java.time.LocalDate inspected = today.minusDays(62);
        Inspection last = Inspection.record(p, InspectionKind.FINAL, true, false, e2.getEmail(), e2.getContactName(), inspected, results,
                java.util.Map.of(), "사출기 6대의 실적 집계와 불량 이력 조회가 계획대로 동작함.", java.util.List.of(), inspected,
                kst(inspected, 16));
        projects.add(last);
        last.complete(SmartLevel.BASIC, SmartLevel.NONE, kst(inspected, 17));
        selected.application().recordStep(TimelineEvent.INSPECTED, p.getAgreementNumber(), kst(inspected, 16));
        java.time.LocalDate closed = today.minusDays(60);
        p.close(SmartLevel.BASIC, closed, kst(closed, 11));
        selected.application().recordStep(TimelineEvent.PROJECT_COMPLETED, p.getAgreementNumber(), kst(closed, 11));

        // a defect on it in the intensive-AS period (하자보수): supplier@ answered within the target and is repairing it
        BusinessCalendar calendar = businessCalendars.current();
        Instant filed = kst(calendar.plusBusinessDays(today, -2), 10);
        AsRequest defect = new AsRequest(asRequests.counter(filed.atZone(KoreanTime.ZONE).getYear()).next(), hanbit.getId(), p.getId(),
                AsCategory.SW_DEFECT, AsSeverity.HIGH, "불량 이력 조회가 1분 넘게 걸림",
                "불량 이력을 한 달 넘는 기간으로 조회하면 화면이 1분 넘게 멈춥니다. 일주일 기간은 바로 나옵니다.", member.getEmail(),
                Routing.Route.supplier(supplier.getId()), asRequests.target(AsSeverity.HIGH), filed);
        asRequests.add(defect);
        String engineer = "supplier" + DOMAIN;
        asRequests.add(defect.post(engineer, false, false, "조회 쿼리에 기간 색인이 빠져 있는 것을 확인했습니다. 내일 오전에 패치하겠습니다.",
                kst(calendar.plusBusinessDays(today, -2), 11)));
        defect.moveTo(AsStatus.DIAGNOSING, kst(calendar.plusBusinessDays(today, -2), 11));
        defect.moveTo(AsStatus.TREATING, kst(calendar.plusBusinessDays(today, -1), 10));
        asRequests.add(defect.post(engineer, false, true, "운영 서버 패치 일정: 고객사 점심시간", kst(calendar.plusBusinessDays(today, -1), 10)));

        // the log API key of the MES built in it, issued by supplier@ — its secret is in the README (demo only)
        kr.go.smartfactory.usage.domain.UsageKey mes = kr.go.smartfactory.usage.domain.UsageKey.demo(DEMO_LOG_KEY, hanbit.getId(), p.getId(),
                supplier.getCompany().getId(), "사출 공정 MES (운영 서버)",
                new kr.go.smartfactory.shared.domain.BucketRule(1_000, java.time.Duration.ofSeconds(1)), engineer, kst(closed, 14)).key();
        usageKeys.add(mes);
        // it has been used every working day since (a busy weekday ~100 logs by 6 operators, weekends almost nothing)
        demoUsageLogs(mes, today.minusDays(45), today, 100);
    }

    /**
     * Usage logs of a demo site from {@code from} to {@code to} (today: only hours already past), about {@code weekday} a
     * working day, spread over the day shift by a handful of operators; every tenth day a few refused requests.
     */
    private void demoUsageLogs(kr.go.smartfactory.usage.domain.UsageKey key, java.time.LocalDate from, java.time.LocalDate to, int weekday) {
        String[] users = {"kim.op", "lee.op", "park.qc", "choi.mgr", "jung.op", "han.wh"};
        String[] kinds = {"DO6001", "DO6003", "DO6003", "DO6003", "DO6004", "DO6005", "DO6007", "DO6007", "DO6006", "DO6002"};
        Instant now = clock.instant();
        int[] rows = {0};
        // one JDBC batch: a native query per row would make Hibernate flush the whole demo persistence context each time
        em.unwrap(org.hibernate.Session.class).doWork(c -> {
            try (java.sql.PreparedStatement log = c.prepareStatement("insert into usage_log (key_id, company_id, project_id, logged_at, "
                    + "received_at, use_se, sys_user, conect_ip, data_qty) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    java.sql.PreparedStatement refusal = c.prepareStatement("insert into usage_refusal (key_id, use_day, code, refused, "
                            + "counted_at) values (?, ?, 'AP1029', 4, ?)")) {
                for (java.time.LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    boolean weekend = d.getDayOfWeek().getValue() >= 6;
                    int logs = weekend ? 3 : weekday - 20 + (d.getDayOfYear() * 37) % 41;
                    for (int i = 0; i < logs; i++) {
                        Instant at = kst(d, 8).plusSeconds(i * (10L * 3600 / Math.max(1, logs)) + (i * 7919L) % 300);
                        if (at.isAfter(now)) {
                            break;
                        }
                        rows[0]++;
                        log.setLong(1, key.getId());
                        log.setLong(2, key.getCompanyId());
                        log.setLong(3, key.getProjectId());
                        log.setObject(4, java.time.OffsetDateTime.ofInstant(at.minusSeconds(2), java.time.ZoneOffset.UTC));
                        log.setObject(5, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
                        log.setString(6, kinds[(i * 3 + d.getDayOfMonth()) % kinds.length]);
                        log.setString(7, users[(i + d.getDayOfMonth()) % (weekend ? 1 : users.length)]);
                        log.setString(8, "10.20.1." + (11 + i % users.length));
                        log.setLong(9, i % 5 == 0 ? 12 + i % 40 : 1);
                        log.addBatch();
                    }
                    if (d.getDayOfMonth() % 10 == 0 && d.isBefore(to)) {
                        refusal.setLong(1, key.getId());
                        refusal.setObject(2, d);
                        refusal.setObject(3, java.time.OffsetDateTime.ofInstant(kst(d, 12), java.time.ZoneOffset.UTC));
                        refusal.addBatch();
                    }
                }
                log.executeBatch();
                refusal.executeBatch();
            }
        });
        LOG.info(() -> "Demo usage: " + rows[0] + " logs of " + key.getLabel());
    }

    /** The nightly usage totals of the demo sites' past days, as the usage-daily job would have built them. */
    private void loadUsageTotals() {
        java.time.LocalDate today = KoreanTime.today(clock);
        for (java.time.LocalDate d = today.minusDays(60); d.isBefore(today); d = d.plusDays(1)) {
            usageLogs.buildDay(d, clock.instant());
        }
    }

    private AsRequest demoRequest(Company company, AsCategory category, AsSeverity severity, String title, String description,
            String by, Routing.Route route, Instant at) {
        AsRequest r = new AsRequest(asRequests.counter(at.atZone(KoreanTime.ZONE).getYear()).next(),
                company.getId(), null, category, severity, title, description, by, route, asRequests.target(severity), at);
        asRequests.add(r);
        return r;
    }

    /**
     * Evaluation (선정평가) in two closed 기초 rounds. The 1차 round (quota 2) closed a month ago: five applications scored
     * by three evaluators (배평점, evaluator3@, worked at (주)동해정밀 until a year ago, so it was not assigned to that
     * application and staff are refused when they try), results notified three days ago — two selected, one reserve, two
     * not selected — and (주)미래정공 (sme4@) objected; staff find the objection waiting. The 1차 추가 round (quota 1)
     * closed five days ago: evaluator@ is assigned to both its applications and has not yet signed its declaration,
     * evaluator2@ is scoring one. In the 2차 round (quota 1) every card is submitted: staff confirm and notify its results.
     */
    private void loadEvaluations() {
        AuditActor.runAs("system:demo-data", () -> {
            Instant now = clock.instant();
            java.time.LocalDate today = KoreanTime.today(clock);
            int year = today.getYear();
            String hash = demoPasswordHash();
            SupplierProfile supplier = suppliers.profileByRegistrationNumber(number("220881234")).orElse(null);
            Announcement basic2022 = announcements.latestOfType(ProgramType.BASIC).orElse(null);
            if (supplier == null || basic2022 == null) {
                return null;
            }
            staff("evaluator2", "문심사", EnumSet.of(Role.EVALUATOR), hash, now);
            staff("evaluator3", "배평점", EnumSet.of(Role.EVALUATOR), hash, now);
            UserAccount e1 = accounts.accountByEmail("evaluator" + DOMAIN).orElseThrow();
            UserAccount e2 = accounts.accountByEmail("evaluator2" + DOMAIN).orElseThrow();
            UserAccount e3 = accounts.accountByEmail("evaluator3" + DOMAIN).orElseThrow();

            Announcement first = closedBasicRound(basic2022, year + "년 스마트공장 구축 지원사업(기초) 1차 공고", 2, 100_000_000L,
                    today.minusDays(75), today.minusDays(30), now);
            Instant at = kst(today.minusDays(40), 10);
            Company donghae = demoSme("130890011", "(주)동해정밀", "정동해", Region.GYEONGBUK, now);
            Company seojin = demoSme("130890022", "(주)서진오토텍", "서진우", Region.ULSAN, now);
            Company mirae = demoSme("130890033", "(주)미래정공", "한미래", Region.DAEGU, now);
            Company hangyeol = demoSme("130890044", "(주)한결식품", "윤한결", Region.CHUNGNAM, now);
            Company taesung = demoSme("130890055", "(주)태성플라스틱", "김태성", Region.GYEONGGI, now);
            UserAccount sme4 = member(mirae, "sme4", "한미래", hash, now);
            UserAccount sme5 = member(seojin, "sme5", "서진우", hash, now);
            UserAccount sme6 = member(donghae, "sme6", "정동해", hash, now);

            EvaluatorProfile p1 = new EvaluatorProfile(e1.getId(), now);
            p1.describe("○○대학교 산업공학과 교수", null, now);
            evaluations.add(p1);
            EvaluatorProfile p2 = new EvaluatorProfile(e2.getId(), now);
            p2.describe("한국생산성본부 스마트제조 컨설턴트", null, now);
            evaluations.add(p2);
            EvaluatorProfile p3 = new EvaluatorProfile(e3.getId(), now);
            p3.describe("스마트제조 전문위원(前 제조기업 품질팀장)", null, now);
            p3.addTie(kr.go.smartfactory.evaluation.domain.Tie.Kind.EMPLOYMENT, donghae.getRegistrationNumber().digits(), donghae.getName(),
                    today.minusYears(1), "품질팀장", now);
            evaluations.add(p3);

            GrantApplication aDonghae = submittedApplication(first, donghae, null, supplier, at, 30_000_000, "열처리 공정 실시간 모니터링으로 재작업률 25% 감소");
            GrantApplication aSeojin = submittedApplication(first, seojin, null, supplier, at.plusSeconds(3600), 35_000_000, "프레스 금형 예지보전으로 비가동 40% 감소");
            GrantApplication aMirae = submittedApplication(first, mirae, sme4, supplier, at.plusSeconds(7200), 25_000_000, "가공 실적 자동 수집, 납기 준수율 95% 달성");
            GrantApplication aHangyeol = submittedApplication(first, hangyeol, null, supplier, at.plusSeconds(10800), 20_000_000, "HACCP 기록 전산화와 이력 추적");
            GrantApplication aTaesung = submittedApplication(first, taesung, null, supplier, at.plusSeconds(14400), 28_000_000, "사출 조건 표준화로 불량률 15% 감소");

            first.close(kst(today.minusDays(30), 18).plusSeconds(60));
            Instant scoredAt = kst(today.minusDays(20), 14);
            java.util.List<Integer> weights = first.getRubric().stream().map(RubricCriterion::getWeight).toList();
            java.util.List<Integer> maxima = first.getBonusItems().stream().map(BonusItem::getPoints).toList();
            java.util.Map<GrantApplication, java.util.List<kr.go.smartfactory.evaluation.domain.Scorecard>> cards = new java.util.LinkedHashMap<>();
            Object[][] plan = {
                {aSeojin, new Object[] {e1, Grade.EXCELLENT, e2, Grade.EXCELLENT, e3, Grade.GOOD}},
                {aDonghae, new Object[] {e1, Grade.GOOD, e2, Grade.EXCELLENT}},
                {aHangyeol, new Object[] {e1, Grade.GOOD, e2, Grade.GOOD, e3, Grade.GOOD}},
                {aMirae, new Object[] {e1, Grade.FAIR, e2, Grade.GOOD, e3, Grade.FAIR}},
                {aTaesung, new Object[] {e1, Grade.FAIR, e2, Grade.FAIR, e3, Grade.POOR}}};
            for (Object[] row : plan) {
                GrantApplication a = (GrantApplication) row[0];
                Object[] scores = (Object[]) row[1];
                a.recordStep(TimelineEvent.EVALUATION_STARTED, null, kst(today.minusDays(28), 10));
                java.util.List<kr.go.smartfactory.evaluation.domain.Scorecard> submitted = new java.util.ArrayList<>();
                for (int i = 0; i < scores.length; i += 2) {
                    UserAccount evaluator = (UserAccount) scores[i];
                    Grade grade = (Grade) scores[i + 1];
                    var x = EvaluationAssignment.assign(a, evaluator, java.util.List.of(), "staff" + DOMAIN, kst(today.minusDays(28), 10));
                    evaluations.add(x);
                    x.declare(evaluator.getContactName(), evaluator.getContactName(), false, null, kst(today.minusDays(25), 10));
                    // the first criterion a grade better (where there is one), the others as given
                    java.util.List<Grade> grades = new java.util.ArrayList<>(java.util.Collections.nCopies(weights.size(), grade));
                    grades.set(0, grade == Grade.EXCELLENT ? grade : Grade.values()[grade.ordinal() - 1]);
                    var card = new kr.go.smartfactory.evaluation.domain.Scorecard(grades, maxima.stream().map(m -> Math.min(m, 1)).toList(),
                            "사업계획의 목표와 공정 범위가 " + (grade.ordinal() <= 1 ? "구체적이고 실현 가능함." : "다소 추상적임. 성과지표 보완 필요."));
                    x.submit(card, weights, maxima, scoredAt);
                    submitted.add(card);
                }
                cards.put(a, submitted);
            }
            java.util.List<kr.go.smartfactory.evaluation.domain.Ranking.Entry> entries = cards.entrySet().stream()
                    .map(e -> new kr.go.smartfactory.evaluation.domain.Ranking.Entry(e.getKey().getId(), e.getKey().getSubmittedAt(),
                            applicationSupport.requestedGrant(e.getKey()), e.getValue())).toList();
            var ranked = kr.go.smartfactory.evaluation.domain.Ranking.rank(entries, weights, first.getRules().getTieBreak(), first.getQuota(),
                    first.getRules().getShortlistFactor(), first.getBudget());
            Instant decidedAt = kst(today.minusDays(3), 15);
            for (var place : ranked.places()) {
                GrantApplication a = cards.keySet().stream().filter(x -> x.getId() == place.applicationId()).findFirst().orElseThrow();
                EvaluationResult result = new EvaluationResult(a.getId(), first.getId(), place, "staff" + DOMAIN, decidedAt, today.minusDays(3),
                        first.getRules().getObjectionDays());
                evaluations.add(result);
                a.recordStep(TimelineEvent.valueOf(result.getOutcome().name()), first.getTitle(), decidedAt);
                if (result.getOutcome() == kr.go.smartfactory.evaluation.domain.Outcome.SELECTED) {
                    selectionChanged.fire(new kr.go.smartfactory.evaluation.domain.SelectionChanged(a.getId(), true));
                }
                if (a == aMirae) {
                    notifications.inbox(Recipients.of(sme4), "evaluation.result." + result.getOutcome().name(), GrantApplications.LINK + a.getId(),
                            first.getTitle(), a.getReceiptNumber(), KoreanTime.DAY.format(result.getObjectionUntil()));
                    Instant filed = kst(today.minusDays(1), 11);
                    evaluations.add(kr.go.smartfactory.evaluation.domain.Objection.file(a, result, false,
                            "가공 실적 자동 수집은 이미 시범 운영 중이어서 구축 목표의 실현 가능성이 높습니다. 첨부한 사업계획서 12쪽의 시범 운영 결과가 "
                                    + "평가에 반영되지 않은 것으로 보여 재검토를 요청합니다.", sme4.getEmail(), filed, today.minusDays(1)));
                    a.recordStep(TimelineEvent.OBJECTION_FILED, null, filed);
                    recipients.withRole(Role.STAFF).forEach(staff -> notifications.inbox(staff, "objection.filed",
                            "/staff/evaluation.xhtml?round=" + first.getId(), mirae.getName(), a.getReceiptNumber()));
                }
            }

            // (주)서진오토텍 (sme5@): concluded yesterday, a change request waiting for staff; (주)동해정밀 (sme6@) confirmed, its
            // supplier (supplier@) not yet
            Project seojinProject = projects.projectOf(aSeojin.getId()).orElseThrow();
            seojinProject.confirmBySme(sme5.getEmail(), kst(today.minusDays(2), 10));
            seojinProject.confirmBySupplier("supplier" + DOMAIN, kst(today.minusDays(2), 15));
            var terms = seojinProject.conclude("staff" + DOMAIN, today.minusDays(1), kst(today.minusDays(1), 11));
            projects.add(AgreementVersion.of(seojinProject.getId(), 1, today.minusDays(1), null, terms, "staff" + DOMAIN,
                    kst(today.minusDays(1), 11)));
            aSeojin.recordStep(TimelineEvent.AGREEMENT_CONCLUDED, seojinProject.getAgreementNumber(), kst(today.minusDays(1), 11));
            projects.add(ChangeRequest.request(seojinProject, false, ChangeKind.PERSONNEL, today.minusDays(1),
                    "공급기업 PM이 퇴사해 같은 등급의 후임 PM(정보처리기사, 경력 8년)으로 바꾸려 합니다.", null, sme5.getEmail(), today, now));
            projects.projectOf(aDonghae.getId()).orElseThrow().confirmBySme(sme6.getEmail(), kst(today.minusDays(1), 16));

            loadProjectInBuild(basic2022, supplier, e1, e2, hash, today, now);

            Announcement extra = closedBasicRound(basic2022, year + "년 스마트공장 구축 지원사업(기초) 1차 추가 공고", 1, 50_000_000L,
                    today.minusDays(40), today.minusDays(5), now);
            Company geumgang = demoSme("130890066", "(주)금강정공", "오금강", Region.CHUNGBUK, now);
            Company saerom = demoSme("130890077", "(주)새롬전자", "이새롬", Region.GWANGJU, now);
            Instant extraAt = kst(today.minusDays(8), 10);
            GrantApplication g = submittedApplication(extra, geumgang, null, supplier, extraAt, 32_000_000, "조립 라인 작업지시 전산화, 생산성 20% 향상");
            GrantApplication r = submittedApplication(extra, saerom, null, supplier, extraAt.plusSeconds(5400), 30_000_000, "SMT 공정 검사 데이터 수집과 불량 추적");
            extra.close(kst(today.minusDays(5), 18).plusSeconds(60));
            Instant assignedAt = kst(today.minusDays(2), 10);
            for (GrantApplication a : java.util.List.of(g, r)) {
                a.recordStep(TimelineEvent.EVALUATION_STARTED, null, assignedAt);
                evaluations.add(EvaluationAssignment.assign(a, e1, java.util.List.of(), "staff" + DOMAIN, assignedAt));
                notifications.inbox(Recipients.of(e1), "evaluation.assigned", "/staff/evaluations.xhtml", extra.getTitle(), a.getReceiptNumber());
            }
            var scoring = EvaluationAssignment.assign(g, e2, java.util.List.of(), "staff" + DOMAIN, assignedAt);
            evaluations.add(scoring);
            scoring.declare(e2.getContactName(), e2.getContactName(), false, null, assignedAt.plusSeconds(3600));
            java.util.List<Grade> partial = new java.util.ArrayList<>(java.util.Collections.nCopies(weights.size(), (Grade) null));
            partial.set(0, Grade.GOOD);
            scoring.save(new kr.go.smartfactory.evaluation.domain.Scorecard(partial, java.util.List.of(), "작성 중"), assignedAt.plusSeconds(7200));

            // the 2차 round: every card submitted, the ranking waits for staff to confirm and notify
            Announcement second = closedBasicRound(basic2022, year + "년 스마트공장 구축 지원사업(기초) 2차 공고", 1, 50_000_000L,
                    today.minusDays(30), today.minusDays(10), now);
            Company hanbit = demoSme("130890099", "(주)한빛금속", "강한빛", Region.JEONBUK, now);
            Company daon = demoSme("130890100", "(주)다온테크", "조다온", Region.GANGWON, now);
            GrantApplication h = submittedApplication(second, hanbit, null, supplier, kst(today.minusDays(12), 10), 34_000_000,
                    "주조 공정 온도·압력 데이터 수집으로 불량률 25% 감소");
            GrantApplication d = submittedApplication(second, daon, null, supplier, kst(today.minusDays(11), 14), 31_000_000,
                    "포장 라인 바코드 실적 관리와 출하 오류 제로화");
            second.close(kst(today.minusDays(10), 18).plusSeconds(60));
            java.util.List<Integer> secondWeights = second.getRubric().stream().map(RubricCriterion::getWeight).toList();
            java.util.List<Integer> secondMaxima = second.getBonusItems().stream().map(BonusItem::getPoints).toList();
            Instant scoredFrom = kst(today.minusDays(8), 10);
            for (GrantApplication a : java.util.List.of(h, d)) {
                a.recordStep(TimelineEvent.EVALUATION_STARTED, null, scoredFrom);
                for (UserAccount evaluator : java.util.List.of(e1, e2)) {
                    submittedCard(a, evaluator, a == h ? Grade.EXCELLENT : Grade.GOOD, secondWeights, secondMaxima, scoredFrom,
                            a == h ? "데이터 기반 품질 개선 목표가 구체적임." : "추진 체계는 적절하나 목표 수치 근거가 약함.");
                }
            }
            return null;
        });
        LOG.info("Demo evaluations loaded (a round with results and an objection, a round being scored, a round ready to confirm)");
    }

    /**
     * A project in its build period: (주)태광기계 (sme7@) was selected in this year's 상반기 round, concluded 125 days ago
     * (a personnel change approved since), paid twice (S/W part, H/W in full), a S/W request waiting for staff, and
     * two thirds of its contribution deposited; evaluator2@ supervises it and recorded its interim inspection, whose
     * corrective action the supplier has answered.
     */
    private void loadProjectInBuild(Announcement basic2022, SupplierProfile supplier, UserAccount e1, UserAccount e2, String hash,
            java.time.LocalDate today, Instant now) {
        Announcement spring = closedBasicRound(basic2022, today.minusDays(160).getYear() + "년 스마트공장 구축 지원사업(기초) 상반기 공고", 50,
                2_500_000_000L, today.minusDays(200), today.minusDays(160), now);
        Company taekwang = demoSme("130890088", "(주)태광기계", "문태광", Region.GYEONGNAM, now);
        UserAccount sme7 = member(taekwang, "sme7", "문태광", hash, now);
        Selected selected = concludedProject(spring, taekwang, sme7, supplier, e1, e2, today.minusDays(160), 30_000_000,
                "절삭 공정 설비 데이터 수집으로 OEE 20% 향상");
        GrantApplication a = selected.application();
        Project p = selected.project();
        // evaluator2@ (문심사) supervises it (감리): it recorded the interim inspection and follows up the corrective action
        p.appointSupervisor(e2, java.util.List.of(), "staff" + DOMAIN, kst(today.minusDays(120), 10));
        ChangeRequest pm = ChangeRequest.request(p, false, ChangeKind.PERSONNEL, today.minusDays(55),
                "현장 책임자가 생산관리팀장에서 공장장으로 바뀝니다.", null, sme7.getEmail(), today.minusDays(52), kst(today.minusDays(52), 9));
        projects.add(pm);
        var changed = pm.approve("staff" + DOMAIN, "책임자 변경 확인", kst(today.minusDays(50), 11));
        projects.add(AgreementVersion.of(p.getId(), 2, today.minusDays(50), pm.getId(), changed, "staff" + DOMAIN, kst(today.minusDays(50), 11)));
        a.recordStep(TimelineEvent.AGREEMENT_CHANGED, p.getAgreementNumber(), kst(today.minusDays(50), 11));
        // its pilot MES had a key from supplier@ and sent logs for a while, then stopped: an idle site on staff/usage
        kr.go.smartfactory.usage.domain.UsageKey pilot = kr.go.smartfactory.usage.domain.UsageKey.issue(taekwang.getId(), p.getId(),
                supplier.getCompany().getId(), "절삭 설비 데이터 수집 (시범 서버)", kr.go.smartfactory.usage.domain.UsageKey.DEFAULT_RATE,
                "supplier" + DOMAIN, kst(today.minusDays(40), 15)).key();
        usageKeys.add(pilot);
        demoUsageLogs(pilot, today.minusDays(39), today.minusDays(16), 30);

        Ledger ledger = new Ledger(p.agreedByLine(), p.getStartsOn(), p.getEndsOn());
        String issuer = supplier.getCompany().getRegistrationNumber().digits();
        Object[][] payments = {
            {"1", 40_000_000L, today.minusDays(100), "20260101-41000001-00000101", true},
            {"2", 18_000_000L, today.minusDays(60), "20260101-41000001-00000202", true},
            {"1", 20_000_000L, today.minusDays(5), "20260101-41000001-00000303", false}};
        for (Object[] row : payments) {
            var accepted = ledger.request((String) row[0], Money.won((Long) row[1]), (java.time.LocalDate) row[2]);
            PaymentRequest r = PaymentRequest.of(p.getId(), accepted, (String) row[3], issuer, "supplier" + DOMAIN,
                    kst((java.time.LocalDate) row[2], 16));
            disbursements.add(r);
            if ((Boolean) row[4]) {
                r.approve("staff" + DOMAIN, kst(((java.time.LocalDate) row[2]).plusDays(2), 11));
                ledger.approve(accepted.number());
            }
        }
        disbursements.add(Deposit.record(p.getId(), Money.won(30_000_000), p.getCompany().plus(p.getPartner()), today.minusDays(124), today,
                taekwang.getName(), taekwang.getRegistrationNumber().digits(), "IBK기업은행", sme7.getEmail(), kst(today.minusDays(124), 15)));
        // the interim inspection found the data collection incomplete; the supplier has answered, staff have not yet accepted
        java.util.Map<CheckItem, CheckItem.Result> results = new java.util.EnumMap<>(CheckItem.class);
        for (CheckItem item : CheckItem.values()) {
            results.put(item, CheckItem.Result.PASS);
        }
        results.put(CheckItem.DATA, CheckItem.Result.FAIL);
        Inspection interim = Inspection.record(p, InspectionKind.INTERIM, false, false, e2.getEmail(), e2.getContactName(), today.minusDays(20), results,
                java.util.Map.of(CheckItem.DATA, "2호기 PLC 데이터 미수집"), "가공·검사 공정의 실적 수집은 정상, 2호기 설비 데이터 연동이 빠짐.",
                java.util.List.of(new Inspection.Action("2호기 PLC 데이터 수집 연동", today.minusDays(6))), today, kst(today.minusDays(20), 16));
        projects.add(interim);
        a.recordStep(TimelineEvent.INSPECTED, p.getAgreementNumber(), kst(today.minusDays(20), 16));
        interim.answer(0, "2호기 PLC에 수집 게이트웨이를 설치하고 실적 화면에서 수집을 확인했습니다.", "supplier" + DOMAIN,
                kst(today.minusDays(7), 10));
    }

    /** An application selected in a closed round and its concluded agreement. */
    private record Selected(GrantApplication application, Project project) {
    }

    /**
     * An application of {@code company} to {@code round} (which closes on {@code closes}; closed here), scored EXCELLENT
     * by both evaluators, selected ten days after the close, its agreement confirmed by both sides and concluded by
     * staff 35 days after the close.
     */
    private Selected concludedProject(Announcement round, Company company, UserAccount member, SupplierProfile supplier, UserAccount e1,
            UserAccount e2, java.time.LocalDate closes, long software, String goals) {
        GrantApplication a = submittedApplication(round, company, member, supplier, kst(closes.minusDays(5), 10), software, goals);
        round.close(kst(closes, 18).plusSeconds(60));
        java.util.List<Integer> weights = round.getRubric().stream().map(RubricCriterion::getWeight).toList();
        java.util.List<Integer> maxima = round.getBonusItems().stream().map(BonusItem::getPoints).toList();
        java.util.List<kr.go.smartfactory.evaluation.domain.Scorecard> cards = new java.util.ArrayList<>();
        a.recordStep(TimelineEvent.EVALUATION_STARTED, null, kst(closes.plusDays(2), 10));
        for (UserAccount evaluator : java.util.List.of(e1, e2)) {
            cards.add(submittedCard(a, evaluator, Grade.EXCELLENT, weights, maxima, kst(closes.plusDays(2), 10), "목표와 추진 체계가 명확함."));
        }
        var ranked = kr.go.smartfactory.evaluation.domain.Ranking.rank(java.util.List.of(new kr.go.smartfactory.evaluation.domain.Ranking.Entry(
                a.getId(), a.getSubmittedAt(), applicationSupport.requestedGrant(a), cards)), weights, round.getRules().getTieBreak(),
                round.getQuota(), round.getRules().getShortlistFactor(), round.getBudget());
        Instant decided = kst(closes.plusDays(10), 15);
        evaluations.add(new EvaluationResult(a.getId(), round.getId(), ranked.places().get(0), "staff" + DOMAIN, decided,
                closes.plusDays(10), round.getRules().getObjectionDays()));
        a.recordStep(TimelineEvent.SELECTED, round.getTitle(), decided);

        Project p = Project.draft(a, supplier, a.getBudget(), a.getPlan().getBuildMonths(), round.getRules(), closes.plusDays(30), decided);
        projects.add(p);
        a.recordStep(TimelineEvent.AGREEMENT_DRAFTED, p.getAgreementNumber(), decided);
        p.confirmBySme(member.getEmail(), kst(closes.plusDays(32), 10));
        p.confirmBySupplier("supplier" + DOMAIN, kst(closes.plusDays(33), 10));
        java.time.LocalDate concluded = closes.plusDays(35);
        var terms = p.conclude("staff" + DOMAIN, concluded, kst(concluded, 14));
        projects.add(AgreementVersion.of(p.getId(), 1, concluded, null, terms, "staff" + DOMAIN, kst(concluded, 14)));
        a.recordStep(TimelineEvent.AGREEMENT_CONCLUDED, p.getAgreementNumber(), kst(concluded, 14));
        return new Selected(a, p);
    }

    /** Assigns the evaluator, signs its declaration an hour later and submits a card of one grade a day later; the card. */
    private kr.go.smartfactory.evaluation.domain.Scorecard submittedCard(GrantApplication a, UserAccount evaluator, Grade grade,
            java.util.List<Integer> weights, java.util.List<Integer> maxima, Instant assignedAt, String comment) {
        var x = EvaluationAssignment.assign(a, evaluator, java.util.List.of(), "staff" + DOMAIN, assignedAt);
        evaluations.add(x);
        x.declare(evaluator.getContactName(), evaluator.getContactName(), false, null, assignedAt.plusSeconds(3600));
        var card = new kr.go.smartfactory.evaluation.domain.Scorecard(java.util.Collections.nCopies(weights.size(), grade),
                maxima.stream().map(m -> 0).toList(), comment);
        x.submit(card, weights, maxima, assignedAt.plusSeconds(86_400));
        return card;
    }

    /** A published 기초 round with a window in the past; closed by the caller once its applications are written. */
    private Announcement closedBasicRound(Announcement basic2022, String title, int quota, long budget, java.time.LocalDate opens,
            java.time.LocalDate closes, Instant now) {
        Announcement round = Announcement.draft(new AnnouncementDetails(title,
                "ICT 미적용 제조기업의 기초 단계 스마트공장 구축을 지원합니다. 접수가 끝나 선정평가 중입니다.", ProgramType.BASIC,
                closes.getYear(), java.util.Set.of(), quota, Money.won(budget), kst(opens, 9), kst(closes, 18)),
                basic2022.getRules().toBuilder().build(), basic2022.getRubric(), basic2022.getBonusItems(), kst(opens.minusDays(5), 9));
        announcements.add(round);
        round.publish(kst(opens.minusDays(3), 9));
        return round;
    }

    private Company demoSme(String firstNine, String name, String representative, Region region, Instant now) {
        Company company = new Company(number(firstNine), name, representative, region.officialName() + " 산업단지로 " + Integer.parseInt(firstNine.substring(6)),
                region, companies.industry("29").orElseGet(() -> companies.industry("30").orElseThrow()), CompanyKind.SME, now);
        companies.add(company);
        return company;
    }

    /**
     * Applications to the open 기초 round: (주)대성금속 (sme2@) submitted one with 스마트솔루션(주) as confirmed supplier,
     * every document and a coordinator who left a note; (주)한빛정밀 (sme@) has a draft whose supplier has not yet
     * confirmed (it waits in supplier@'s participation requests); (주)세진테크 (sme3@) submitted one while under a
     * participation ban, so staff find it "검토 필요" and may accept it as an exception. A legacy support of 대성금속
     * at another level shows in the checklist as no duplicate; a lifted ban shows that a ban only counts while it runs.
     */
    private void loadApplications() {
        AuditActor.runAs("system:demo-data", () -> {
            Instant now = clock.instant();
            java.time.LocalDate today = KoreanTime.today(clock);
            String hash = demoPasswordHash();
            Announcement open = announcements.announcements(new kr.go.smartfactory.program.domain.AnnouncementFilter(
                    kr.go.smartfactory.program.domain.AnnouncementPhase.OPEN, ProgramType.BASIC, null, null), true, now, 0, 10).stream()
                    .filter(a -> a.getType() == ProgramType.BASIC && a.acceptsApplications(now)).findFirst().orElse(null);
            SupplierProfile supplier = suppliers.profileByRegistrationNumber(number("220881234")).orElse(null);
            Company hanbit = companies.companyByRegistrationNumber(number("130812345")).orElse(null);
            if (open == null || supplier == null || hanbit == null) {
                return null;
            }
            Company daesung = new Company(number("130865432"), "(주)대성금속", "이대성", "경상남도 김해시 주촌면 골든루트로 80",
                    Region.GYEONGNAM, companies.industry("25").orElseGet(() -> companies.industry("30").orElseThrow()), CompanyKind.SME, now);
            companies.add(daesung);
            UserAccount sme2 = member(daesung, "sme2", "강금속", hash, now);
            applications.add(new PriorSupport(daesung.getRegistrationNumber(), ProgramType.BASIC, SmartLevel.INTERMEDIATE_1,
                    java.time.LocalDate.of(2019, 4, 1), java.time.LocalDate.of(2019, 12, 31), "SF-LEGACY-2019-0412", now));
            Sanction lifted = Sanction.participationBan(daesung.getRegistrationNumber(), daesung.getName(),
                    java.time.LocalDate.of(2021, 3, 1), java.time.LocalDate.of(2024, 2, 29), "기업부담금 미납(시연 자료)", "CASE-2021-0007", now);
            lifted.lift("부담금 완납 확인", now);
            sanctions.add(lifted);

            GrantApplication submitted = submittedApplication(open, daesung, sme2, supplier, now);
            UserAccount coordinator = accounts.accountByEmail("coordinator" + DOMAIN).orElseThrow();
            applications.add(new CoordinatorAssignment(daesung.getId(), coordinator, "staff" + DOMAIN, now));
            submitted.coordinatorAssigned(coordinator.getContactName(), now);
            applications.add(new ConsultationNote(daesung.getId(), coordinator.getEmail(), coordinator.getContactName(),
                    "대표와 통화: 구축 범위는 가공·검사 공정. 세금계산서는 공급기업 명의로만 발행하도록 안내함.", now));

            Company sejin = new Company(number("130877777"), "(주)세진테크", "박세진", "부산광역시 강서구 녹산산단로 12",
                    Region.BUSAN, companies.industry("30").orElseThrow(), CompanyKind.SME, now);
            companies.add(sejin);
            UserAccount sme3 = member(sejin, "sme3", "최세진", hash, now);
            sanctions.add(Sanction.participationBan(sejin.getRegistrationNumber(), sejin.getName(), today.minusYears(1),
                    today.plusYears(2), "정부지원금 중복 수령(시연 자료)", "CASE-2025-0031", now));
            submittedApplication(open, sejin, sme3, supplier, now);

            GrantApplication draft = GrantApplication.start(open, hanbit, SmartLevel.NONE, LevelSource.DECLARED, now);
            draft.chooseLevels(SmartLevel.NONE, LevelSource.DECLARED, SmartLevel.BASIC, now);
            draft.chooseSupplier(supplier, now);
            draft.writePlan(new ProjectPlan("납기 준수율 98% 달성", "조립·출하", null, null, 6), now);
            applications.add(draft);
            recipients.membersOf(supplier.getCompany().getId()).forEach(member -> notifications.inbox(member,
                    "application.participation.requested", "/my/participations.xhtml", hanbit.getName(), open.getTitle()));
            return null;
        });
        LOG.info("Demo applications loaded (one submitted, one draft)");
    }

    /**
     * This year's rounds beside the seeded 2022 round: one open (with its 공고문 as a PDF), one upcoming for two
     * regions, one closed, and a draft that only staff see. Dates follow today's, so the demo always has an open
     * announcement with a D-day.
     */
    private void loadAnnouncements() {
        AuditActor.runAs("system:demo-data", () -> {
            Instant now = clock.instant();
            java.time.LocalDate today = KoreanTime.today(clock);
            int year = today.getYear();
            Announcement basic2022 = announcements.latestOfType(ProgramType.BASIC).orElseThrow();
            GrantRules basicRules = basic2022.getRules().toBuilder().build();
            java.util.List<RubricCriterion> rubric = basic2022.getRubric();
            java.util.List<BonusItem> bonus = basic2022.getBonusItems();

            Announcement open = Announcement.draft(new AnnouncementDetails(year + "년 스마트공장 구축 지원사업(기초) 2차 공고",
                    "ICT 미적용 제조기업의 기초 단계 스마트공장 구축을 지원합니다. 정부지원금은 총사업비의 50% 이내, 최대 5천만원입니다. "
                            + "공급기업은 스마트공장 1번가에 등록된 기업 중에서 고르고, 신청 전에 참여 확인을 받아야 합니다.",
                    ProgramType.BASIC, year, java.util.Set.of(), 800, Money.won(20_000_000_000L), kst(today.minusDays(10), 9),
                    kst(today.plusDays(34), 18)), basicRules, rubric, bonus, now.minus(java.time.Duration.ofDays(14)));
            announcements.add(open);
            open.publish(now.minus(java.time.Duration.ofDays(12)));
            byte[] notice = PdfDocument.titled(open.getTitle())
                    .fields(java.util.List.of(new PdfDocument.Field("접수 기간", today.minusDays(10) + " 09:00 ~ " + today.plusDays(34) + " 18:00"),
                            new PdfDocument.Field("지원 한도", basicRules.getGrantCap().formatKoreanUnits()),
                            new PdfDocument.Field("선정 규모", "800개사")))
                    .paragraph(open.getSummary())
                    .paragraph("이 문서는 스마트공장 1번가 시연을 위해 만든 견본 공고문입니다.").build().render();
            long adminId = accounts.accountByEmail("admin" + DOMAIN).orElseThrow().getId();
            var file = attachments.storeFor(adminId, AttachmentKind.ANNOUNCEMENT_DOCUMENT, null, "공고문_기초_2차.pdf",
                    new java.io.ByteArrayInputStream(notice));
            open.attach(file.id(), "공고문");

            Announcement advanced = Announcement.draft(new AnnouncementDetails(year + "년 스마트공장 고도화1 지원사업 공고(경남·부산)",
                    "기초 수준을 갖춘 경남·부산 제조기업의 중간1·중간2 고도화를 지원합니다. 중간1 이상 목표는 보안 솔루션이 필수입니다.",
                    ProgramType.ADVANCED_1, year, java.util.EnumSet.of(Region.GYEONGNAM, Region.BUSAN), 60, Money.won(6_000_000_000L),
                    kst(today.plusDays(14), 9), kst(today.plusDays(58), 18)),
                    announcements.latestOfType(ProgramType.ADVANCED_1).orElseThrow().getRules().toBuilder().build(), rubric, bonus, now);
            announcements.add(advanced);
            advanced.publish(now);

            Announcement winWin = Announcement.draft(new AnnouncementDetails(year + "년 대·중소 상생형 스마트공장 1차 공고",
                    "대기업이 협력 중소기업의 스마트공장 구축을 함께 지원합니다. 정부 30% 이내, 대기업 출연 30% 이상, 기업부담 40% 이내입니다.",
                    ProgramType.WIN_WIN, year, java.util.Set.of(), 150, Money.won(7_500_000_000L), kst(today.minusDays(100), 9),
                    kst(today.minusDays(56), 18)), announcements.latestOfType(ProgramType.WIN_WIN).orElseThrow().getRules().toBuilder().build(), rubric,
                    bonus, now.minus(java.time.Duration.ofDays(110)));
            announcements.add(winWin);
            winWin.publish(now.minus(java.time.Duration.ofDays(105)));
            winWin.close(now);

            Announcement draft = Announcement.draft(new AnnouncementDetails((year + 1) + "년 5G+AI 스마트공장 구축 지원사업 공고(안)",
                    "5G와 AI로 공정을 최적화하려는 중간1 이상 기업을 지원합니다. 게시 전 검토 중입니다.", ProgramType.FIVE_G_AI, year + 1,
                    java.util.Set.of(), 30, Money.won(12_000_000_000L), kst(today.plusDays(60), 9), kst(today.plusDays(104), 18)),
                    GrantRules.builder().currentLevels(java.util.EnumSet.of(SmartLevel.INTERMEDIATE_1, SmartLevel.INTERMEDIATE_2))
                            .targetLevels(java.util.EnumSet.of(SmartLevel.INTERMEDIATE_2, SmartLevel.ADVANCED)).grantCap(Money.won(400_000_000))
                            .maxGovernmentShare(java.math.BigDecimal.valueOf(50)).minCompanyShare(java.math.BigDecimal.valueOf(50))
                            .buildMonths(6, 12).intensiveAsMonths(6).shortlistFactor(new java.math.BigDecimal("1.5"))
                            .securityRequiredFrom(SmartLevel.INTERMEDIATE_1).objectionDays(7).build(), rubric, bonus, now);
            announcements.add(draft);
            return null;
        });
        LOG.info("Demo announcements loaded (open, upcoming, closed, draft)");
    }

    /** A complete application of this company, its supplier confirmed, every required document a demo PDF, submitted. */
    private GrantApplication submittedApplication(Announcement open, Company company, UserAccount member, SupplierProfile supplier,
            Instant now) {
        return submittedApplication(open, company, member, supplier, now, 35_000_000, "가공 불량률 30% 감소, 설비 가동률 15%p 향상");
    }

    /**
     * The same, submitted at {@code now} (an instant inside the round's window: closed rounds' applications are
     * written as they were then), asking this S/W grant, with these goals; a company without accounts has its
     * documents uploaded by the administrator account.
     */
    private GrantApplication submittedApplication(Announcement open, Company company, UserAccount member, SupplierProfile supplier,
            Instant now, long software, String goals) {
        GrantApplication submitted = GrantApplication.start(open, company, SmartLevel.NONE, LevelSource.DECLARED, now);
        submitted.chooseLevels(SmartLevel.NONE, LevelSource.DECLARED, SmartLevel.BASIC, now);
        submitted.chooseSupplier(supplier, now);
        submitted.answerParticipation(supplier.getCompany().getId(), true, "현장 실사 일정 협의 완료", now);
        submitted.writePlan(new ProjectPlan(goals,
                "CNC 가공 → 세척 → 검사 → 포장 공정의 작업지시·실적 수집", "클라우드 MES(생산관리), POP 단말 6대", null, 6), now);
        submitted.replaceBudget(java.util.List.of(
                new BudgetLine(BudgetCategory.SOFTWARE, "클라우드 MES 구축", Money.won(software), Money.won(software), Money.ZERO),
                new BudgetLine(BudgetCategory.HARDWARE, "POP 단말 6대", Money.won(9_000_000), Money.won(9_000_000), Money.ZERO),
                new BudgetLine(BudgetCategory.CONSULTING, "공정 진단 컨설팅", Money.won(6_000_000), Money.won(6_000_000), Money.ZERO)),
                now);
        applications.add(submitted);
        for (var type : open.getRules().getRequiredDocuments()) {
            byte[] pdf = PdfDocument.titled(company.getName() + " — " + type.name())
                    .paragraph("스마트공장 1번가 시연을 위해 만든 견본 서류입니다.").build().render();
            long uploader = member != null ? member.getId() : accounts.accountByEmail("admin" + DOMAIN).orElseThrow().getId();
            var stored = attachments.storeFor(uploader, AttachmentKind.APPLICATION_DOCUMENT, company.getId(),
                    type.name().toLowerCase(Locale.ROOT) + ".pdf", new java.io.ByteArrayInputStream(pdf));
            submitted.attach(type, stored.id(), stored.name(), now);
        }
        var content = submitted.content();
        int year = now.atZone(KoreanTime.ZONE).getYear();
        submitted.submit(applicationSupport.demoChecklist(submitted), () -> applications.receiptCounter(year).next(), now);
        applications.add(new ApplicationVersion(submitted.getId(), 1, submitted.getReceiptNumber(), now,
                member != null ? member.getEmail() : "admin" + DOMAIN,
                applicationSupport.demoJson(content)));
        return submitted;
    }

    private static Instant kst(java.time.LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(KoreanTime.ZONE).toInstant();
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
