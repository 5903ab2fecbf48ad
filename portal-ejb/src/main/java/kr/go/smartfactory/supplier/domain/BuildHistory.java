package kr.go.smartfactory.supplier.domain;

import java.time.Instant;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * 구축이력: one smart factory a supplier built — for a client of some industry and region, in a year, with
 * some solutions, taking the client from one level to another, within an amount band. VERIFIED histories
 * come from projects closed in the portal or from staff imports of the registry and are not edited by the
 * supplier; SELF_DECLARED ones are the supplier's own and always labelled as such. {@code legacyRef} is
 * the identifier in the source registry, which makes imports idempotent.
 */
@Entity
@Table(name = "build_history")
public class BuildHistory {

    public static final int FIRST_YEAR = 2014;
    public static final int MAX_DESCRIPTION = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private SupplierProfile supplier;

    @KeywordField(aggregable = Aggregable.YES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HistoryKind kind;

    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    @ManyToOne(optional = false)
    @JoinColumn(name = "client_industry", nullable = false)
    private IndustryCode clientIndustry;

    @KeywordField(aggregable = Aggregable.YES)
    @Enumerated(EnumType.STRING)
    @Column(name = "client_region", nullable = false, length = 20)
    private Region clientRegion;

    @GenericField(aggregable = Aggregable.YES)
    @Column(name = "build_year", nullable = false)
    private int year;

    @KeywordField(aggregable = Aggregable.YES)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "build_history_solution", joinColumns = @JoinColumn(name = "history_id"))
    @Column(name = "speciality_code", length = 40)
    private Set<String> solutions = new LinkedHashSet<>();

    @KeywordField(aggregable = Aggregable.YES)
    @Enumerated(EnumType.STRING)
    @Column(name = "level_before", nullable = false, length = 20)
    private SmartLevel levelBefore;

    @KeywordField(aggregable = Aggregable.YES)
    @Enumerated(EnumType.STRING)
    @Column(name = "level_after", nullable = false, length = 20)
    private SmartLevel levelAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "amount_band", nullable = false, length = 20)
    private AmountBand amountBand;

    @Column(length = 4000)
    private String description;

    @Column(name = "legacy_ref", length = 60)
    private String legacyRef;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected BuildHistory() {
        // JPA
    }

    public BuildHistory(SupplierProfile supplier, HistoryKind kind, Details details, String legacyRef, Instant now) {
        this.supplier = Objects.requireNonNull(supplier);
        this.kind = Objects.requireNonNull(kind);
        this.legacyRef = legacyRef == null || legacyRef.isBlank() ? null : legacyRef.strip();
        this.createdAt = now;
        apply(details, now);
    }

    /** Replaces the described facts (an import of the same registry row, or the supplier's own edit). */
    public void apply(Details details, Instant now) {
        Objects.requireNonNull(details);
        // all of the history's problems at once, each on its field
        DomainException.Collector problems = new DomainException.Collector();
        problems.check("year", () -> checkYear(details.year(), Year.from(now.atZone(KoreanTime.ZONE))));
        problems.check("levelAfter", () -> {
            checkLevels(details.levelBefore(), details.levelAfter());
            return null;
        });
        String checkedDescription = problems.check("description", () -> checkDescription(details.description()));
        problems.throwIfAny();
        this.clientIndustry = Objects.requireNonNull(details.clientIndustry());
        this.clientRegion = Objects.requireNonNull(details.clientRegion());
        this.year = details.year();
        this.solutions = new LinkedHashSet<>(details.solutions());
        this.levelBefore = details.levelBefore();
        this.levelAfter = details.levelAfter();
        this.amountBand = Objects.requireNonNull(details.amountBand());
        this.description = checkedDescription;
    }

    /** A build year from the programme's first ({@value #FIRST_YEAR}) up to this year in Korea. */
    public static int checkYear(int year, Year thisYear) {
        if (year < FIRST_YEAR || year > thisYear.getValue()) {
            throw DomainException.onField("year", "history.year.range");
        }
        return year;
    }

    /** Up to {@value #MAX_DESCRIPTION} characters, stripped; null when blank. */
    public static String checkDescription(String description) {
        return Texts.optional(description, MAX_DESCRIPTION, "description", "history.description.size");
    }

    /** A build never lowers a factory's level: the level after is at least the level before. */
    public static void checkLevels(SmartLevel before, SmartLevel after) {
        if (after.compareTo(before) < 0) {
            throw DomainException.onField("levelAfter", "history.level.order");
        }
    }

    /** The registry's word on a history: an import may confirm a self-declared build as verified. */
    public void classify(HistoryKind newKind) {
        this.kind = Objects.requireNonNull(newKind);
    }

    public boolean isVerified() {
        return kind == HistoryKind.VERIFIED;
    }

    public Long getId() {
        return id;
    }

    public SupplierProfile getSupplier() {
        return supplier;
    }

    public HistoryKind getKind() {
        return kind;
    }

    @KeywordField(name = "clientIndustryCode", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "clientIndustry")))
    public String getClientIndustryCode() {
        return clientIndustry.getCode();
    }

    public IndustryCode getClientIndustry() {
        return clientIndustry;
    }

    public Region getClientRegion() {
        return clientRegion;
    }

    public int getYear() {
        return year;
    }

    public Set<String> getSolutions() {
        return java.util.Collections.unmodifiableSet(solutions);
    }

    public SmartLevel getLevelBefore() {
        return levelBefore;
    }

    public SmartLevel getLevelAfter() {
        return levelAfter;
    }

    public AmountBand getAmountBand() {
        return amountBand;
    }

    public String getDescription() {
        return description;
    }

    public String getLegacyRef() {
        return legacyRef;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The facts of a build, as a value. */
    public record Details(IndustryCode clientIndustry, Region clientRegion, int year, Set<String> solutions,
            SmartLevel levelBefore, SmartLevel levelAfter, AmountBand amountBand, String description) {

        public Details {
            solutions = solutions == null ? Set.of() : Set.copyOf(solutions);
            if (levelBefore == null || levelAfter == null) {
                throw DomainException.onField("levelBefore", "history.level.required");
            }
        }
    }
}
