package kr.go.smartfactory.supplier.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.environment.bean.BeanRetrieval;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.search.analysis.HangulInitials;
import kr.go.smartfactory.search.analysis.KoreanAnalyzers;
import kr.go.smartfactory.search.query.PlanPhrases;
import kr.go.smartfactory.search.query.ProofTerms;
import kr.go.smartfactory.search.query.Snippets;
import kr.go.smartfactory.search.query.VocabularyBuilder;
import kr.go.smartfactory.search.analysis.PortalLuceneAnalysisConfigurer;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * A supplier's profile in the directory (공급기업 프로필). Created empty when a supplier company signs up;
 * the supplier fills in what it offers (specialities, solutions, certifications, key personnel, regions and
 * industries served) and declares its own build histories; verified histories come from the portal's closed
 * projects or staff imports. Registry data (registration number, name) stays on the {@link Company} and
 * changes only through staff approval.
 *
 * <p>It is the search document of the directory: text fields for the one search box (Korean morphology,
 * bigrams, 초성), keyword fields for facets, and the build histories as nested objects so a facet or filter
 * on a history's industry, level and year applies to one history at a time.
 */
@Entity
@Indexed(index = "supplier", routingBinder = @RoutingBinderRef(type = ListedSuppliersOnly.class, retrieval = BeanRetrieval.CONSTRUCTOR))
@Table(name = "supplier_profile")
public class SupplierProfile {

    /** The registration status under which a supplier is listed (for queries in SQL). */
    public static final String LISTED_STATUS = "APPROVED";
    public static final int FIRST_FOUNDED_YEAR = 1900;
    public static final int MAX_INTRODUCTION = 4000;
    public static final int MAX_SPECIALITIES = 20;
    private static final Pattern HOMEPAGE = Pattern.compile("(?i)https?://[^\\s]{3,}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // company data reaches the index through the getters below; a change of company data reindexes
    // explicitly (SupplierDirectory), since Company does not know its profile
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false, unique = true)
    private Company company;

    @Column(length = 300)
    private String homepage;

    @Column(length = 4000)
    private String introduction;

    @Column(name = "founded_year")
    private Integer foundedYear;

    @Column(name = "capability_grade", length = 10)
    private String capabilityGrade;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(precision = 3, scale = 2)
    private BigDecimal rating;

    @Column(name = "rating_count", nullable = false)
    private int ratingCount;

    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    @ManyToMany
    @JoinTable(name = "supplier_speciality", joinColumns = @JoinColumn(name = "supplier_id"),
            inverseJoinColumns = @JoinColumn(name = "speciality_code"))
    @BatchSize(size = 50)
    private Set<Speciality> specialities = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "supplier_region", joinColumns = @JoinColumn(name = "supplier_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = 20)
    @BatchSize(size = 50)
    private Set<Region> regionsServed = EnumSet.noneOf(Region.class);

    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    @ManyToMany
    @JoinTable(name = "supplier_industry", joinColumns = @JoinColumn(name = "supplier_id"),
            inverseJoinColumns = @JoinColumn(name = "industry_code"))
    @BatchSize(size = 50)
    private Set<IndustryCode> industriesServed = new LinkedHashSet<>();

    @OneToMany(mappedBy = "supplier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<Solution> solutions = new ArrayList<>();

    @OneToMany(mappedBy = "supplier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<Certification> certifications = new ArrayList<>();

    @OneToMany(mappedBy = "supplier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<KeyPerson> keyPersonnel = new ArrayList<>();

    @IndexedEmbedded(name = "histories", structure = ObjectStructure.NESTED,
            includePaths = {"kind", "clientIndustryCode", "clientRegion", "year", "levelBefore", "levelAfter", "solutions"})
    @OneToMany(mappedBy = "supplier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("year desc, id desc")
    @BatchSize(size = 50)
    private List<BuildHistory> buildHistories = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private SupplierRegistration registration = SupplierRegistration.draft();

    /** When the logo last changed; null without a logo ({@link SupplierLogo} holds the image). */
    @Column(name = "logo_updated_at")
    private Instant logoUpdatedAt;

    @Version
    private long version;

    protected SupplierProfile() {
        // JPA
    }

    public SupplierProfile(Company company, Instant now) {
        if (!Objects.requireNonNull(company).isSupplier()) {
            throw new DomainException("profile.supplierOnly");
        }
        this.company = company;
        this.createdAt = now;
    }

    // ---- registration (공급기업 등록 심사) -------------------------------------------------------------

    /** The supplier submits its registration with the business registration certificate (an attachment). */
    public void submitRegistration(Long certificateAttachmentId, Instant now) {
        registration.submit(certificateAttachmentId, now);
    }

    /** Staff checked the certificate: the supplier is listed from now on. Nobody approves their own company. */
    public void approveRegistration(String staff, Long staffCompanyId, Instant now) {
        requireOtherCompany(staffCompanyId);
        registration.approve(staff, now);
    }

    public void rejectRegistration(String staff, Long staffCompanyId, String reason, Instant now) {
        requireOtherCompany(staffCompanyId);
        registration.reject(staff, reason, now);
    }

    /** Data from the registry, imported by staff, lists the supplier without a separate check. */
    public void registryImported(Instant now) {
        registration.registryImported(now);
    }

    /** Staff withdraw the listing after a dispute found the registration was not the company's own. */
    public void withdrawRegistration(String staff, String reason, Instant now) {
        registration.withdraw(staff, reason, now);
    }

    private void requireOtherCompany(Long staffCompanyId) {
        if (staffCompanyId != null && staffCompanyId.equals(company.getId())) {
            throw new DomainException("registration.ownCompany");
        }
    }

    public SupplierRegistration getRegistration() {
        return registration;
    }

    // ---- what the supplier edits (the rules here are the only place they are checked) ------------------

    /**
     * The free description. {@code thisYear} is the current year in Korea (from the portal's clock): a company
     * cannot have been founded after it.
     */
    public void describe(String homepage, String introduction, Integer foundedYear, Year thisYear) {
        // every problem of the three at once, each on its field
        DomainException.Collector problems = new DomainException.Collector();
        String checkedHomepage = problems.check("homepage", () -> checkHomepage(homepage));
        String checkedIntroduction = problems.check("introduction", () -> checkIntroduction(introduction));
        problems.check("foundedYear", () -> checkFoundedYear(foundedYear, thisYear));
        problems.throwIfAny();
        this.homepage = checkedHomepage;
        this.introduction = checkedIntroduction;
        this.foundedYear = foundedYear;
    }

    /** Up to {@value #MAX_INTRODUCTION} characters, stripped; null when blank. */
    public static String checkIntroduction(String introduction) {
        return Texts.optional(introduction, MAX_INTRODUCTION, "introduction", "profile.introduction.size");
    }

    /** An http(s) address of at most 300 characters, stripped; null when blank. */
    public static String checkHomepage(String homepage) {
        if (homepage == null || homepage.isBlank()) {
            return null;
        }
        String h = homepage.strip();
        if (h.length() > 300 || !HOMEPAGE.matcher(h).matches()) {
            throw DomainException.onField("homepage", "profile.homepage.invalid");
        }
        return h;
    }

    /** Founded from 1900 up to this year; null (not stated) is fine. */
    public static Integer checkFoundedYear(Integer foundedYear, Year thisYear) {
        if (foundedYear != null && (foundedYear < FIRST_FOUNDED_YEAR || foundedYear > thisYear.getValue())) {
            throw DomainException.onField("foundedYear", "profile.founded.invalid");
        }
        return foundedYear;
    }

    public void offer(Set<Speciality> newSpecialities, Set<Region> regions, Set<IndustryCode> industries) {
        if (newSpecialities.size() > MAX_SPECIALITIES) {
            throw DomainException.onField("specialities", "profile.specialities.size");
        }
        this.specialities = new LinkedHashSet<>(newSpecialities);
        this.regionsServed = regions.isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(regions);
        this.industriesServed = new LinkedHashSet<>(industries);
    }

    public Solution addSolution(String name, Speciality speciality, String description) {
        Solution solution = new Solution(this, name, speciality.getCode(), description);
        solutions.add(solution);
        return solution;
    }

    public void removeSolution(long solutionId) {
        solutions.removeIf(s -> Objects.equals(s.getId(), solutionId));
    }

    public Certification addCertification(String name, String issuer, java.time.LocalDate validUntil) {
        Certification certification = new Certification(this, name, issuer, validUntil);
        certifications.add(certification);
        return certification;
    }

    public void removeCertification(long certificationId) {
        certifications.removeIf(c -> Objects.equals(c.getId(), certificationId));
    }

    public KeyPerson addKeyPerson(String name, String role, int years, String personCertifications) {
        KeyPerson person = new KeyPerson(this, name, role, years, personCertifications);
        keyPersonnel.add(person);
        return person;
    }

    public void removeKeyPerson(long personId) {
        keyPersonnel.removeIf(p -> Objects.equals(p.getId(), personId));
    }

    /** A build history; a supplier may only add SELF_DECLARED ones (the service decides who may add which). */
    public BuildHistory addHistory(HistoryKind kind, BuildHistory.Details details, String legacyRef, Instant now) {
        BuildHistory history = new BuildHistory(this, kind, details, legacyRef, now);
        buildHistories.add(history);
        return history;
    }

    public void removeHistory(BuildHistory history) {
        buildHistories.remove(history);
    }

    /** A satisfaction score (1–5) from a closed AS request or project; the rating is their running mean. */
    public void rate(int score) {
        if (score < 1 || score > 5) {
            throw new DomainException("profile.rating.range");
        }
        BigDecimal total = (rating == null ? BigDecimal.ZERO : rating).multiply(BigDecimal.valueOf(ratingCount))
                .add(BigDecimal.valueOf(score));
        ratingCount++;
        rating = total.divide(BigDecimal.valueOf(ratingCount), 2, RoundingMode.HALF_UP);
    }

    // ---- the search document's derived fields ---------------------------------------------------------

    @FullTextField(name = "name", analyzer = KoreanAnalyzers.KOREAN, projectable = Projectable.YES)
    @FullTextField(name = "name_bigram", analyzer = KoreanAnalyzers.KOREAN_BIGRAM, searchAnalyzer = KoreanAnalyzers.KOREAN_BIGRAM_QUERY)
    @FullTextField(name = "name_suggest", analyzer = KoreanAnalyzers.AUTOCOMPLETE, searchAnalyzer = KoreanAnalyzers.AUTOCOMPLETE_QUERY)
    @KeywordField(name = "name_sort", normalizer = PortalLuceneAnalysisConfigurer.SORT_NORMALIZER, sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "company")))
    public String getName() {
        return company.getName();
    }

    @KeywordField(name = "initials")
    @FullTextField(name = "initials_ngram", analyzer = KoreanAnalyzers.INITIALS_NGRAM, searchAnalyzer = KoreanAnalyzers.INITIALS_QUERY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "company")),
            @ObjectPath(@PropertyValue(propertyName = "solutions"))})
    public List<String> getInitials() {
        List<String> initials = new ArrayList<>();
        initials.add(HangulInitials.of(company.getName()));
        solutions.forEach(s -> initials.add(HangulInitials.of(s.getName())));
        return initials;
    }

    @KeywordField(name = "registrationNumber", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "company")))
    public String getRegistrationNumber() {
        return company.getRegistrationNumber().digits();
    }

    @KeywordField(name = "region", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "company")))
    public Region getRegion() {
        return company.getRegion();
    }

    /** Speciality codes with their ancestors, so a filter on "SW.OPS" finds MES suppliers too. */
    @KeywordField(name = "speciality", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "specialities")))
    public Set<String> getSpecialityPaths() {
        Set<String> paths = new TreeSet<>();
        for (Speciality s : specialities) {
            String code = s.getCode();
            paths.add(code);
            for (int dot = code.indexOf('.'); dot > 0; dot = code.indexOf('.', dot + 1)) {
                paths.add(code.substring(0, dot));
            }
        }
        return paths;
    }

    /** Names of specialities and solutions, and solution descriptions: what the supplier offers, in words. */
    @FullTextField(name = "offer", analyzer = KoreanAnalyzers.KOREAN, projectable = Projectable.YES)
    @FullTextField(name = "offer_bigram", analyzer = KoreanAnalyzers.KOREAN_BIGRAM, searchAnalyzer = KoreanAnalyzers.KOREAN_BIGRAM_QUERY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "specialities")),
            @ObjectPath(@PropertyValue(propertyName = "solutions"))})
    public List<String> getOfferText() {
        List<String> text = new ArrayList<>();
        specialities.forEach(s -> text.add(s.getNameKo() + " " + s.getNameEn()));
        solutions.forEach(s -> text.add(s.getName() + (s.getDescription() == null ? "" : " " + s.getDescription())));
        return text;
    }

    /**
     * The introduction as searched and highlighted: what it states as done. Sentences that announce plans ("개발 중",
     * "출시 예정") go to {@link #getPlans()}, a claim at most.
     */
    @FullTextField(name = "introduction", analyzer = KoreanAnalyzers.KOREAN, projectable = Projectable.YES)
    @FullTextField(name = "introduction_bigram", analyzer = KoreanAnalyzers.KOREAN_BIGRAM, searchAnalyzer = KoreanAnalyzers.KOREAN_BIGRAM_QUERY)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "introduction")))
    public String getIntroductionDone() {
        return introduction == null ? null : PlanPhrases.done(introduction);
    }

    /**
     * The build histories' descriptions (what they state as done), searched and highlighted at the root of the
     * document. Without length norms: a supplier with fifty builds that cut 불량률 must not score below one with a
     * single such build because its text is longer — the more builds say it, the higher (term frequency, saturating).
     */
    @FullTextField(name = "historyText", analyzer = KoreanAnalyzers.KOREAN, norms = Norms.NO)
    @FullTextField(name = "historyText_bigram", analyzer = KoreanAnalyzers.KOREAN_BIGRAM, searchAnalyzer = KoreanAnalyzers.KOREAN_BIGRAM_QUERY,
            norms = Norms.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "buildHistories")))
    public List<String> getHistoryText() {
        return doneTexts(buildHistories.stream());
    }

    /** What these histories' descriptions state as done (plans left out), the empty ones dropped. */
    private static List<String> doneTexts(java.util.stream.Stream<BuildHistory> histories) {
        return histories.map(BuildHistory::getDescription).filter(Objects::nonNull).map(PlanPhrases::done)
                .filter(d -> !d.isBlank()).collect(Collectors.toList());
    }

    /** How many build histories' texts a hit's snippets are cut from, at most. */
    static final int SNIPPET_TEXTS = 40;

    /**
     * The build histories' texts a hit's snippets are cut from (stored, not searched): verified builds first, newest
     * first, only those that say a word the ones before them do not ({@link Snippets#covering}) — a supplier with
     * thousands of builds would otherwise have every search read all their texts for each of its hits.
     */
    @GenericField(name = "historySnippets", searchable = Searchable.NO, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "buildHistories")))
    public List<String> getHistorySnippets() {
        return Snippets.covering(doneTexts(buildHistories.stream().sorted(Comparator.comparing(BuildHistory::isVerified).reversed()
                .thenComparing(Comparator.comparingInt(BuildHistory::getYear).reversed()))), SNIPPET_TEXTS);
    }

    /** What the introduction and the build histories announce as plans: searched as a claim only, never as proof. */
    @FullTextField(name = "plans", analyzer = KoreanAnalyzers.KOREAN)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "introduction")),
            @ObjectPath(@PropertyValue(propertyName = "buildHistories"))})
    public List<String> getPlans() {
        List<String> plans = new ArrayList<>();
        if (introduction != null) {
            plans.add(PlanPhrases.planned(introduction));
        }
        buildHistories.stream().map(BuildHistory::getDescription).filter(Objects::nonNull).map(PlanPhrases::planned).forEach(plans::add);
        plans.removeIf(String::isBlank);
        return plans;
    }

    /**
     * Proven capability ({@link ProofTerms}): per speciality of the builds (overall, per client division, per year),
     * and per word their descriptions say, how many builds there are, verified and self-declared apart — what ranks a
     * supplier for a speciality's search, and for what builds achieved.
     */
    @KeywordField(name = ProofTerms.FIELD)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "buildHistories")),
            @ObjectPath({@PropertyValue(propertyName = "buildHistories"), @PropertyValue(propertyName = "kind")}),
            @ObjectPath({@PropertyValue(propertyName = "buildHistories"), @PropertyValue(propertyName = "solutions")}),
            @ObjectPath({@PropertyValue(propertyName = "buildHistories"), @PropertyValue(propertyName = "year")}),
            @ObjectPath({@PropertyValue(propertyName = "buildHistories"), @PropertyValue(propertyName = "clientIndustry")})})
    public List<String> getProof() {
        ProofTerms.Counter counter = new ProofTerms.Counter();
        for (BuildHistory h : buildHistories) {
            counter.add(h.getSolutions(), h.getClientIndustry().getCode(), h.getYear(), h.isVerified());
            if (h.getDescription() != null) {
                counter.addWords(VocabularyBuilder.words(PlanPhrases.done(h.getDescription())), h.isVerified());
            }
        }
        return counter.terms();
    }

    // Facet values of the build histories, flattened onto the supplier: counting suppliers per value needs
    // only the supplier documents' doc values, not a walk over the ~40 nested history documents each.
    // Filters stay on the nested histories, where several conditions must hold for one history.

    @KeywordField(name = "historyIndustry", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "buildHistories"),
            @PropertyValue(propertyName = "clientIndustry")}))
    public Set<String> getHistoryIndustries() {
        return buildHistories.stream().map(h -> h.getClientIndustry().getCode()).collect(Collectors.toCollection(TreeSet::new));
    }

    @KeywordField(name = "historyLevel", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "buildHistories"),
            @PropertyValue(propertyName = "levelAfter")}))
    public Set<SmartLevel> getHistoryLevels() {
        return buildHistories.stream().map(BuildHistory::getLevelAfter).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Years as keywords: counted by ordinals, much cheaper than numeric values (range filters use the histories). */
    @KeywordField(name = "historyYear", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "buildHistories"),
            @PropertyValue(propertyName = "year")}))
    public Set<String> getHistoryYears() {
        return buildHistories.stream().map(h -> Integer.toString(h.getYear())).collect(Collectors.toCollection(TreeSet::new));
    }

    @KeywordField(name = "historyKind", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "buildHistories"),
            @PropertyValue(propertyName = "kind")}))
    public Set<HistoryKind> getHistoryKinds() {
        return buildHistories.stream().map(BuildHistory::getKind).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Pairs of values one history holds, for the exact history facets under one history filter: per history, with
     * the value of the dimension a filter fixes — client industry, level after, kind — each other value it holds
     * ({@code I}ndustry, {@code L}evel, {@code Y}ear, {@code K}ind): in {@code historyByKind}, {@code "VERIFIED|I:30"}.
     * Counting suppliers per {@code "VERIFIED|I:*"} term gives, for each industry, the suppliers with a verified build
     * for a client of it — without walking the nested histories of every matching supplier.
     */
    @KeywordField(name = "historyByIndustry", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "buildHistories")))
    public Set<String> getHistoriesByIndustry() {
        return pairs(PAIR_INDUSTRY);
    }

    @KeywordField(name = "historyByLevel", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "buildHistories")))
    public Set<String> getHistoriesByLevel() {
        return pairs(PAIR_LEVEL);
    }

    @KeywordField(name = "historyByKind", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "buildHistories")))
    public Set<String> getHistoriesByKind() {
        return pairs(PAIR_KIND);
    }

    /** The dimensions of a {@link #pair}: client industry, level after, year, kind. */
    public static final String PAIR_INDUSTRY = "I";
    public static final String PAIR_LEVEL = "L";
    public static final String PAIR_YEAR = "Y";
    public static final String PAIR_KIND = "K";

    private Set<String> pairs(String fixed) {
        Set<String> pairs = new TreeSet<>();
        for (BuildHistory h : buildHistories) {
            Map<String, String> values = Map.of(PAIR_INDUSTRY, h.getClientIndustry().getCode(), PAIR_LEVEL, h.getLevelAfter().name(),
                    PAIR_KIND, h.getKind().name(), PAIR_YEAR, Integer.toString(h.getYear()));
            values.forEach((other, value) -> {
                if (!other.equals(fixed)) {
                    pairs.add(pair(values.get(fixed), other, value));
                }
            });
        }
        return pairs;
    }

    /** A term of the {@code historyBy…} fields: a history with {@code fixedValue} and {@code value} in dimension {@code other}. */
    public static String pair(String fixedValue, String other, String value) {
        return fixedValue + "|" + other + ":" + value;
    }

    @GenericField(name = "verifiedBuilds", sortable = Sortable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "buildHistories")))
    public int getVerifiedBuilds() {
        return (int) buildHistories.stream().filter(BuildHistory::isVerified).count();
    }

    // ---- reading ------------------------------------------------------------------------------------

    /** Records that the logo was replaced ({@code now}) or removed ({@code null}). */
    public void logoChanged(Instant now) {
        this.logoUpdatedAt = now;
    }

    public Instant getLogoUpdatedAt() {
        return logoUpdatedAt;
    }

    public boolean isEmpty() {
        return (homepage == null || homepage.isBlank()) && (introduction == null || introduction.isBlank())
                && specialities.isEmpty() && solutions.isEmpty();
    }

    public Long getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public String getHomepage() {
        return homepage;
    }

    public String getIntroduction() {
        return introduction;
    }

    public Integer getFoundedYear() {
        return foundedYear;
    }

    public String getCapabilityGrade() {
        return capabilityGrade;
    }

    public BigDecimal getRating() {
        return rating;
    }

    public int getRatingCount() {
        return ratingCount;
    }

    public Set<Speciality> getSpecialities() {
        return Collections.unmodifiableSet(specialities);
    }

    public Set<Region> getRegionsServed() {
        return Collections.unmodifiableSet(regionsServed);
    }

    public Set<IndustryCode> getIndustriesServed() {
        return Collections.unmodifiableSet(industriesServed);
    }

    public List<Solution> getSolutions() {
        return Collections.unmodifiableList(solutions);
    }

    public List<Certification> getCertifications() {
        return Collections.unmodifiableList(certifications);
    }

    public List<KeyPerson> getKeyPersonnel() {
        return Collections.unmodifiableList(keyPersonnel);
    }

    public List<BuildHistory> getBuildHistories() {
        return Collections.unmodifiableList(buildHistories);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
