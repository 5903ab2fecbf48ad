package kr.go.smartfactory.program.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.program.domain.TieBreak;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * The staff form of an announcement: what it says and its rules, as typed (amounts as text in any usual
 * Korean form, dates and times in KST). It has no constraints of its own: every check — presence included — is
 * {@code GrantRules}'s, {@code AnnouncementDetails}'s and {@code Announcement}'s, so the service answers every
 * problem at once (a constraint checked by Faces first would stop the form before the others are seen).
 */
public class AnnouncementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String summary;
    private ProgramType type;
    private Integer roundYear;
    private List<Region> regions = new ArrayList<>();
    private Integer quota;
    private String budget;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;

    private List<SmartLevel> currentLevels = new ArrayList<>();
    private List<SmartLevel> targetLevels = new ArrayList<>();
    private List<kr.go.smartfactory.program.domain.RequiredDocument> requiredDocuments = new ArrayList<>();
    private String grantCap;
    private BigDecimal maxGovernmentShare;
    private BigDecimal minCompanyShare;
    private BigDecimal maxCompanyShare;
    private BigDecimal minPartnerShare;
    private Integer buildMonthsMin;
    private Integer buildMonthsMax;
    private Integer intensiveAsMonths;
    private BigDecimal shortlistFactor;
    private SmartLevel securityRequiredFrom;
    private Integer objectionDays;
    private TieBreak tieBreak;

    private List<Item> rubric = new ArrayList<>();
    private List<Item> bonus = new ArrayList<>();

    /** A rubric criterion or bonus item as typed: names in both languages and its weight or points. */
    public static class Item implements Serializable {

        private static final long serialVersionUID = 1L;

        private String nameKo;
        private String nameEn;
        private Integer value;

        public Item() {
        }

        public Item(String nameKo, String nameEn, Integer value) {
            this.nameKo = nameKo;
            this.nameEn = nameEn;
            this.value = value;
        }

        public boolean isBlank() {
            return (nameKo == null || nameKo.isBlank()) && (nameEn == null || nameEn.isBlank()) && value == null;
        }

        public String getNameKo() {
            return nameKo;
        }

        public void setNameKo(String nameKo) {
            this.nameKo = nameKo;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public Integer getValue() {
            return value;
        }

        public void setValue(Integer value) {
            this.value = value;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public ProgramType getType() {
        return type;
    }

    public void setType(ProgramType type) {
        this.type = type;
    }

    public Integer getRoundYear() {
        return roundYear;
    }

    public void setRoundYear(Integer roundYear) {
        this.roundYear = roundYear;
    }

    public List<Region> getRegions() {
        return regions;
    }

    public void setRegions(List<Region> regions) {
        this.regions = regions == null ? new ArrayList<>() : regions;
    }

    public Integer getQuota() {
        return quota;
    }

    public void setQuota(Integer quota) {
        this.quota = quota;
    }

    public String getBudget() {
        return budget;
    }

    public void setBudget(String budget) {
        this.budget = budget;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public List<SmartLevel> getCurrentLevels() {
        return currentLevels;
    }

    public void setCurrentLevels(List<SmartLevel> currentLevels) {
        this.currentLevels = currentLevels == null ? new ArrayList<>() : currentLevels;
    }

    public List<kr.go.smartfactory.program.domain.RequiredDocument> getRequiredDocuments() {
        return requiredDocuments;
    }

    public void setRequiredDocuments(List<kr.go.smartfactory.program.domain.RequiredDocument> requiredDocuments) {
        this.requiredDocuments = requiredDocuments == null ? new ArrayList<>() : requiredDocuments;
    }

    public List<SmartLevel> getTargetLevels() {
        return targetLevels;
    }

    public void setTargetLevels(List<SmartLevel> targetLevels) {
        this.targetLevels = targetLevels == null ? new ArrayList<>() : targetLevels;
    }

    public String getGrantCap() {
        return grantCap;
    }

    public void setGrantCap(String grantCap) {
        this.grantCap = grantCap;
    }

    public BigDecimal getMaxGovernmentShare() {
        return maxGovernmentShare;
    }

    public void setMaxGovernmentShare(BigDecimal maxGovernmentShare) {
        this.maxGovernmentShare = maxGovernmentShare;
    }

    public BigDecimal getMinCompanyShare() {
        return minCompanyShare;
    }

    public void setMinCompanyShare(BigDecimal minCompanyShare) {
        this.minCompanyShare = minCompanyShare;
    }

    public BigDecimal getMaxCompanyShare() {
        return maxCompanyShare;
    }

    public void setMaxCompanyShare(BigDecimal maxCompanyShare) {
        this.maxCompanyShare = maxCompanyShare;
    }

    public BigDecimal getMinPartnerShare() {
        return minPartnerShare;
    }

    public void setMinPartnerShare(BigDecimal minPartnerShare) {
        this.minPartnerShare = minPartnerShare;
    }

    public Integer getBuildMonthsMin() {
        return buildMonthsMin;
    }

    public void setBuildMonthsMin(Integer buildMonthsMin) {
        this.buildMonthsMin = buildMonthsMin;
    }

    public Integer getBuildMonthsMax() {
        return buildMonthsMax;
    }

    public void setBuildMonthsMax(Integer buildMonthsMax) {
        this.buildMonthsMax = buildMonthsMax;
    }

    public Integer getIntensiveAsMonths() {
        return intensiveAsMonths;
    }

    public void setIntensiveAsMonths(Integer intensiveAsMonths) {
        this.intensiveAsMonths = intensiveAsMonths;
    }

    public BigDecimal getShortlistFactor() {
        return shortlistFactor;
    }

    public void setShortlistFactor(BigDecimal shortlistFactor) {
        this.shortlistFactor = shortlistFactor;
    }

    public SmartLevel getSecurityRequiredFrom() {
        return securityRequiredFrom;
    }

    public void setSecurityRequiredFrom(SmartLevel securityRequiredFrom) {
        this.securityRequiredFrom = securityRequiredFrom;
    }

    public Integer getObjectionDays() {
        return objectionDays;
    }

    public void setObjectionDays(Integer objectionDays) {
        this.objectionDays = objectionDays;
    }

    public TieBreak getTieBreak() {
        return tieBreak;
    }

    public void setTieBreak(TieBreak tieBreak) {
        this.tieBreak = tieBreak;
    }

    public List<Item> getRubric() {
        return rubric;
    }

    public void setRubric(List<Item> rubric) {
        this.rubric = rubric;
    }

    public List<Item> getBonus() {
        return bonus;
    }

    public void setBonus(List<Item> bonus) {
        this.bonus = bonus;
    }
}
