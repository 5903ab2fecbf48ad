package kr.go.smartfactory.program.application;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.attachment.application.AttachmentView;
import kr.go.smartfactory.attachment.application.Attachments;
import kr.go.smartfactory.attachment.domain.AttachmentKind;
import kr.go.smartfactory.program.domain.Announcement;
import kr.go.smartfactory.program.domain.AnnouncementDetails;
import kr.go.smartfactory.program.domain.AnnouncementFilter;
import kr.go.smartfactory.program.domain.AnnouncementRepository;
import kr.go.smartfactory.program.domain.BonusItem;
import kr.go.smartfactory.program.domain.GrantRules;
import kr.go.smartfactory.program.domain.RequiredDocument;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.program.domain.RubricCriterion;
import kr.go.smartfactory.program.domain.TieBreak;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * Programme staff's work on announcements: drafts (a new round starts from the last round of its type), saving
 * with every problem at once, publishing, closing, deleting a draft, and the documents published with it. Every
 * change is in the audit trail (the entity listener).
 */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class AnnouncementAdministration {

    public static final int MAX_PAGE = 200;
    public static final int MAX_EXPORT = 100_000;
    /** PRODUCT.md C3: a window of 45 days. */
    static final int DEFAULT_WINDOW_DAYS = 45;

    @Inject
    private AnnouncementRepository announcements;

    @Inject
    private Attachments attachments;

    @Inject
    private Clock clock;

    /**
     * The form of a new round of this type: the last round's rules, rubric and bonus items (rules are data and
     * change by the year, so staff start from what held last), this year, and a 45-day window from tomorrow; the
     * title, summary, regions, quota and budget are the new round's own.
     */
    public AnnouncementForm newForm(ProgramType type) {
        AnnouncementForm form = announcements.latestOfType(type).map(AnnouncementAdministration::formOf).orElseGet(AnnouncementForm::new);
        LocalDate tomorrow = KoreanTime.today(clock).plusDays(1);
        form.setType(type);
        form.setTitle(null);
        form.setSummary(null);
        // each round sets its own size; only the rules carry over
        form.setQuota(null);
        form.setBudget(null);
        form.setRegions(new ArrayList<>());
        form.setRoundYear(KoreanTime.thisYear(clock).getValue());
        form.setOpensAt(tomorrow.atTime(LocalTime.of(9, 0)));
        form.setClosesAt(tomorrow.plusDays(DEFAULT_WINDOW_DAYS - 1L).atTime(LocalTime.of(18, 0)));
        if (form.getRubric().isEmpty()) {
            form.setTieBreak(TieBreak.CRITERIA_IN_ORDER);
            form.setMinCompanyShare(BigDecimal.ZERO);
            form.setMaxCompanyShare(BigDecimal.valueOf(100));
            form.setMinPartnerShare(BigDecimal.ZERO);
            form.setShortlistFactor(new BigDecimal("1.5"));
            form.setBuildMonthsMin(3);
            form.setBuildMonthsMax(9);
            form.setIntensiveAsMonths(6);
            form.setObjectionDays(7);
        }
        return form;
    }

    public AnnouncementForm form(long id) {
        return formOf(find(id));
    }

    public AnnouncementView view(long id) {
        Announcement a = find(id);
        return AnnouncementView.of(a, clock, attachments.publishedViews(a.getDocuments().stream().map(d -> d.getAttachmentId()).toList()));
    }

    /**
     * Saves a new draft ({@code id} null) or changes an announcement; refused with every problem at once, each on
     * its field — including, once published, each frozen value that was changed. Returns the id.
     */
    public long save(Long id, AnnouncementForm form) {
        DomainException.Collector problems = new DomainException.Collector();
        Money budget = money(problems, "budget", form.getBudget(), "announcement.budget.invalid");
        Money cap = money(problems, "grantCap", form.getGrantCap(), "rules.cap.invalid");
        AnnouncementDetails details = new AnnouncementDetails(form.getTitle(), form.getSummary(), form.getType(),
                form.getRoundYear() == null ? 0 : form.getRoundYear(), Set.copyOf(form.getRegions()),
                form.getQuota() == null ? 0 : form.getQuota(), budget, instant(form.getOpensAt()), instant(form.getClosesAt()));
        details.problems().stream().filter(p -> !(budget == null && "budget".equals(p.field())))
                .forEach(p -> problems.add(p.field(), p.messageKey()));
        GrantRules.Builder rules = rulesOf(form, cap);
        rules.problems().stream().filter(p -> !(cap == null && "grantCap".equals(p.field())))
                .forEach(p -> problems.add(p.field(), p.messageKey()));
        List<RubricCriterion> rubric = new ArrayList<>();
        for (AnnouncementForm.Item item : form.getRubric()) {
            if (!item.isBlank()) {
                problems.check("rubric", () -> rubric.add(new RubricCriterion(item.getNameKo(), item.getNameEn(),
                        item.getValue() == null ? 0 : item.getValue())));
            }
        }
        List<BonusItem> bonus = new ArrayList<>();
        for (AnnouncementForm.Item item : form.getBonus()) {
            if (!item.isBlank()) {
                problems.check("bonus", () -> bonus.add(new BonusItem(item.getNameKo(), item.getNameEn(),
                        item.getValue() == null ? 0 : item.getValue())));
            }
        }
        if (problems.isEmpty()) {
            Announcement.rubricProblems(rubric, bonus).forEach(p -> problems.add(p.field(), p.messageKey()));
        }
        problems.throwIfAny();
        if (id == null) {
            Announcement created = Announcement.draft(details, rules.build(), rubric, bonus, clock.instant());
            announcements.add(created);
            return created.getId();
        }
        Announcement existing = find(id);
        existing.revise(details, rules.build(), rubric, bonus);
        return existing.getId();
    }

    public void publish(long id) {
        find(id).publish(clock.instant());
    }

    public void close(long id) {
        find(id).close(clock.instant());
    }

    public void delete(long id) {
        Announcement a = find(id);
        a.checkDeletable();
        List<Long> files = a.getDocuments().stream().map(d -> d.getAttachmentId()).toList();
        announcements.remove(a);
        files.forEach(attachments::discard);
    }

    /** Publishes a file with the announcement (공고문, 신청서 양식, …); checked by its content like every upload. */
    public AttachmentView attach(long id, String title, String fileName, InputStream content) {
        Announcement a = find(id);
        AttachmentView stored = attachments.store(AttachmentKind.ANNOUNCEMENT_DOCUMENT, null, fileName, content);
        a.attach(stored.id(), title == null || title.isBlank() ? fileName : title);
        return stored;
    }

    public void detach(long id, long attachmentId) {
        Announcement a = find(id);
        if (a.hasDocument(attachmentId)) {
            a.detach(attachmentId);
            attachments.discard(attachmentId);
        }
    }

    public List<AnnouncementSummary> announcements(AnnouncementFilter filter, int first, int max) {
        return announcements.announcements(filter, false, clock.instant(), Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE))
                .stream().map(a -> AnnouncementSummary.of(a, clock)).toList();
    }

    public long count(AnnouncementFilter filter) {
        return announcements.count(filter, false, clock.instant());
    }

    /** Every matching announcement, page by page (for exports). */
    public void forEach(AnnouncementFilter filter, Consumer<? super AnnouncementSummary> each) {
        kr.go.smartfactory.document.export.Paging.forEach((first, max) -> announcements(filter, first, max), MAX_PAGE, MAX_EXPORT, each);
    }

    private Announcement find(long id) {
        return announcements.announcement(id).orElseThrow(() -> new DomainException("announcement.notFound"));
    }

    private static Money money(DomainException.Collector problems, String field, String text, String missingKey) {
        if (text == null || text.isBlank()) {
            problems.add(field, missingKey);
            return null;
        }
        return problems.check(field, () -> Money.parse(text));
    }

    private static Instant instant(LocalDateTime kst) {
        return kst == null ? null : kst.atZone(KoreanTime.ZONE).toInstant();
    }

    private static GrantRules.Builder rulesOf(AnnouncementForm f, Money cap) {
        return GrantRules.builder()
                .currentLevels(f.getCurrentLevels().isEmpty() ? EnumSet.noneOf(SmartLevel.class) : EnumSet.copyOf(f.getCurrentLevels()))
                .targetLevels(f.getTargetLevels().isEmpty() ? EnumSet.noneOf(SmartLevel.class) : EnumSet.copyOf(f.getTargetLevels()))
                .grantCap(cap).maxGovernmentShare(f.getMaxGovernmentShare()).minCompanyShare(f.getMinCompanyShare())
                .maxCompanyShare(f.getMaxCompanyShare()).minPartnerShare(f.getMinPartnerShare())
                .buildMonths(orZero(f.getBuildMonthsMin()), orZero(f.getBuildMonthsMax()))
                .intensiveAsMonths(f.getIntensiveAsMonths() == null ? -1 : f.getIntensiveAsMonths())
                .shortlistFactor(f.getShortlistFactor()).securityRequiredFrom(f.getSecurityRequiredFrom())
                .objectionDays(orZero(f.getObjectionDays())).tieBreak(f.getTieBreak())
                .requiredDocuments(f.getRequiredDocuments().isEmpty() ? EnumSet.noneOf(RequiredDocument.class)
                        : EnumSet.copyOf(f.getRequiredDocuments()));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    static AnnouncementForm formOf(Announcement a) {
        AnnouncementForm f = new AnnouncementForm();
        f.setTitle(a.getTitle());
        f.setSummary(a.getSummary());
        f.setType(a.getType());
        f.setRoundYear(a.getRoundYear());
        f.setRegions(new ArrayList<>(a.getRegions()));
        f.setQuota(a.getQuota());
        f.setBudget(a.getBudget().formatWon());
        f.setOpensAt(LocalDateTime.ofInstant(a.getOpensAt(), KoreanTime.ZONE));
        f.setClosesAt(LocalDateTime.ofInstant(a.getClosesAt(), KoreanTime.ZONE));
        GrantRules r = a.getRules();
        f.setCurrentLevels(new ArrayList<>(r.getCurrentLevels()));
        f.setTargetLevels(new ArrayList<>(r.getTargetLevels()));
        f.setGrantCap(r.getGrantCap().formatWon());
        f.setMaxGovernmentShare(r.getMaxGovernmentShare());
        f.setMinCompanyShare(r.getMinCompanyShare());
        f.setMaxCompanyShare(r.getMaxCompanyShare());
        f.setMinPartnerShare(r.getMinPartnerShare());
        f.setBuildMonthsMin(r.getBuildMonthsMin());
        f.setBuildMonthsMax(r.getBuildMonthsMax());
        f.setIntensiveAsMonths(r.getIntensiveAsMonths());
        f.setShortlistFactor(r.getShortlistFactor());
        f.setSecurityRequiredFrom(r.getSecurityRequiredFrom());
        f.setObjectionDays(r.getObjectionDays());
        f.setTieBreak(r.getTieBreak());
        f.setRequiredDocuments(new ArrayList<>(r.getRequiredDocuments()));
        f.setRubric(new ArrayList<>(a.getRubric().stream()
                .map(c -> new AnnouncementForm.Item(c.getNameKo(), c.getNameEn(), c.getWeight())).toList()));
        f.setBonus(new ArrayList<>(a.getBonusItems().stream()
                .map(b -> new AnnouncementForm.Item(b.getNameKo(), b.getNameEn(), b.getPoints())).toList()));
        return f;
    }
}
