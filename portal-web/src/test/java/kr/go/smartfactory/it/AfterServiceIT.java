package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.aftersales.application.AfterService;
import kr.go.smartfactory.aftersales.application.AsAccess;
import kr.go.smartfactory.aftersales.application.AsRequestView;
import kr.go.smartfactory.aftersales.application.AsSupportGroups;
import kr.go.smartfactory.aftersales.domain.AsCategory;
import kr.go.smartfactory.aftersales.domain.AsSeverity;
import kr.go.smartfactory.aftersales.domain.AsStatus;
import kr.go.smartfactory.aftersales.domain.HandlerKind;
import kr.go.smartfactory.aftersales.domain.SlaState;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;

/**
 * After-service on the provisioned server: a request without a project goes to the support group of the company's
 * region, only its parties see it, the thread hides internal notes from the requester, a wait stops the clock, the
 * request is completed and rated; an overdue one is escalated by the housekeeping job at a fixed time.
 */
@ExtendWith(ArquillianExtension.class)
class AfterServiceIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsAdmin.class, AsDemoSme.class, AsDemoSme4.class, AsDemoSupplier.class,
                AsDemoStaff.class, AsDemoAsExpert.class, PortalHttp.class);
    }

    @Inject
    private AfterService afterService;

    @Inject
    private AsSupportGroups groups;

    @Inject
    private AccountRepository accounts;

    @Inject
    private kr.go.smartfactory.project.application.Agreements agreements;

    @Inject
    private kr.go.smartfactory.attachment.application.Attachments attachments;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private AsDemoSme asSme;

    @Inject
    private AsDemoSme4 asOtherSme;

    @Inject
    private AsDemoSupplier asSupplier;

    @Inject
    private AsDemoStaff asStaff;

    @Inject
    private AsDemoAsExpert asExpert;

    @Inject
    private kr.go.smartfactory.aftersales.application.KnowledgeBase knowledgeBase;

    @org.jboss.arquillian.test.api.ArquillianResource
    private java.net.URL base;

    @PersistenceContext
    private EntityManager em;

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    private static Instant kst(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KoreanTime.ZONE).toInstant();
    }

    /** The 동남 group (부산·울산·경남), with the demo AS expert as its leader (as the demo data has it); the demo SME (한빛정밀) is in 경남. */
    private long southEastGroupWithTheDemoExpert() {
        long group = em.createQuery("select g.id from AsSupportGroup g where g.name = '동남 AS 지원단'", Long.class).getSingleResult();
        long expert = accounts.accountByEmail("asexpert@demo.smartfactory.kr").orElseThrow().getId();
        asAdmin.call(() -> {
            groups.putMember(group, expert, true);
            return null;
        });
        return group;
    }

    private void removeTheDemoExpert(long group) {
        long expert = accounts.accountByEmail("asexpert@demo.smartfactory.kr").orElseThrow().getId();
        asAdmin.call(() -> {
            groups.removeMember(group, expert);
            return null;
        });
    }

    @Test
    void aCompanyRequestGoesToItsRegionsGroupAndOnlyItsPartiesSeeItThroughToTheRating() {
        long group = southEastGroupWithTheDemoExpert();
        int before = asSme.call(() -> afterService.mine()).size();
        DomainException refused = assertThrows(DomainException.class,
                () -> asSme.call(() -> afterService.file(null, null, AsSeverity.NORMAL, " ", "")));
        assertEquals(List.of("category", "title", "description"),
                refused.getProblems().stream().map(DomainException.Problem::field).toList());
        assertEquals(before, asSme.call(() -> afterService.mine()).size(), "a refused form files nothing");

        AsRequestView filed = asSme.call(() -> afterService.file(null, AsCategory.USAGE_COACHING, AsSeverity.NORMAL,
                "MES 작업지시 화면 교육 요청", "신규 작업자 3명이 작업지시 화면 사용법 교육을 받고 싶습니다."));
        long id = filed.id();
        assertTrue(filed.number().matches("AS-\\d{4}-\\d{6}"), filed.number());
        assertEquals(HandlerKind.SUPPORT_GROUP, filed.handlerKind());
        assertEquals(group, filed.groupId());
        assertFalse(filed.warranty());
        assertEquals(AsStatus.RECEIVED, filed.status());
        assertEquals(before + 1, asSme.call(() -> afterService.mine()).size());

        // who sees it: the requester, the group's expert, staff; not a supplier it is not routed to, not another SME
        assertTrue(asExpert.call(() -> afterService.desk()).stream().anyMatch(r -> r.id() == id));
        assertEquals(AsAccess.Side.STAFF, asStaff.call(() -> afterService.request(id)).side());
        assertThrows(AccessDeniedException.class, () -> asSupplier.call(() -> afterService.request(id)));
        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> afterService.request(id)));
        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> afterService.post(id, "제가 대신 답합니다", false)));
        assertTrue(asSupplier.call(() -> afterService.desk()).stream().noneMatch(r -> r.id() == id));
        assertThrows(EJBAccessException.class, () -> asSme.call(() -> afterService.moveTo(id, AsStatus.COMPLETED)),
                "the requester does not handle its own request");

        // the thread: an internal note the requester never sees; a question that stops the clock until the reply
        asExpert.call(() -> afterService.post(id, "현장 방문 전에 화면 캡처 확인", true));
        AsRequestView asked = asExpert.call(() -> afterService.askRequester(id, "사용 중인 MES 버전을 알려 주세요."));
        assertTrue(asked.waitingOnRequester());
        AsRequestView seen = asSme.call(() -> afterService.request(id));
        assertEquals(List.of("사용 중인 MES 버전을 알려 주세요."), seen.thread().stream().map(AsRequestView.Message::body).toList());
        assertEquals(2, asExpert.call(() -> afterService.request(id)).thread().size());
        assertThrows(DomainException.class, () -> asSme.call(() -> afterService.post(id, "내부 메모", true)));
        assertFalse(asSme.call(() -> afterService.post(id, "v2.3입니다.", false)).waitingOnRequester());

        asExpert.call(() -> afterService.moveTo(id, AsStatus.TREATING));
        assertEquals(List.of("as.status.notAllowed"), assertThrows(DomainException.class,
                () -> asExpert.call(() -> afterService.moveTo(id, AsStatus.DIAGNOSING))).getMessageKeys());
        asExpert.call(() -> afterService.moveTo(id, AsStatus.COMPLETED));
        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> afterService.rate(id, 1, "남의 요청")));
        AsRequestView rated = asSme.call(() -> afterService.rate(id, 5, "친절하게 알려 주셨습니다."));
        assertEquals(AsStatus.CLOSED, rated.status());
        assertEquals(5, rated.rating());
    }

    private static java.io.InputStream png() {
        // the smallest PNG: a 1×1 transparent pixel
        return new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="));
    }

    private int supplierRatings() {
        return em.createQuery("select p.ratingCount from SupplierProfile p where p.company.id = "
                + "(select a.company.id from UserAccount a where a.email = 'supplier@demo.smartfactory.kr')", Integer.class).getSingleResult();
    }

    @Test
    void aDefectOnACompletedProjectGoesToItsSupplierWithItsFilesAndItsRatingMovesTheDirectoryRating() {
        long project = asSme.call(() -> agreements.mine()).stream()
                .filter(p -> p.status() == kr.go.smartfactory.project.domain.ProjectStatus.COMPLETED).findFirst().orElseThrow().id();
        // the form is checked before anything is decided: the field problems, not the routing, and nothing is filed
        DomainException refused = assertThrows(DomainException.class,
                () -> asSme.call(() -> afterService.file(project, null, null, "", "", null, null)));
        assertEquals(List.of("category", "severity", "title", "description"),
                refused.getProblems().stream().map(DomainException.Problem::field).toList());

        AsRequestView filed = asSme.call(() -> afterService.file(project, AsCategory.SW_DEFECT, AsSeverity.HIGH,
                "실적 집계 화면 오류", "사출기 3호기의 실적이 집계 화면에 두 번씩 더해집니다.", "집계화면.png", png()));
        long id = filed.id();
        assertEquals(HandlerKind.SUPPLIER, filed.handlerKind());
        assertTrue(filed.warranty(), "inside the intensive-AS period: 하자보수 at no cost");
        assertEquals(1, filed.files().size());
        long requestFile = filed.files().get(0).attachmentId();
        assertTrue(filed.projectNumber() != null && filed.handlerName() != null && !filed.companyName().isBlank());

        // the supplier sees it and its file; the support group's expert and another SME do not
        assertTrue(asSupplier.call(() -> afterService.desk()).stream().anyMatch(r -> r.id() == id));
        assertEquals(AsAccess.Side.SUPPLIER, asSupplier.call(() -> afterService.request(id)).side());
        asSupplier.call(() -> attachments.view(requestFile));
        assertThrows(AccessDeniedException.class, () -> asExpert.call(() -> afterService.request(id)));
        assertThrows(AccessDeniedException.class, () -> asExpert.call(() -> attachments.view(requestFile)));
        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> attachments.view(requestFile)));
        assertTrue(asExpert.call(() -> afterService.desk()).stream().noneMatch(r -> r.id() == id));

        // an internal note's file stays with the handler
        AsRequestView noted = asSupplier.call(() -> afterService.post(id, "중복 집계 쿼리 확인 중", true, "쿼리.png", png()));
        long noteFile = noted.thread().get(noted.thread().size() - 1).files().get(0).attachmentId();
        assertTrue(asSme.call(() -> afterService.request(id)).thread().stream().allMatch(m -> m.files().isEmpty()));
        assertThrows(AccessDeniedException.class, () -> asSme.call(() -> attachments.view(noteFile)));
        asStaff.call(() -> attachments.view(noteFile));

        asSupplier.call(() -> afterService.post(id, "집계 쿼리의 중복을 고쳤습니다. 확인 부탁드립니다.", false));
        asSme.call(() -> afterService.post(id, "확인했습니다. 정상입니다.", false, "정상.png", png()));
        asSupplier.call(() -> afterService.moveTo(id, AsStatus.COMPLETED));
        int before = supplierRatings();
        asSme.call(() -> afterService.rate(id, 4, "빠르게 고쳐 주셨습니다."));
        assertEquals(before + 1, supplierRatings(), "the supplier's directory rating counts the rated 하자보수");

        // staff's list pages and filters in the database
        long closed = asStaff.call(() -> afterService.staffCount(AsStatus.CLOSED, null));
        assertTrue(asStaff.call(() -> afterService.staffPage(AsStatus.CLOSED, null, 0, 500)).stream().anyMatch(r -> r.id() == id));
        assertEquals(closed, asStaff.call(() -> afterService.staffPage(AsStatus.CLOSED, null, 0, 500)).size());
        assertTrue(asStaff.call(() -> afterService.staffPage(null, southEastGroupWithTheDemoExpert(), 0, 500)).stream()
                .allMatch(r -> r.handlerKind() == HandlerKind.SUPPORT_GROUP));
        assertThrows(EJBAccessException.class, () -> asSupplier.call(() -> afterService.staffPage(null, null, 0, 20)));
    }

    @Test
    void theDemoSmeHasARequestInEveryStateOneOverdueAndOneWaitingForItsAnswer() {
        List<AsRequestView> demo = asSme.call(() -> afterService.mine());
        assertEquals(java.util.EnumSet.allOf(AsStatus.class), demo.stream().map(AsRequestView::status)
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(AsStatus.class))));
        assertTrue(demo.stream().anyMatch(AsRequestView::overdue));
        assertTrue(demo.stream().anyMatch(AsRequestView::waitingOnRequester));
        assertTrue(demo.stream().map(r -> asSme.call(() -> afterService.request(r.id())))
                        .allMatch(r -> r.thread().stream().noneMatch(AsRequestView.Message::internal)),
                "the demo's internal notes stay with the handler");
        assertTrue(demo.stream().map(r -> asExpert.call(() -> afterService.request(r.id())))
                .anyMatch(r -> r.thread().stream().anyMatch(AsRequestView.Message::internal)), "the handler reads them");
    }

    @Test
    void anExpertOutsideTheGroupDoesNotSeeItsRequests() {
        long group = southEastGroupWithTheDemoExpert();
        long id = asSme.call(() -> afterService.file(null, AsCategory.UPGRADE_CONSULTATION, AsSeverity.LOW, "고도화 상담",
                "중간1 수준으로 고도화하려면 무엇이 필요한지 상담받고 싶습니다.")).id();
        asExpert.call(() -> afterService.request(id));
        removeTheDemoExpert(group);
        try {
            assertThrows(AccessDeniedException.class, () -> asExpert.call(() -> afterService.request(id)));
            assertTrue(asExpert.call(() -> afterService.desk()).stream().noneMatch(r -> r.id() == id));
        } finally {
            southEastGroupWithTheDemoExpert();
        }
    }

    @Test
    void anOverdueRequestIsEscalatedByTheHousekeepingJobOnceABusinessDayUpToStaff() throws Exception {
        // filed on Monday 30 November 2026 at 09:00: 보통's first response is due a business day later, Tuesday 09:00
        TestClock.fixAt(kst("2026-11-30T09:00"));
        long id = asSme.call(() -> afterService.file(null, AsCategory.USAGE_COACHING, AsSeverity.NORMAL, "바코드 프린터 설정 문의",
                "라벨 출력 위치가 어긋납니다. 설정 방법을 알려 주세요.")).id();
        TestClock.reset();

        assertTrue(escalationStep(run(kst("2026-11-30T20:00"))).startsWith("ESCALATED "));
        assertEquals(0, level(id), "not due yet: the night does not count");
        assertTrue(escalationStep(run(kst("2026-12-01T09:01"))).startsWith("ESCALATED "));
        assertEquals(1, level(id));
        run(kst("2026-12-01T15:00"));
        assertEquals(1, level(id), "at most one level a business day");
        run(kst("2026-12-02T12:00"));
        assertEquals(2, level(id));
        run(kst("2026-12-04T12:00"));
        assertEquals(2, level(id), "regional staff is the last level");
        assertTrue(asStaff.call(() -> afterService.request(id)).overdue());
    }

    private int level(long id) {
        return asStaff.call(() -> afterService.request(id)).escalationLevel();
    }

    private static JobExecution run(Instant referenceTime) throws InterruptedException {
        JobExecution e = BatchJobRun.run("housekeeping", referenceTime);
        assertEquals(BatchStatus.COMPLETED, e.getBatchStatus());
        return e;
    }

    private static String escalationStep(JobExecution execution) {
        return BatchJobRun.exitStatus(execution, "escalate-overdue-as");
    }

    @Test
    void aResolvedRequestIsPublishedWithoutNamesAndFoundWhileAWithdrawnOrUnpublishedOneNeverIs() throws Exception {
        southEastGroupWithTheDemoExpert();
        // the PostgreSQL test database keeps earlier runs' cases: theirs are withdrawn first, as staff would
        for (long earlier : em.createQuery("select c.requestId from KnowledgeCase c where c.withdrawnAt is null and c.title like '%금형온도조절기%'",
                Long.class).getResultList()) {
            asStaff.call(() -> knowledgeBase.withdraw(earlier));
        }
        long id = asSme.call(() -> afterService.file(null, AsCategory.HW_FAILURE, AsSeverity.HIGH, "금형온도조절기 통신 끊김",
                "(주)한빛정밀 2공장 금형온도조절기가 MES와 통신이 끊깁니다. 박제조 과장 010-1234-5678로 연락 주세요.")).id();
        assertEquals(List.of("askb.notResolved"), assertThrows(DomainException.class, () -> asStaff.call(() -> knowledgeBase.draft(id)))
                .getMessageKeys(), "an open request is no case yet");
        asExpert.call(() -> afterService.post(id, "RS-485 변환기 단자 접촉 불량이라 교체했습니다.", false));
        asExpert.call(() -> afterService.moveTo(id, AsStatus.COMPLETED));
        assertEquals(0, knowledgeBase.search("금형온도조절기", null, 10).total(), "resolved but not published: not in the knowledge base");

        // staff's draft has no names and numbers; what still names someone is refused on its field and publishes nothing
        var draft = asStaff.call(() -> knowledgeBase.draft(id));
        assertEquals("[기업명] 2공장 금형온도조절기가 MES와 통신이 끊깁니다. [담당자] 과장 [전화번호]로 연락 주세요.", draft.problem());
        assertEquals("RS-485 변환기 단자 접촉 불량이라 교체했습니다.", draft.solution());
        DomainException named = assertThrows(DomainException.class, () -> asStaff.call(() -> knowledgeBase.publish(id, draft.title(),
                "한빛정밀 2공장 금형온도조절기 통신 끊김", draft.solution())));
        assertEquals(List.of(DomainException.Problem.on("problem", "askb.personal")), named.getProblems());
        assertEquals(0, knowledgeBase.search("금형온도조절기", null, 10).total());
        assertThrows(EJBAccessException.class, () -> asSme.call(() -> knowledgeBase.publish(id, "t", "p", "s")), "only staff publish");
        assertThrows(EJBAccessException.class, () -> asExpert.call(() -> knowledgeBase.draft(id)));

        var published = asStaff.call(() -> knowledgeBase.publish(id, draft.title(), "금형온도조절기가 MES와 통신이 자주 끊김.", draft.solution()));
        var found = knowledgeBase.search("온도조절기 통신", null, 10);
        assertEquals(published.id(), found.cases().get(0).id(), "found by its words, as anyone (no session)");
        assertNull(found.cases().get(0).requestId(), "the public never learns which request it was");
        assertEquals(published.id(), knowledgeBase.search("통신 끊김", AsCategory.HW_FAILURE, 10).cases().get(0).id());
        assertTrue(knowledgeBase.search("통신 끊김", AsCategory.USAGE_COACHING, 10).cases().stream().noneMatch(c -> c.id() == published.id()));
        PortalHttp http = new PortalHttp(base);
        var page = http.get(PortalHttp.browser(), "/cases/index.xhtml?q=" + java.net.URLEncoder.encode("금형온도조절기", java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(page.body().contains("금형온도조절기 통신 끊김"), "the public list shows it");
        assertFalse(page.body().contains("한빛정밀"));
        assertEquals(200, http.get(PortalHttp.browser(), "/cases/view.xhtml?id=" + published.id()).statusCode());

        // withdrawn: gone from search and from its page for everyone but staff; published again after a revision
        asStaff.call(() -> knowledgeBase.withdraw(id));
        assertEquals(0, knowledgeBase.search("금형온도조절기", null, 10).total());
        assertTrue(knowledgeBase.publishedCase(published.id()).isEmpty());
        assertFalse(asStaff.call(() -> knowledgeBase.publishedCase(published.id())).orElseThrow().published());
        assertEquals(404, http.get(PortalHttp.browser(), "/cases/view.xhtml?id=" + published.id()).statusCode());
        asStaff.call(() -> knowledgeBase.publish(id, "금형온도조절기 통신 끊김 해결", "금형온도조절기가 MES와 통신이 자주 끊김.", draft.solution()));
        assertEquals(1, knowledgeBase.search("금형온도조절기", null, 10).total());

        // the demo's cases are found by what they are about
        assertEquals("ERP와 MES 재고 수량이 맞지 않음", knowledgeBase.search("재고 불일치", null, 5).cases().get(0).title());
        assertEquals("입고 스캔 시 수량 중복 합산", knowledgeBase.search("바코드 스캔 수량", null, 5).cases().get(0).title());
    }

    @Inject
    private kr.go.smartfactory.aftersales.application.CaseIndexMaintenance caseIndex;

    @Test
    void anIndexThatLostItsCasesIsRebuiltFromTheDatabaseByTheNightlyRefresh() throws Exception {
        // a node started on an existing database with an empty index directory: the cases are there, their documents not
        var workspace = org.hibernate.search.mapper.orm.Search.mapping(em.getEntityManagerFactory())
                .scope(kr.go.smartfactory.aftersales.domain.KnowledgeCase.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertEquals(0, knowledgeBase.search("재고 불일치", null, 5).total());
        assertFalse(caseIndex.inStep());

        jakarta.batch.operations.JobOperator operator = jakarta.batch.runtime.BatchRuntime.getJobOperator();
        long execution = operator.start("search-index-refresh", new java.util.Properties());
        long deadline = System.currentTimeMillis() + 120_000;
        jakarta.batch.runtime.BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
        while (System.currentTimeMillis() < deadline && (status == jakarta.batch.runtime.BatchStatus.STARTING
                || status == jakarta.batch.runtime.BatchStatus.STARTED)) {
            Thread.sleep(200);
            status = operator.getJobExecution(execution).getBatchStatus();
        }
        assertEquals(jakarta.batch.runtime.BatchStatus.COMPLETED, status);
        assertTrue(caseIndex.inStep(), "one document per published case again");
        assertEquals("ERP와 MES 재고 수량이 맞지 않음", knowledgeBase.search("재고 불일치", null, 5).cases().get(0).title());
        long published = em.createQuery("select count(c) from KnowledgeCase c where c.withdrawnAt is null", Long.class).getSingleResult();
        assertEquals(published, knowledgeBase.search("", null, 1).total(), "withdrawn cases were not brought back");
    }

    @Test
    void theSlaReportCountsEachRequestUnderItsHandlerAndMonthAndOnlyStaffReadIt() {
        southEastGroupWithTheDemoExpert();
        java.time.YearMonth month = java.time.YearMonth.from(KoreanTime.today(java.time.Clock.systemUTC()));
        var cut = kr.go.smartfactory.aftersales.domain.SlaCompliance.By.HANDLER;
        var before = asStaff.call(() -> afterService.slaCompliance(month, month, cut));
        long id = asSme.call(() -> afterService.file(null, AsCategory.USAGE_COACHING, AsSeverity.NORMAL, "SLA 보고서 확인용 문의",
                "실적 입력 화면 사용법을 알려 주세요.")).id();
        asExpert.call(() -> afterService.post(id, "내일 오전에 원격으로 안내하겠습니다.", false));
        var after = asStaff.call(() -> afterService.slaCompliance(month, month, cut));

        assertEquals(before.total().requests() + 1, after.total().requests());
        assertEquals(before.total().firstResponseMet() + 1, after.total().firstResponseMet(), "answered at once: in time");
        assertEquals(before.total().running() + 1, after.total().running(), "not resolved yet, within its target");
        var southEast = after.rows().stream().filter(r -> "동남 AS 지원단".equals(r.handler())).findFirst().orElseThrow();
        int southEastBefore = before.rows().stream().filter(r -> "동남 AS 지원단".equals(r.handler()))
                .mapToInt(kr.go.smartfactory.aftersales.domain.SlaCompliance.Row::requests).sum();
        assertEquals(southEastBefore + 1, southEast.requests());
        assertEquals(after.total().requests(), after.rows().stream().mapToInt(kr.go.smartfactory.aftersales.domain.SlaCompliance.Row::requests).sum());
        var perMonth = asStaff.call(() -> afterService.slaCompliance(month.minusMonths(2), month, kr.go.smartfactory.aftersales.domain.SlaCompliance.By.MONTH));
        assertEquals(month, perMonth.rows().get(perMonth.rows().size() - 1).month());
        assertEquals(after.total().requests(), perMonth.rows().get(perMonth.rows().size() - 1).requests(), "the same month either way");

        DomainException refused = assertThrows(DomainException.class,
                () -> asStaff.call(() -> afterService.slaCompliance(month, month.minusMonths(1), cut)));
        assertEquals(List.of(DomainException.Problem.on("to", "as.report.order")), refused.getProblems());
        assertThrows(EJBAccessException.class, () -> asSme.call(() -> afterService.slaCompliance(month, month, cut)));
        assertThrows(EJBAccessException.class, () -> asExpert.call(() -> afterService.slaCompliance(month, month, cut)));
        assertThrows(EJBAccessException.class, () -> afterService.slaCompliance(month, month, cut));
    }

    @Test
    void administratorsNameTheGroupsMembersAndLeadersWithEveryProblemOnItsField() {
        long group = southEastGroupWithTheDemoExpert();
        long expert = accounts.accountByEmail("asexpert@demo.smartfactory.kr").orElseThrow().getId();
        long sme = accounts.accountByEmail("sme@demo.smartfactory.kr").orElseThrow().getId();
        DomainException refused = assertThrows(DomainException.class, () -> asAdmin.call(() -> {
            groups.putMember(null, null, false);
            return null;
        }));
        assertEquals(List.of(DomainException.Problem.on("group", "as.group.choose"), DomainException.Problem.on("member", "as.group.member.choose")),
                refused.getProblems());
        refused = assertThrows(DomainException.class, () -> asAdmin.call(() -> {
            groups.putMember(group, sme, false);
            return null;
        }));
        assertEquals(List.of(DomainException.Problem.on("member", "as.group.member.notExpert")), refused.getProblems(), "an SME is no AS expert");
        assertThrows(EJBAccessException.class, () -> asStaff.call(() -> {
            groups.putMember(group, expert, false);
            return null;
        }), "staff read the groups, only administrators change them");

        var southEast = asStaff.call(() -> groups.overview()).stream().filter(g -> g.id() == group).findFirst().orElseThrow();
        assertTrue(southEast.members().stream().anyMatch(m -> m.accountId() == expert && m.leader()), "the demo expert leads 동남");
        assertTrue(southEast.regions().contains(kr.go.smartfactory.company.domain.Region.GYEONGNAM));
        assertTrue(asAdmin.call(() -> groups.experts()).stream().anyMatch(c -> c.id() == expert));
        assertEquals(List.of(AsSeverity.URGENT, AsSeverity.HIGH, AsSeverity.NORMAL, AsSeverity.LOW),
                asStaff.call(() -> groups.targets()).stream().map(kr.go.smartfactory.aftersales.application.AsSupportGroups.TargetView::severity).toList());

        asAdmin.call(() -> {
            groups.putMember(group, expert, false);
            return null;
        });
        assertTrue(asStaff.call(() -> groups.overview()).stream().filter(g -> g.id() == group).findFirst().orElseThrow().members().stream()
                .anyMatch(m -> m.accountId() == expert && !m.leader()), "no longer the leader, still a member");
        southEastGroupWithTheDemoExpert();
    }

    @Test
    void administratorsChangeTheTargetsOfASeverityForRequestsFiledFromThenOn() {
        var low = asStaff.call(() -> groups.targets()).stream().filter(t -> t.severity() == AsSeverity.LOW).findFirst().orElseThrow();
        DomainException refused = assertThrows(DomainException.class, () -> asAdmin.call(() -> {
            groups.changeTarget(AsSeverity.LOW, 30, 20_000);
            return null;
        }));
        assertEquals(List.of(DomainException.Problem.on("firstResponse", "as.sla.range"), DomainException.Problem.on("resolution", "as.sla.range")),
                refused.getProblems());
        assertEquals(List.of("resolution"), assertThrows(DomainException.class, () -> asAdmin.call(() -> {
            groups.changeTarget(AsSeverity.LOW, 600, 540);
            return null;
        })).getProblems().stream().map(DomainException.Problem::field).toList());
        assertEquals(List.of("severity"), assertThrows(DomainException.class, () -> asAdmin.call(() -> {
            groups.changeTarget(null, 60, 120);
            return null;
        })).getProblems().stream().map(DomainException.Problem::field).toList());
        assertThrows(EJBAccessException.class, () -> asStaff.call(() -> {
            groups.changeTarget(AsSeverity.LOW, 60, 120);
            return null;
        }), "staff read the targets, only administrators change them");
        assertEquals(low, asStaff.call(() -> groups.targets()).stream().filter(t -> t.severity() == AsSeverity.LOW).findFirst().orElseThrow(),
                "refused changes changed nothing");

        // Monday 09:00: filed before the change, ten business days; after it, two business hours
        TestClock.fixAt(kst("2026-11-30T09:00"));
        AsRequestView before = asSme.call(() -> afterService.file(null, AsCategory.UPGRADE_CONSULTATION, AsSeverity.LOW,
                "고도화 상담 요청", "설비 모니터링 기능을 더하고 싶습니다."));
        try {
            asAdmin.call(() -> {
                groups.changeTarget(AsSeverity.LOW, 60, 120);
                return null;
            });
            assertEquals(List.of(60, 120), asStaff.call(() -> groups.targets()).stream().filter(t -> t.severity() == AsSeverity.LOW)
                    .flatMap(t -> java.util.stream.Stream.of(t.firstResponseMinutes(), t.resolutionMinutes())).toList());
            AsRequestView after = asSme.call(() -> afterService.file(null, AsCategory.UPGRADE_CONSULTATION, AsSeverity.LOW,
                    "고도화 상담 요청 2", "생산 실적 집계 화면을 바꾸고 싶습니다."));
            assertEquals(kst("2026-11-30T11:00"), after.dueAt(), "the new targets: resolution two business hours later");
            assertEquals(before.dueAt(), asStaff.call(() -> afterService.request(before.id())).dueAt(), "filed before: its own targets");
            assertTrue(before.dueAt().isAfter(kst("2026-12-10T09:00")), "ten business days: " + before.dueAt());
            TestClock.fixAt(kst("2026-11-30T10:30"));
            assertEquals(SlaState.OVERDUE, asStaff.call(() -> afterService.request(after.id())).firstResponse());
            assertEquals(SlaState.RUNNING, asStaff.call(() -> afterService.request(before.id())).firstResponse());
        } finally {
            asAdmin.call(() -> {
                groups.changeTarget(AsSeverity.LOW, low.firstResponseMinutes(), low.resolutionMinutes());
                return null;
            });
        }
    }

    @Test
    void administratorsRenameAGroupAndChangeItsRegionsButNeverLeaveARegionUncovered() {
        var jeju = asStaff.call(() -> groups.overview()).stream().filter(g -> g.regions().contains(Region.JEJU)).findFirst().orElseThrow();
        DomainException refused = assertThrows(DomainException.class, () -> asAdmin.call(() -> {
            groups.changeGroup(jeju.id(), "동남 AS 지원단", java.util.Set.of());
            return null;
        }));
        assertEquals(List.of(DomainException.Problem.on("name", "as.group.name.taken"),
                DomainException.Problem.on("regions", "as.group.regions.required")), refused.getProblems());
        refused = assertThrows(DomainException.class, () -> asAdmin.call(() -> {
            groups.changeGroup(jeju.id(), jeju.name(), java.util.Set.of(Region.GYEONGNAM));
            return null;
        }));
        assertEquals(List.of(DomainException.Problem.on("regions", "as.group.regions.uncovered")), refused.getProblems(),
                "제주 would be left to no group");
        assertEquals(List.of("editedGroup"), assertThrows(DomainException.class, () -> asAdmin.call(() -> {
            groups.changeGroup(null, "이름", java.util.Set.of(Region.JEJU));
            return null;
        })).getProblems().stream().map(DomainException.Problem::field).toList());
        assertThrows(EJBAccessException.class, () -> asStaff.call(() -> {
            groups.changeGroup(jeju.id(), "제주 지원단", java.util.Set.of(Region.JEJU));
            return null;
        }), "staff read the groups, only administrators change them");
        assertEquals(jeju, asStaff.call(() -> groups.overview()).stream().filter(g -> g.id() == jeju.id()).findFirst().orElseThrow(),
                "refused changes changed nothing");

        try {
            asAdmin.call(() -> {
                groups.changeGroup(jeju.id(), "  제주·서귀포 AS 지원단 ", java.util.EnumSet.of(Region.JEJU, Region.JEONNAM));
                return null;
            });
            var changed = asStaff.call(() -> groups.overview()).stream().filter(g -> g.id() == jeju.id()).findFirst().orElseThrow();
            assertEquals("제주·서귀포 AS 지원단", changed.name());
            assertEquals(java.util.EnumSet.of(Region.JEJU, Region.JEONNAM), changed.regions(), "two groups may share a region");
            assertTrue(asStaff.call(() -> afterService.groups()).stream().anyMatch(c -> c.name().equals("제주·서귀포 AS 지원단")));
        } finally {
            asAdmin.call(() -> {
                groups.changeGroup(jeju.id(), jeju.name(), jeju.regions());
                return null;
            });
        }
    }
}
