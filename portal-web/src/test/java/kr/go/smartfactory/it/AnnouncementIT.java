package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.document.pdf.PdfDocument;
import kr.go.smartfactory.program.application.AnnouncementAdministration;
import kr.go.smartfactory.program.application.AnnouncementCatalog;
import kr.go.smartfactory.program.application.AnnouncementForm;
import kr.go.smartfactory.program.application.AnnouncementSummary;
import kr.go.smartfactory.program.application.AnnouncementView;
import kr.go.smartfactory.program.domain.AnnouncementFilter;
import kr.go.smartfactory.program.domain.AnnouncementPhase;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * Announcements as staff write them and everyone reads them: the 2022 round from the migration, a new round
 * started from the last one's rules, every problem of a form at once, rules frozen on publication, drafts never
 * public, regional filters, documents published with the announcement, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class AnnouncementIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsDemoStaff.class, AsDemoSme.class);
    }

    @Inject
    private AnnouncementAdministration administration;

    @Inject
    private AnnouncementCatalog catalog;

    @Inject
    private AsDemoStaff asStaff;

    @Inject
    private AsDemoSme asSme;

    @org.jboss.arquillian.test.api.ArquillianResource
    private java.net.URL base;

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private AnnouncementForm newRound(ProgramType type, String title) {
        AnnouncementForm form = asStaff.call(() -> administration.newForm(type));
        form.setTitle(title);
        form.setQuota(10);
        form.setBudget("1,000,000,000원");
        return form;
    }

    @Test
    void theSeeded2022RoundCarriesItsRulesAsData() {
        List<AnnouncementSummary> closed2022 = catalog.page(new AnnouncementFilter(AnnouncementPhase.CLOSED, null, null, "2022년"), 0, 50)
                .items();
        assertEquals(5, closed2022.size(), "기초, 고도화1, 고도화2, 재신청, 상생형");
        AnnouncementSummary basic = closed2022.stream().filter(a -> a.type() == ProgramType.BASIC).findFirst().orElseThrow();
        assertEquals(Money.won(50_000_000), basic.grantCap());
        AnnouncementView winWin = catalog.announcement(closed2022.stream().filter(a -> a.type() == ProgramType.WIN_WIN)
                .findFirst().orElseThrow().id()).orElseThrow();
        assertEquals(0, new BigDecimal("30").compareTo(winWin.rules().maxGovernmentShare()));
        assertEquals(0, new BigDecimal("30").compareTo(winWin.rules().minPartnerShare()));
        assertEquals(0, new BigDecimal("40").compareTo(winWin.rules().maxCompanyShare()));
        assertEquals(100, winWin.rubric().stream().mapToInt(AnnouncementView.Criterion::weight).sum());
        assertEquals(Money.won(400_000_000), catalog.announcement(closed2022.stream().filter(a -> a.type() == ProgramType.ADVANCED_2)
                .findFirst().orElseThrow().id()).orElseThrow().rules().grantCap());
    }

    @Test
    void aNewRoundStartsFromTheLastRulesOfItsTypeWithA45DayWindow() {
        TestClock.fixAt(Instant.parse("2026-11-30T01:00:00Z"));
        AnnouncementForm form = asStaff.call(() -> administration.newForm(ProgramType.ADVANCED_1));
        assertEquals("200,000,000원", form.getGrantCap());
        assertEquals(SmartLevel.INTERMEDIATE_1, form.getSecurityRequiredFrom());
        assertEquals(2026, form.getRoundYear());
        assertEquals(LocalDateTime.parse("2026-12-01T09:00"), form.getOpensAt());
        assertEquals(LocalDateTime.parse("2027-01-14T18:00"), form.getClosesAt(), "45 days, the first and the last included");
        assertEquals(4, form.getRubric().size());
    }

    @Test
    void aFormIsRefusedWithEveryProblemOnItsFieldAndNothingIsSaved() {
        String title = unique("잘못된 공고");
        AnnouncementForm form = newRound(ProgramType.BASIC, title);
        form.setBudget("일억");
        form.setGrantCap("0");
        form.setMaxGovernmentShare(new BigDecimal("120"));
        form.setClosesAt(form.getOpensAt().minusDays(1));
        form.getRubric().get(0).setValue(99);
        DomainException refused = assertThrows(DomainException.class, () -> asStaff.call(() -> administration.save(null, form)));
        Set<String> fields = Set.copyOf(refused.getProblems().stream().map(DomainException.Problem::field).toList());
        assertEquals(Set.of("budget", "grantCap", "maxGovernmentShare", "closesAt"), fields, refused.getProblems().toString());
        assertEquals(0, asStaff.call(() -> administration.count(new AnnouncementFilter(null, null, null, title))));

        form.setBudget("1,000,000,000");
        form.setGrantCap("50,000,000");
        form.setMaxGovernmentShare(new BigDecimal("50"));
        form.setClosesAt(form.getOpensAt().plusDays(44));
        DomainException rubric = assertThrows(DomainException.class, () -> asStaff.call(() -> administration.save(null, form)));
        assertEquals(List.of(DomainException.Problem.on("rubric", "rubric.weights.sum")), rubric.getProblems());
    }

    @Test
    void publishedRulesAreFrozenWhileTheTextAndALaterDeadlineMayChange() {
        String title = unique("동결 확인 공고");
        AnnouncementForm form = newRound(ProgramType.BASIC, title);
        long id = asStaff.call(() -> administration.save(null, form));
        assertTrue(catalog.announcement(id).isEmpty(), "a draft is not public");
        asStaff.call(() -> {
            administration.publish(id);
            return null;
        });
        AnnouncementView published = catalog.announcement(id).orElseThrow();
        assertEquals(AnnouncementPhase.UPCOMING, published.phase());

        AnnouncementForm richer = asStaff.call(() -> administration.form(id));
        richer.setGrantCap("60,000,000");
        richer.setQuota(20);
        DomainException frozen = assertThrows(DomainException.class, () -> asStaff.call(() -> administration.save(id, richer)));
        assertEquals(Set.of("rules", "quota"), Set.copyOf(frozen.getProblems().stream().map(DomainException.Problem::field).toList()));
        assertEquals(Money.won(50_000_000), catalog.announcement(id).orElseThrow().rules().grantCap(), "nothing changed");

        AnnouncementForm corrected = asStaff.call(() -> administration.form(id));
        corrected.setTitle(title + " (정정)");
        corrected.setClosesAt(corrected.getClosesAt().plusDays(7));
        asStaff.call(() -> administration.save(id, corrected));
        AnnouncementView after = catalog.announcement(id).orElseThrow();
        assertEquals(title + " (정정)", after.title());
        assertEquals(published.closesAt().plusSeconds(7 * 86_400), after.closesAt());

        asStaff.call(() -> {
            administration.close(id);
            return null;
        });
        assertEquals(AnnouncementPhase.CLOSED, catalog.announcement(id).orElseThrow().phase());
        assertThrows(DomainException.class, () -> asStaff.call(() -> {
            administration.delete(id);
            return null;
        }), "a published announcement stays on record");
    }

    @Test
    void theWindowDecidesThePhaseAndTheDDayInKoreanDays() {
        String title = unique("기간 확인 공고");
        long id = asStaff.call(() -> administration.save(null, newRound(ProgramType.BASIC, title)));
        asStaff.call(() -> {
            administration.publish(id);
            return null;
        });
        AnnouncementView view = catalog.announcement(id).orElseThrow();
        TestClock.fixAt(view.opensAt());
        AnnouncementView opening = catalog.announcement(id).orElseThrow();
        assertEquals(AnnouncementPhase.OPEN, opening.phase());
        assertEquals(44, opening.daysLeft());
        TestClock.fixAt(view.closesAt().minusSeconds(60));
        assertEquals("D-Day", catalog.announcement(id).orElseThrow().dDay());
        TestClock.fixAt(view.closesAt());
        assertEquals(AnnouncementPhase.CLOSED, catalog.announcement(id).orElseThrow().phase(), "closed at the deadline's minute");
    }

    @Test
    void aRegionalRoundIsListedForItsRegionsAndNationwideOnesForEveryone() {
        String title = unique("지역 공고");
        AnnouncementForm form = newRound(ProgramType.BASIC, title);
        form.setRegions(List.of(Region.JEJU));
        long id = asStaff.call(() -> administration.save(null, form));
        asStaff.call(() -> {
            administration.publish(id);
            return null;
        });
        assertEquals(1, catalog.page(new AnnouncementFilter(null, null, Region.JEJU, title), 0, 10).total());
        assertEquals(0, catalog.page(new AnnouncementFilter(null, null, Region.SEOUL, title), 0, 10).total());
        assertTrue(catalog.page(new AnnouncementFilter(AnnouncementPhase.CLOSED, ProgramType.BASIC, Region.SEOUL, "2022년"), 0, 10)
                .total() >= 1, "the nationwide 2022 round is open to Seoul's companies");
    }

    @Test
    void documentsArePublicOnlyOnceTheAnnouncementIs() throws Exception {
        long id = asStaff.call(() -> administration.save(null, newRound(ProgramType.BASIC, unique("문서 공고"))));
        byte[] pdf = PdfDocument.titled("공고문").paragraph("시험용 공고문").build().render();
        long file = asStaff.call(() -> administration.attach(id, "공고문", "공고문.pdf", new ByteArrayInputStream(pdf))).id();
        assertTrue(catalog.document(id, file).isEmpty(), "a draft's document is not public");
        DomainException lying = assertThrows(DomainException.class, () -> asStaff.call(() -> administration.attach(id, "양식",
                "신청서.pdf", new ByteArrayInputStream("<html><script>alert(1)</script></html>".getBytes()))));
        assertEquals(java.util.Optional.of("file"), lying.getField(), "checked by its content like every upload");
        asStaff.call(() -> {
            administration.publish(id);
            return null;
        });
        assertTrue(catalog.document(id, file).isPresent());
        java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "api/v1/announcements/" + id + "/documents/" + file)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode(), "anyone downloads it, no sign-in");
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(java.util.Arrays.hashCode(pdf), java.util.Arrays.hashCode(download.body()), "the file as uploaded");
        assertEquals("공고문", catalog.announcement(id).orElseThrow().documents().get(0).title());
        assertTrue(catalog.document(id + 1_000_000, file).isEmpty(), "only through the announcement it belongs to");
        assertThrows(DomainException.class, () -> asStaff.call(() -> {
            administration.detach(id, file);
            return null;
        }), "a published document stays");
    }

    @Test
    void aDraftCanBeDeletedWithItsDocuments() {
        String title = unique("삭제할 공고");
        long id = asStaff.call(() -> administration.save(null, newRound(ProgramType.BASIC, title)));
        asStaff.call(() -> administration.attach(id, "공고문", "공고문.pdf",
                new ByteArrayInputStream(PdfDocument.titled("공고문").build().render())));
        asStaff.call(() -> {
            administration.delete(id);
            return null;
        });
        assertEquals(0, asStaff.call(() -> administration.count(new AnnouncementFilter(null, null, null, title))));
    }

    @Test
    void onlyProgrammeStaffWriteAnnouncements() {
        assertThrows(EJBAccessException.class, () -> asSme.call(() -> administration.newForm(ProgramType.BASIC)));
        assertThrows(EJBAccessException.class, () -> administration.count(new AnnouncementFilter()));
        assertFalse(catalog.page(new AnnouncementFilter(), 0, 50).items().stream().anyMatch(a -> a.phase() == AnnouncementPhase.DRAFT),
                "the public list never shows a draft");
    }
}
