package kr.go.smartfactory.supplier.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * What an SME looks for in a supplier (매칭 조건): its industry and region (its company's, unless it says
 * otherwise), the level it is at and the level it wants to reach, and the solutions it wants. Suppliers are
 * ranked by how many of their verified builds match it ({@link BuildMatch}).
 */
@Entity
@Table(name = "matching_profile")
public class MatchingProfile {

    public static final int MAX_SOLUTIONS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "company_id", nullable = false, unique = true)
    private Company company;

    @ManyToOne(optional = false)
    @JoinColumn(name = "industry_code", nullable = false)
    private IndustryCode industry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_level", nullable = false, length = 20)
    private SmartLevel currentLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level", nullable = false, length = 20)
    private SmartLevel targetLevel;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "matching_profile_solution", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "speciality_code", length = 40)
    private Set<String> wantedSolutions = new LinkedHashSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected MatchingProfile() {
        // JPA
    }

    /** A first profile from the company's own data: no ICT yet, aiming at the basic level. */
    public static MatchingProfile startingFrom(Company company, Instant now) {
        if (company.getKind() != CompanyKind.SME) {
            throw new DomainException("matching.smeOnly");
        }
        MatchingProfile profile = new MatchingProfile();
        profile.company = company;
        profile.industry = company.getIndustry();
        profile.region = company.getRegion();
        profile.currentLevel = SmartLevel.NONE;
        profile.targetLevel = SmartLevel.BASIC;
        profile.updatedAt = now;
        return profile;
    }

    /** Changes what the SME looks for; the target must lie above the current level. */
    public void change(IndustryCode newIndustry, Region newRegion, SmartLevel current, SmartLevel target,
            Set<Speciality> solutions, Instant now) {
        Objects.requireNonNull(newIndustry);
        Objects.requireNonNull(newRegion);
        Objects.requireNonNull(current);
        Objects.requireNonNull(target);
        checkLevels(current, target);
        checkSolutions(solutions.size());
        this.industry = newIndustry;
        this.region = newRegion;
        this.currentLevel = current;
        this.targetLevel = target;
        this.wantedSolutions = new LinkedHashSet<>();
        solutions.forEach(s -> wantedSolutions.add(s.getCode()));
        this.updatedAt = now;
    }

    /** The target must lie above the current level (refused on the target). */
    public static void checkLevels(SmartLevel current, SmartLevel target) {
        if (!target.isAbove(current)) {
            throw DomainException.onField("targetLevel", "matching.level.order");
        }
    }

    /** At most {@link #MAX_SOLUTIONS} wanted solutions. */
    public static void checkSolutions(int count) {
        if (count > MAX_SOLUTIONS) {
            throw DomainException.onField("solutions", "matching.solutions.size");
        }
    }

    /** What a verified build must show to count as a match for this SME. */
    public BuildMatch criteria() {
        return new BuildMatch(industry.getCode(), region, EnumSet.range(SmartLevel.NONE, currentLevel),
                EnumSet.range(targetLevel, SmartLevel.ADVANCED), Set.copyOf(wantedSolutions));
    }

    public Long getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public IndustryCode getIndustry() {
        return industry;
    }

    public Region getRegion() {
        return region;
    }

    public SmartLevel getCurrentLevel() {
        return currentLevel;
    }

    public SmartLevel getTargetLevel() {
        return targetLevel;
    }

    public Set<String> getWantedSolutions() {
        return Collections.unmodifiableSet(wantedSolutions);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
