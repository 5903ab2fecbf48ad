package kr.go.smartfactory.program.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.DomainException.Problem;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.Money;

/**
 * 사업공고: one round of a programme — what it offers, to whom, until when, and by which rules.
 *
 * <p>Life cycle: staff write a <em>draft</em> (everything may change, the draft may be deleted); they
 * <em>publish</em> it (the deadline must lie ahead), and from then on its rules, rubric, bonus items, type, year,
 * regions, quota, budget and opening are frozen, so every application is judged by the rules it was submitted
 * under — only the title and summary may be corrected, documents added (정정 공고) and the deadline extended;
 * it is <em>closed</em> at its deadline or early by staff. Visitors see the {@link #phase}: upcoming before the
 * window opens, open within it, closed after.
 */
@Entity
@Table(name = "announcement")
public class Announcement {

    public static final int MAX_RUBRIC = 10;
    public static final int MAX_BONUS = 10;
    public static final int MAX_DOCUMENTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = AnnouncementDetails.MAX_TITLE)
    private String title;

    @Column(length = AnnouncementDetails.MAX_SUMMARY)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "program_type", nullable = false, length = 20)
    private ProgramType type;

    @Column(name = "round_year", nullable = false)
    private int roundYear;

    /** The regions whose companies may apply; empty: nationwide. */
    @ElementCollection
    @CollectionTable(name = "announcement_region", joinColumns = @JoinColumn(name = "announcement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "region", nullable = false, length = 20)
    private Set<Region> regions = EnumSet.noneOf(Region.class);

    @Column(nullable = false)
    private int quota;

    @Embedded
    @AttributeOverride(name = "won", column = @Column(name = "budget", nullable = false, precision = 15, scale = 0))
    private Money budget;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Embedded
    private GrantRules rules;

    @ElementCollection
    @CollectionTable(name = "announcement_rubric", joinColumns = @JoinColumn(name = "announcement_id"))
    @OrderColumn(name = "position")
    private List<RubricCriterion> rubric = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "announcement_bonus", joinColumns = @JoinColumn(name = "announcement_id"))
    @OrderColumn(name = "position")
    private List<BonusItem> bonusItems = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "announcement_document", joinColumns = @JoinColumn(name = "announcement_id"))
    @OrderColumn(name = "position")
    private List<AnnouncementDocument> documents = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AnnouncementStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Announcement() {
        // JPA
    }

    /** A new draft; refused with every problem of the details and the rubric at once. */
    public static Announcement draft(AnnouncementDetails details, GrantRules rules, List<RubricCriterion> rubric,
            List<BonusItem> bonusItems, Instant now) {
        List<Problem> problems = new ArrayList<>(details.problems());
        problems.addAll(rubricProblems(rubric, bonusItems));
        if (!problems.isEmpty()) {
            throw DomainException.of(problems);
        }
        Announcement a = new Announcement();
        a.status = AnnouncementStatus.DRAFT;
        a.createdAt = now;
        a.apply(details);
        a.rules = Objects.requireNonNull(rules);
        a.rubric = new ArrayList<>(rubric);
        a.bonusItems = new ArrayList<>(bonusItems);
        return a;
    }

    /**
     * Changes what the announcement says. A draft changes freely; once published only the title, summary and a
     * later deadline are accepted, and any other change is refused on its field; a closed one changes no more.
     */
    public void revise(AnnouncementDetails details, GrantRules newRules, List<RubricCriterion> newRubric,
            List<BonusItem> newBonusItems) {
        if (status == AnnouncementStatus.CLOSED) {
            throw new DomainException("announcement.closed");
        }
        List<Problem> problems = new ArrayList<>(details.problems());
        problems.addAll(rubricProblems(newRubric, newBonusItems));
        if (status == AnnouncementStatus.PUBLISHED) {
            frozen(problems, "type", type, details.type());
            frozen(problems, "roundYear", roundYear, details.roundYear());
            frozen(problems, "regions", getRegions(), details.regions());
            frozen(problems, "quota", quota, details.quota());
            frozen(problems, "budget", budget, details.budget());
            frozen(problems, "opensAt", opensAt, details.opensAt());
            frozen(problems, "rules", rules, newRules);
            frozen(problems, "rubric", rubric, newRubric);
            frozen(problems, "bonus", bonusItems, newBonusItems);
            if (details.closesAt() != null && details.closesAt().isBefore(closesAt)) {
                problems.add(Problem.on("closesAt", "announcement.deadline.earlier"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.of(problems);
        }
        apply(details);
        if (status == AnnouncementStatus.DRAFT) {
            this.rules = Objects.requireNonNull(newRules);
            this.rubric = new ArrayList<>(newRubric);
            this.bonusItems = new ArrayList<>(newBonusItems);
        }
    }

    private static void frozen(List<Problem> problems, String field, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            problems.add(Problem.on(field, "announcement.frozen"));
        }
    }

    private void apply(AnnouncementDetails d) {
        this.title = d.title();
        this.summary = d.summary();
        this.type = d.type();
        this.roundYear = d.roundYear();
        this.regions.clear();
        this.regions.addAll(d.regions());
        this.quota = d.quota();
        this.budget = d.budget();
        this.opensAt = d.opensAt();
        this.closesAt = d.closesAt();
    }

    /** A rubric has 1–10 criteria whose weights add up to 100; at most 10 bonus items. */
    public static List<Problem> rubricProblems(List<RubricCriterion> rubric, List<BonusItem> bonusItems) {
        List<Problem> problems = new ArrayList<>();
        if (rubric == null || rubric.isEmpty() || rubric.size() > MAX_RUBRIC) {
            problems.add(Problem.on("rubric", "rubric.size"));
        } else if (rubric.stream().mapToInt(RubricCriterion::getWeight).sum() != 100) {
            problems.add(Problem.on("rubric", "rubric.weights.sum"));
        }
        if (bonusItems == null || bonusItems.size() > MAX_BONUS) {
            problems.add(Problem.on("bonus", "bonus.size"));
        }
        return problems;
    }

    /** Makes the announcement public; its deadline must lie ahead. */
    public void publish(Instant now) {
        if (status != AnnouncementStatus.DRAFT) {
            throw new DomainException("announcement.publish.notDraft");
        }
        if (!closesAt.isAfter(now)) {
            throw DomainException.onField("closesAt", "announcement.publish.pastDeadline");
        }
        status = AnnouncementStatus.PUBLISHED;
        publishedAt = now;
    }

    /** Ends the application window: at once when closed before the deadline. */
    public void close(Instant now) {
        if (status != AnnouncementStatus.PUBLISHED) {
            throw new DomainException("announcement.close.notPublished");
        }
        if (closesAt.isAfter(now)) {
            closesAt = now;
        }
        status = AnnouncementStatus.CLOSED;
        closedAt = now;
    }

    /** A draft may be deleted; a published announcement stays on record. */
    public void checkDeletable() {
        if (status != AnnouncementStatus.DRAFT) {
            throw new DomainException("announcement.delete.notDraft");
        }
    }

    public void attach(long attachmentId, String documentTitle) {
        if (status == AnnouncementStatus.CLOSED) {
            throw new DomainException("announcement.closed");
        }
        if (documents.size() >= MAX_DOCUMENTS) {
            throw DomainException.onField("document", "announcement.documents.size");
        }
        documents.add(new AnnouncementDocument(attachmentId,
                kr.go.smartfactory.shared.domain.Texts.required(documentTitle, 200, "documentTitle", "announcement.document.title")));
    }

    /** Takes a document off a draft (a published document stays, so what applicants read remains on record). */
    public void detach(long attachmentId) {
        if (status != AnnouncementStatus.DRAFT) {
            throw new DomainException("announcement.document.published");
        }
        documents.removeIf(d -> d.getAttachmentId() == attachmentId);
    }

    public boolean hasDocument(long attachmentId) {
        return documents.stream().anyMatch(d -> d.getAttachmentId() == attachmentId);
    }

    /** What a visitor sees now. */
    public AnnouncementPhase phase(Instant now) {
        return switch (status) {
            case DRAFT -> AnnouncementPhase.DRAFT;
            case CLOSED -> AnnouncementPhase.CLOSED;
            case PUBLISHED -> now.isBefore(opensAt) ? AnnouncementPhase.UPCOMING
                    : now.isBefore(closesAt) ? AnnouncementPhase.OPEN : AnnouncementPhase.CLOSED;
        };
    }

    public boolean isPublic() {
        return status != AnnouncementStatus.DRAFT;
    }

    public boolean acceptsApplications(Instant now) {
        return phase(now) == AnnouncementPhase.OPEN;
    }

    /** D-day: Korean calendar days from today to the deadline's day (0 on the last day), for an open window. */
    public long daysLeft(Clock clock) {
        LocalDate today = KoreanTime.today(clock);
        LocalDate deadline = LocalDate.ofInstant(closesAt, KoreanTime.ZONE);
        return ChronoUnit.DAYS.between(today, deadline);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public ProgramType getType() {
        return type;
    }

    public int getRoundYear() {
        return roundYear;
    }

    public Set<Region> getRegions() {
        return regions.isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(regions);
    }

    public int getQuota() {
        return quota;
    }

    public Money getBudget() {
        return budget;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public GrantRules getRules() {
        return rules;
    }

    public List<RubricCriterion> getRubric() {
        return List.copyOf(rubric);
    }

    public List<BonusItem> getBonusItems() {
        return List.copyOf(bonusItems);
    }

    public List<AnnouncementDocument> getDocuments() {
        return List.copyOf(documents);
    }

    public AnnouncementStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
