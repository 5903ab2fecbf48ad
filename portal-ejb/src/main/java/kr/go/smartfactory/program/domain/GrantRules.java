package kr.go.smartfactory.program.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.DomainException.Problem;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * The rules of one programme round, as data (they change every year): which current and target levels may
 * apply, the grant cap, the shares of government, company and partner, the build period, the intensive-AS
 * period, the evaluation's shortlist factor and objection window, whether a security solution is required from
 * some target level on, and how ties are broken. Immutable: an announcement replaces its rules while it is a
 * draft and freezes them when it is published, so a submitted application is always judged by the rules it was
 * submitted under.
 *
 * <p>Shares are compared exactly (amount × 100 against total × percent), never through rounded percentages; the
 * largest grant a total cost allows is cut to whole won downwards (원 단위 절사), so it always passes the check.
 */
@Embeddable
public class GrantRules implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final int MAX_BUILD_MONTHS = 36;

    @Convert(converter = SmartLevelSetConverter.class)
    @Column(name = "current_levels", nullable = false, length = 100)
    private Set<SmartLevel> currentLevels = EnumSet.noneOf(SmartLevel.class);

    @Convert(converter = SmartLevelSetConverter.class)
    @Column(name = "target_levels", nullable = false, length = 100)
    private Set<SmartLevel> targetLevels = EnumSet.noneOf(SmartLevel.class);

    @Embedded
    @AttributeOverride(name = "won", column = @Column(name = "grant_cap", nullable = false, precision = 15, scale = 0))
    private Money grantCap;

    @Column(name = "max_government_share", nullable = false, precision = 5, scale = 2)
    private BigDecimal maxGovernmentShare;

    @Column(name = "min_company_share", nullable = false, precision = 5, scale = 2)
    private BigDecimal minCompanyShare;

    @Column(name = "max_company_share", nullable = false, precision = 5, scale = 2)
    private BigDecimal maxCompanyShare;

    @Column(name = "min_partner_share", nullable = false, precision = 5, scale = 2)
    private BigDecimal minPartnerShare;

    @Column(name = "build_months_min", nullable = false)
    private int buildMonthsMin;

    @Column(name = "build_months_max", nullable = false)
    private int buildMonthsMax;

    @Column(name = "intensive_as_months", nullable = false)
    private int intensiveAsMonths;

    @Column(name = "shortlist_factor", nullable = false, precision = 4, scale = 2)
    private BigDecimal shortlistFactor;

    /** Targets at or above this level need a security solution in the plan; null: never required. */
    @Enumerated(EnumType.STRING)
    @Column(name = "security_from", length = 20)
    private SmartLevel securityRequiredFrom;

    @Column(name = "objection_days", nullable = false)
    private int objectionDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "tie_break", nullable = false, length = 30)
    private TieBreak tieBreak;

    /** The documents an application must carry (사업계획서 always). */
    @Convert(converter = RequiredDocumentSetConverter.class)
    @Column(name = "required_documents", nullable = false, length = 200)
    private Set<RequiredDocument> requiredDocuments = EnumSet.of(RequiredDocument.BUSINESS_PLAN);

    protected GrantRules() {
        // JPA
    }

    private GrantRules(Builder b) {
        this.currentLevels = b.currentLevels.isEmpty() ? EnumSet.noneOf(SmartLevel.class) : EnumSet.copyOf(b.currentLevels);
        this.targetLevels = b.targetLevels.isEmpty() ? EnumSet.noneOf(SmartLevel.class) : EnumSet.copyOf(b.targetLevels);
        this.grantCap = b.grantCap;
        this.maxGovernmentShare = b.maxGovernmentShare;
        this.minCompanyShare = b.minCompanyShare;
        this.maxCompanyShare = b.maxCompanyShare;
        this.minPartnerShare = b.minPartnerShare;
        this.buildMonthsMin = b.buildMonthsMin;
        this.buildMonthsMax = b.buildMonthsMax;
        this.intensiveAsMonths = b.intensiveAsMonths;
        this.shortlistFactor = b.shortlistFactor;
        this.securityRequiredFrom = b.securityRequiredFrom;
        this.objectionDays = b.objectionDays;
        this.tieBreak = b.tieBreak;
        this.requiredDocuments = EnumSet.of(RequiredDocument.BUSINESS_PLAN);
        this.requiredDocuments.addAll(b.requiredDocuments);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these rules (the form of a new round starts from the last round's rules). */
    public Builder toBuilder() {
        return new Builder().currentLevels(currentLevels).targetLevels(targetLevels).grantCap(grantCap)
                .maxGovernmentShare(maxGovernmentShare).minCompanyShare(minCompanyShare).maxCompanyShare(maxCompanyShare)
                .minPartnerShare(minPartnerShare).buildMonths(buildMonthsMin, buildMonthsMax)
                .intensiveAsMonths(intensiveAsMonths).shortlistFactor(shortlistFactor)
                .securityRequiredFrom(securityRequiredFrom).objectionDays(objectionDays).tieBreak(tieBreak)
                .requiredDocuments(requiredDocuments);
    }

    // ---- what an application is checked against ----

    /** The largest grant a project of this total cost may receive: the cap, or the government share of the total. */
    public Money maximumGrant(Money totalCost) {
        return grantCap.min(totalCost.percent(maxGovernmentShare));
    }

    /**
     * Every way this funding breaks the rules, each on the amount it is about: the grant above the cap or above
     * the government share, the company share outside its bounds, the partner share below its minimum (and a
     * partner amount where no partner share is foreseen).
     */
    public List<Problem> checkFunding(Funding funding) {
        List<Problem> problems = new ArrayList<>();
        Money total = funding.total();
        if (funding.government().isNegative() || funding.company().isNegative() || funding.partner().isNegative()) {
            problems.add(Problem.general("grant.amount.negative"));
            return problems;
        }
        if (total.isZero()) {
            problems.add(Problem.general("grant.total.required"));
            return problems;
        }
        if (funding.government().isGreaterThan(grantCap)) {
            problems.add(Problem.on("government", "grant.cap.exceeded"));
        }
        if (above(funding.government(), total, maxGovernmentShare)) {
            problems.add(Problem.on("government", "grant.government.share"));
        }
        if (below(funding.company(), total, minCompanyShare)) {
            problems.add(Problem.on("company", "grant.company.share.min"));
        }
        if (above(funding.company(), total, maxCompanyShare)) {
            problems.add(Problem.on("company", "grant.company.share.max"));
        }
        if (below(funding.partner(), total, minPartnerShare)) {
            problems.add(Problem.on("partner", "grant.partner.share.min"));
        }
        if (minPartnerShare.signum() == 0 && !funding.partner().isZero()) {
            problems.add(Problem.on("partner", "grant.partner.none"));
        }
        return problems;
    }

    /** The levels this round accepts, each on the level it is about. */
    public List<Problem> checkLevels(SmartLevel current, SmartLevel target) {
        List<Problem> problems = new ArrayList<>();
        if (current == null || !currentLevels.contains(current)) {
            problems.add(Problem.on("currentLevel", "grant.level.current"));
        }
        if (target == null || !targetLevels.contains(target)) {
            problems.add(Problem.on("targetLevel", "grant.level.target"));
        }
        return problems;
    }

    /** Whether a plan for this target must include a security solution. */
    public boolean requiresSecuritySolution(SmartLevel target) {
        return securityRequiredFrom != null && target != null && target.compareTo(securityRequiredFrom) >= 0;
    }

    /** Whether a build period of this many months is allowed. */
    public boolean allowsBuildMonths(int months) {
        return months >= buildMonthsMin && months <= buildMonthsMax;
    }

    private static boolean above(Money part, Money total, BigDecimal percent) {
        return part.amount().multiply(HUNDRED).compareTo(total.amount().multiply(percent)) > 0;
    }

    private static boolean below(Money part, Money total, BigDecimal percent) {
        return part.amount().multiply(HUNDRED).compareTo(total.amount().multiply(percent)) < 0;
    }

    // ---- getters ----

    public Set<SmartLevel> getCurrentLevels() {
        return currentLevels.isEmpty() ? EnumSet.noneOf(SmartLevel.class) : EnumSet.copyOf(currentLevels);
    }

    public Set<SmartLevel> getTargetLevels() {
        return targetLevels.isEmpty() ? EnumSet.noneOf(SmartLevel.class) : EnumSet.copyOf(targetLevels);
    }

    public Money getGrantCap() {
        return grantCap;
    }

    public BigDecimal getMaxGovernmentShare() {
        return maxGovernmentShare;
    }

    public BigDecimal getMinCompanyShare() {
        return minCompanyShare;
    }

    public BigDecimal getMaxCompanyShare() {
        return maxCompanyShare;
    }

    public BigDecimal getMinPartnerShare() {
        return minPartnerShare;
    }

    public int getBuildMonthsMin() {
        return buildMonthsMin;
    }

    public int getBuildMonthsMax() {
        return buildMonthsMax;
    }

    public int getIntensiveAsMonths() {
        return intensiveAsMonths;
    }

    public BigDecimal getShortlistFactor() {
        return shortlistFactor;
    }

    public SmartLevel getSecurityRequiredFrom() {
        return securityRequiredFrom;
    }

    public int getObjectionDays() {
        return objectionDays;
    }

    public Set<RequiredDocument> getRequiredDocuments() {
        return requiredDocuments.isEmpty() ? EnumSet.of(RequiredDocument.BUSINESS_PLAN) : EnumSet.copyOf(requiredDocuments);
    }

    public TieBreak getTieBreak() {
        return tieBreak;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GrantRules r && currentLevels.equals(r.currentLevels) && targetLevels.equals(r.targetLevels)
                && Objects.equals(grantCap, r.grantCap) && same(maxGovernmentShare, r.maxGovernmentShare)
                && same(minCompanyShare, r.minCompanyShare) && same(maxCompanyShare, r.maxCompanyShare)
                && same(minPartnerShare, r.minPartnerShare) && buildMonthsMin == r.buildMonthsMin
                && buildMonthsMax == r.buildMonthsMax && intensiveAsMonths == r.intensiveAsMonths
                && same(shortlistFactor, r.shortlistFactor) && securityRequiredFrom == r.securityRequiredFrom
                && objectionDays == r.objectionDays && tieBreak == r.tieBreak
                && getRequiredDocuments().equals(r.getRequiredDocuments());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currentLevels, targetLevels, grantCap, buildMonthsMin, buildMonthsMax, intensiveAsMonths,
                securityRequiredFrom, objectionDays, tieBreak);
    }

    /**
     * Collects a round's rules; {@link #build} refuses with every problem at once, each on its field (the
     * announcement form's input ids).
     */
    public static final class Builder {
        private Set<SmartLevel> currentLevels = EnumSet.noneOf(SmartLevel.class);
        private Set<SmartLevel> targetLevels = EnumSet.noneOf(SmartLevel.class);
        private Money grantCap;
        private BigDecimal maxGovernmentShare;
        private BigDecimal minCompanyShare = BigDecimal.ZERO;
        private BigDecimal maxCompanyShare = HUNDRED;
        private BigDecimal minPartnerShare = BigDecimal.ZERO;
        private int buildMonthsMin;
        private int buildMonthsMax;
        private int intensiveAsMonths;
        private BigDecimal shortlistFactor;
        private SmartLevel securityRequiredFrom;
        private int objectionDays;
        private TieBreak tieBreak = TieBreak.CRITERIA_IN_ORDER;
        private Set<RequiredDocument> requiredDocuments = EnumSet.of(RequiredDocument.BUSINESS_PLAN);

        public Builder currentLevels(Set<SmartLevel> levels) {
            this.currentLevels = levels == null ? EnumSet.noneOf(SmartLevel.class) : Set.copyOf(levels);
            return this;
        }

        public Builder targetLevels(Set<SmartLevel> levels) {
            this.targetLevels = levels == null ? EnumSet.noneOf(SmartLevel.class) : Set.copyOf(levels);
            return this;
        }

        public Builder grantCap(Money cap) {
            this.grantCap = cap;
            return this;
        }

        public Builder maxGovernmentShare(BigDecimal percent) {
            this.maxGovernmentShare = percent;
            return this;
        }

        public Builder minCompanyShare(BigDecimal percent) {
            this.minCompanyShare = percent;
            return this;
        }

        public Builder maxCompanyShare(BigDecimal percent) {
            this.maxCompanyShare = percent;
            return this;
        }

        public Builder minPartnerShare(BigDecimal percent) {
            this.minPartnerShare = percent;
            return this;
        }

        public Builder buildMonths(int min, int max) {
            this.buildMonthsMin = min;
            this.buildMonthsMax = max;
            return this;
        }

        public Builder intensiveAsMonths(int months) {
            this.intensiveAsMonths = months;
            return this;
        }

        public Builder shortlistFactor(BigDecimal factor) {
            this.shortlistFactor = factor;
            return this;
        }

        public Builder securityRequiredFrom(SmartLevel level) {
            this.securityRequiredFrom = level;
            return this;
        }

        public Builder objectionDays(int days) {
            this.objectionDays = days;
            return this;
        }

        public Builder requiredDocuments(Set<RequiredDocument> documents) {
            this.requiredDocuments = EnumSet.of(RequiredDocument.BUSINESS_PLAN);
            if (documents != null) {
                this.requiredDocuments.addAll(documents);
            }
            return this;
        }

        public Builder tieBreak(TieBreak rule) {
            this.tieBreak = rule;
            return this;
        }

        /** Every problem of these rules (empty when they are consistent). */
        public List<Problem> problems() {
            List<Problem> problems = new ArrayList<>();
            if (currentLevels.isEmpty()) {
                problems.add(Problem.on("currentLevels", "rules.levels.current.required"));
            }
            if (targetLevels.isEmpty()) {
                problems.add(Problem.on("targetLevels", "rules.levels.target.required"));
            } else if (!currentLevels.isEmpty()
                    && targetLevels.stream().allMatch(t -> currentLevels.stream().allMatch(c -> c.isAbove(t)))) {
                problems.add(Problem.on("targetLevels", "rules.levels.target.below"));
            }
            if (grantCap == null || grantCap.isNegative() || grantCap.isZero()) {
                problems.add(Problem.on("grantCap", "rules.cap.invalid"));
            }
            percent(problems, "maxGovernmentShare", maxGovernmentShare);
            percent(problems, "minCompanyShare", minCompanyShare);
            percent(problems, "maxCompanyShare", maxCompanyShare);
            percent(problems, "minPartnerShare", minPartnerShare);
            if (valid(minCompanyShare) && valid(maxCompanyShare) && minCompanyShare.compareTo(maxCompanyShare) > 0) {
                problems.add(Problem.on("maxCompanyShare", "rules.share.companyBounds"));
            }
            if (valid(minCompanyShare) && valid(minPartnerShare) && minCompanyShare.add(minPartnerShare).compareTo(HUNDRED) > 0) {
                problems.add(Problem.on("minPartnerShare", "rules.share.sum"));
            }
            if (valid(maxGovernmentShare) && valid(maxCompanyShare)
                    && minPartnerShare != null && minPartnerShare.signum() == 0
                    && maxGovernmentShare.add(maxCompanyShare).compareTo(HUNDRED) < 0) {
                problems.add(Problem.on("maxCompanyShare", "rules.share.unreachable"));
            }
            if (buildMonthsMin < 1 || buildMonthsMin > MAX_BUILD_MONTHS) {
                problems.add(Problem.on("buildMonthsMin", "rules.buildMonths.invalid"));
            }
            if (buildMonthsMax < 1 || buildMonthsMax > MAX_BUILD_MONTHS || buildMonthsMax < buildMonthsMin) {
                problems.add(Problem.on("buildMonthsMax", "rules.buildMonths.invalid"));
            }
            if (intensiveAsMonths < 0 || intensiveAsMonths > 24) {
                problems.add(Problem.on("intensiveAsMonths", "rules.asMonths.invalid"));
            }
            if (shortlistFactor == null || shortlistFactor.compareTo(BigDecimal.ONE) < 0
                    || shortlistFactor.compareTo(BigDecimal.valueOf(5)) > 0) {
                problems.add(Problem.on("shortlistFactor", "rules.shortlist.invalid"));
            }
            if (objectionDays < 1 || objectionDays > 60) {
                problems.add(Problem.on("objectionDays", "rules.objectionDays.invalid"));
            }
            if (tieBreak == null) {
                problems.add(Problem.on("tieBreak", "rules.tieBreak.required"));
            }
            return problems;
        }

        private static boolean valid(BigDecimal percent) {
            return percent != null && percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0;
        }

        private static void percent(List<Problem> problems, String field, BigDecimal percent) {
            if (!valid(percent) || percent.scale() > 2 && percent.stripTrailingZeros().scale() > 2) {
                problems.add(Problem.on(field, "rules.share.invalid"));
            }
        }

        /** The rules, or {@link DomainException} with every problem. */
        public GrantRules build() {
            List<Problem> problems = problems();
            if (!problems.isEmpty()) {
                throw DomainException.of(problems);
            }
            return new GrantRules(this);
        }
    }
}
