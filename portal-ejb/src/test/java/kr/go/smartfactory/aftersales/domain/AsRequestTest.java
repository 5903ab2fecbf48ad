package kr.go.smartfactory.aftersales.domain;

import static kr.go.smartfactory.aftersales.domain.SlaClockTest.CALENDAR;
import static kr.go.smartfactory.aftersales.domain.SlaClockTest.kst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.shared.domain.DomainException;

/** An after-service request's life: the thread, the waits on the requester, the steps, rating, re-routing, escalation. */
class AsRequestTest {

    static final Instant FILED = kst("2026-11-30T09:00");
    static final String SME = "sme@demo.smartfactory.kr";
    static final String HANDLER = "supplier@demo.smartfactory.kr";
    /** 보통: first response 1 business day, resolution 5. */
    static final SlaTarget NORMAL = new SlaTarget(AsSeverity.NORMAL, 540, 2700);

    static AsRequest filed(Routing.Route route) {
        return new AsRequest("AS-2026-000001", 10, 20L, AsCategory.SW_DEFECT, AsSeverity.NORMAL, "바코드 스캔 오류",
                "입고 화면에서 스캔하면 오류가 납니다.", SME, route, NORMAL, FILED);
    }

    static AsRequest filed() {
        return filed(Routing.Route.supplier(77));
    }

    static void refused(String key, Executable action) {
        DomainException e = assertThrows(DomainException.class, action);
        assertEquals(List.of(key), e.getMessageKeys());
    }

    @Test
    void aNewRequestIsReceivedWithItsRoute() {
        AsRequest r = filed();
        assertEquals(AsStatus.RECEIVED, r.getStatus());
        assertEquals(HandlerKind.SUPPLIER, r.getHandlerKind());
        assertTrue(r.isWarranty());
        assertEquals(77L, r.getSupplierId());
        assertNull(r.getGroupId());
        assertNull(r.getFirstRespondedAt());
    }

    @Test
    void aFormWithProblemsIsRefusedWithEveryProblemOnItsField() {
        DomainException e = assertThrows(DomainException.class, () -> new AsRequest("AS-2026-000002", 10, null, null, null, " ",
                "x".repeat(AsRequest.MAX_DESCRIPTION + 1), SME, Routing.Route.group(1), null, FILED));
        assertEquals(List.of("category", "severity", "title", "description"),
                e.getProblems().stream().map(DomainException.Problem::field).toList());
    }

    @Test
    void aRequestKeepsTheTargetsOfItsFilingDayWhenTheyChangeLater() {
        SlaTarget normal = new SlaTarget(AsSeverity.NORMAL, 540, 2700);
        AsRequest r = new AsRequest("AS-2026-000003", 10, null, AsCategory.USAGE_COACHING, AsSeverity.NORMAL, "교육 요청",
                "작업지시 화면 사용법을 알려주세요.", SME, Routing.Route.group(1), normal, FILED);
        normal.change(60, 120);
        assertEquals(java.time.Duration.ofMinutes(540), r.firstResponseTarget());
        assertEquals(java.time.Duration.ofMinutes(2700), r.resolutionTarget());
        assertEquals(SlaState.RUNNING, r.firstResponseState(CALENDAR, kst("2026-11-30T17:00")), "eight business hours of nine");
        assertEquals(SlaState.OVERDUE, r.firstResponseState(CALENDAR, kst("2026-12-01T09:01")));
    }

    @Test
    void theTargetsMustBeThoseOfTheRequestsSeverity() {
        assertThrows(IllegalArgumentException.class, () -> new AsRequest("AS-2026-000004", 10, null, AsCategory.USAGE_COACHING,
                AsSeverity.URGENT, "교육 요청", "사용법", SME, Routing.Route.group(1), NORMAL, FILED));
    }

    @Test
    void theHandlersFirstVisibleMessageIsTheFirstResponseAnInternalNoteIsNot() {
        AsRequest r = filed();
        AsMessage note = r.post(HANDLER, false, true, "로그 확인 필요", kst("2026-11-30T10:00"));
        assertTrue(note.isInternal());
        assertNull(r.getFirstRespondedAt());
        r.post(HANDLER, false, false, "확인 중입니다.", kst("2026-11-30T11:00"));
        r.post(HANDLER, false, false, "원인을 찾았습니다.", kst("2026-11-30T15:00"));
        assertEquals(kst("2026-11-30T11:00"), r.getFirstRespondedAt());
        assertEquals(SlaState.MET, r.firstResponseState(CALENDAR, kst("2026-12-05T09:00")));
    }

    @Test
    void theRequesterWritesNoInternalNotesAndNoEmptyMessages() {
        AsRequest r = filed();
        refused("as.internal.handlerOnly", () -> r.post(SME, true, true, "메모", FILED));
        refused("as.message.invalid", () -> r.post(SME, true, false, "  ", FILED));
        refused("as.message.invalid", () -> r.post(SME, true, false, "가".repeat(AsMessage.MAX_BODY + 1), FILED));
    }

    @Test
    void askingTheRequesterStopsTheClockUntilTheReply() {
        AsRequest r = filed();
        r.askRequester(HANDLER, "화면 캡처를 보내 주세요.", kst("2026-11-30T10:00"));
        assertTrue(r.isWaitingOnRequester());
        assertEquals(kst("2026-11-30T10:00"), r.getFirstRespondedAt(), "the question is a response");
        refused("as.pause.already", () -> r.askRequester(HANDLER, "또 질문", kst("2026-11-30T11:00")));
        // three business days later the clock has still run one hour
        assertEquals(Duration.ofHours(1), r.businessTimeTaken(CALENDAR, kst("2026-12-03T10:00")));
        assertEquals(SlaState.PAUSED, r.resolutionState(CALENDAR, kst("2026-12-03T10:00")));
        r.post(SME, true, false, "첨부합니다.", kst("2026-12-03T10:00"));
        assertFalse(r.isWaitingOnRequester());
        assertEquals(1, r.getPauses().size());
        assertEquals(kst("2026-12-03T10:00"), r.getPauses().get(0).getResumedAt());
        assertEquals(HANDLER, r.getPauses().get(0).getPausedBy());
        // 45 business hours less the hour run on Monday, from Thursday 10:00: 8 + 9 (Fri) + 9 (Mon) + 9 (Tue) + 9 (Wed)
        assertEquals(kst("2026-12-09T18:00"), r.clock().dueAt(CALENDAR, NORMAL.resolution()));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "RECEIVED,   DIAGNOSING, true",
            "RECEIVED,   TREATING,   true",
            "RECEIVED,   COMPLETED,  true",
            "DIAGNOSING, TREATING,   true",
            "DIAGNOSING, RECEIVED,   false",
            "TREATING,   DIAGNOSING, false",
            "TREATING,   COMPLETED,  true",
            "COMPLETED,  TREATING,   false",
            "RECEIVED,   REJECTED,   false", // only with a reason: reject()
            "COMPLETED,  CLOSED,     false", // only by rating: rate()
    })
    void steps(AsStatus from, AsStatus to, boolean allowed) {
        AsRequest r = filed();
        Instant t = kst("2026-11-30T10:00");
        switch (from) {
            case DIAGNOSING -> r.moveTo(AsStatus.DIAGNOSING, t);
            case TREATING -> r.moveTo(AsStatus.TREATING, t);
            case COMPLETED -> r.moveTo(AsStatus.COMPLETED, t);
            default -> {
            }
        }
        if (allowed) {
            r.moveTo(to, kst("2026-11-30T11:00"));
            assertEquals(to, r.getStatus());
        } else {
            refused("as.status.notAllowed", () -> r.moveTo(to, kst("2026-11-30T11:00")));
            assertEquals(from, r.getStatus());
        }
    }

    @Test
    void completingEndsAWaitAndStopsTheResolutionClock() {
        AsRequest r = filed();
        r.askRequester(HANDLER, "재현되나요?", kst("2026-11-30T10:00"));
        r.moveTo(AsStatus.COMPLETED, kst("2026-12-01T10:00"));
        assertFalse(r.isWaitingOnRequester());
        assertEquals(kst("2026-12-01T10:00"), r.getCompletedAt());
        assertEquals(SlaState.MET, r.resolutionState(CALENDAR, kst("2027-01-30T10:00")));
        assertFalse(r.isOverdue(CALENDAR, kst("2027-01-30T10:00")));
    }

    @Test
    void rejectingNeedsAReasonAndClosesTheThread() {
        AsRequest r = filed();
        refused("as.reason.required", () -> r.reject(" ", kst("2026-11-30T10:00")));
        assertEquals(AsStatus.RECEIVED, r.getStatus());
        r.reject("지원 대상 장비가 아닙니다.", kst("2026-11-30T10:00"));
        assertEquals(AsStatus.REJECTED, r.getStatus());
        refused("as.closed", () -> r.post(SME, true, false, "왜요?", kst("2026-11-30T11:00")));
        refused("as.closed", () -> r.reject("또", kst("2026-11-30T11:00")));
        refused("as.rate.notCompleted", () -> r.rate(5, null, kst("2026-11-30T11:00")));
    }

    @Test
    void aCompletedRequestIsRatedOnceFromOneToFive() {
        AsRequest r = filed();
        refused("as.rate.notCompleted", () -> r.rate(5, null, kst("2026-11-30T10:00")));
        r.moveTo(AsStatus.COMPLETED, kst("2026-11-30T10:00"));
        for (Integer bad : new Integer[] {null, 0, 6}) {
            DomainException e = assertThrows(DomainException.class, () -> r.rate(bad, null, kst("2026-11-30T11:00")));
            assertEquals("rating", e.getProblems().get(0).field());
        }
        r.rate(4, "빨리 고쳐 주셨습니다.", kst("2026-11-30T11:00"));
        assertEquals(AsStatus.CLOSED, r.getStatus());
        assertEquals(4, r.getRating());
        refused("as.rated.already", () -> r.rate(5, null, kst("2026-11-30T12:00")));
    }

    @Test
    void reroutingNeedsAReasonAnotherHandlerAndStartsAfresh() {
        AsRequest r = filed(Routing.Route.group(1));
        r.assign(501);
        assertEquals(501L, r.getAssigneeId());
        refused("as.reroute.same", () -> r.reroute(Routing.Route.group(1), "지역 변경", kst("2026-11-30T10:00")));
        refused("as.reason.required", () -> r.reroute(Routing.Route.group(2), "", kst("2026-11-30T10:00")));
        r.reroute(Routing.Route.supplier(77), "하자보수 대상", kst("2026-11-30T10:00"));
        assertEquals(HandlerKind.SUPPLIER, r.getHandlerKind());
        assertTrue(r.isWarranty());
        assertNull(r.getAssigneeId());
        assertNull(r.getGroupId());
        assertEquals("하자보수 대상", r.getRerouteReason());
        refused("as.assign.groupOnly", () -> r.assign(502));
    }

    @Test
    void anOverdueRequestIsEscalatedOneLevelAtATimeTwice() {
        AsRequest r = filed(Routing.Route.group(1));
        // first response due Tuesday 09:00 (one business day): not overdue on Monday evening
        assertFalse(r.escalate(CALENDAR, kst("2026-11-30T20:00")));
        assertEquals(0, r.getEscalationLevel());
        assertTrue(r.escalate(CALENDAR, kst("2026-12-01T09:01")));
        assertEquals(1, r.getEscalationLevel());
        assertEquals(kst("2026-12-01T09:01"), r.getEscalatedAt());
        assertTrue(r.escalate(CALENDAR, kst("2026-12-01T12:00")));
        assertFalse(r.escalate(CALENDAR, kst("2026-12-02T12:00")), "regional staff is the top");
        assertEquals(AsRequest.MAX_ESCALATION, r.getEscalationLevel());
        // answered late: the first response target is missed, the request no longer overdue until resolution's target
        r.post("expert@demo.smartfactory.kr", false, false, "늦어서 죄송합니다.", kst("2026-12-02T12:00"));
        assertEquals(SlaState.MISSED, r.firstResponseState(CALENDAR, kst("2026-12-02T12:00")));
        assertFalse(r.isOverdue(CALENDAR, kst("2026-12-02T12:00")));
        assertTrue(r.isOverdue(CALENDAR, kst("2026-12-07T09:01")));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} / {1} minutes: {2}")
    @org.junit.jupiter.params.provider.CsvSource(nullValues = "-", value = {
            "59, 600, firstResponse=as.sla.range",
            "60, 60, -",
            "0, 0, firstResponse=as.sla.range resolution=as.sla.range",
            "540, 10800, -",
            "540, 10801, resolution=as.sla.range",
            "10801, 10801, firstResponse=as.sla.range resolution=as.sla.range",
            "600, 540, resolution=as.sla.order",
            "-60, 540, firstResponse=as.sla.range"})
    void slaTargetsAreFromOneBusinessHourToFourWeeksFirstResponseNoLaterThanResolution(int firstResponse, int resolution,
            String problems) {
        SlaTarget t = new SlaTarget(AsSeverity.LOW, 1080, 5400);
        if (problems == null) {
            t.change(firstResponse, resolution);
            assertEquals(Duration.ofMinutes(firstResponse), t.firstResponse());
            assertEquals(Duration.ofMinutes(resolution), t.resolution());
        } else {
            DomainException e = assertThrows(DomainException.class, () -> t.change(firstResponse, resolution));
            assertEquals(problems, String.join(" ", e.getProblems().stream().map(p -> p.field() + "=" + p.messageKey()).toList()));
            assertEquals(Duration.ofMinutes(1080), t.firstResponse(), "a refused change changes nothing");
        }
    }

    @Test
    void slaTargetsArePositiveOrderedAndBounded() {
        DomainException e = assertThrows(DomainException.class, () -> new SlaTarget(AsSeverity.LOW, 0, SlaTarget.MAX_MINUTES + 1));
        assertEquals(List.of("firstResponse", "resolution"), e.getProblems().stream().map(DomainException.Problem::field).toList());
        e = assertThrows(DomainException.class, () -> new SlaTarget(AsSeverity.LOW, 600, 540));
        assertEquals(List.of("as.sla.order"), e.getMessageKeys());
        SlaTarget t = new SlaTarget(AsSeverity.URGENT, 120, 120);
        assertEquals(Duration.ofHours(2), t.resolution());
    }
}
