package kr.go.smartfactory.program.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.go.smartfactory.attachment.application.AttachmentView;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.program.domain.Announcement;
import kr.go.smartfactory.program.domain.AnnouncementPhase;
import kr.go.smartfactory.program.domain.AnnouncementStatus;
import kr.go.smartfactory.program.domain.GrantRules;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * An announcement as pages and the API show it: what it says, its phase now and the days left to its deadline,
 * its rules, rubric, bonus items and documents (with their file names and sizes).
 */
public record AnnouncementView(long id, String title, String summary, ProgramType type, int roundYear, Set<Region> regions,
        int quota, Money budget, Instant opensAt, Instant closesAt, AnnouncementPhase phase, long daysLeft,
        AnnouncementStatus status, Instant publishedAt, Instant closedAt, Rules rules, List<Criterion> rubric,
        List<Bonus> bonusItems, List<Document> documents) {

    /** The rules in plain values (the API's shape). */
    public record Rules(Set<SmartLevel> currentLevels, Set<SmartLevel> targetLevels, Money grantCap,
            java.math.BigDecimal maxGovernmentShare, java.math.BigDecimal minCompanyShare, java.math.BigDecimal maxCompanyShare,
            java.math.BigDecimal minPartnerShare, int buildMonthsMin, int buildMonthsMax, int intensiveAsMonths,
            java.math.BigDecimal shortlistFactor, SmartLevel securityRequiredFrom, int objectionDays, String tieBreak,
            Set<kr.go.smartfactory.program.domain.RequiredDocument> requiredDocuments) {

        static Rules of(GrantRules r) {
            return new Rules(r.getCurrentLevels(), r.getTargetLevels(), r.getGrantCap(), r.getMaxGovernmentShare(),
                    r.getMinCompanyShare(), r.getMaxCompanyShare(), r.getMinPartnerShare(), r.getBuildMonthsMin(),
                    r.getBuildMonthsMax(), r.getIntensiveAsMonths(), r.getShortlistFactor(), r.getSecurityRequiredFrom(),
                    r.getObjectionDays(), r.getTieBreak().name(), r.getRequiredDocuments());
        }

        /** Whether the round foresees a partner (대기업) contribution. */
        public boolean withPartner() {
            return minPartnerShare.signum() > 0;
        }
    }

    public record Criterion(String nameKo, String nameEn, int weight) {
    }

    public record Bonus(String nameKo, String nameEn, int points) {
    }

    /** A published file: its title and, when the attachment is still there, its name and size. */
    public record Document(long id, String title, String name, String size) {
    }

    static AnnouncementView of(Announcement a, Clock clock, Map<Long, AttachmentView> files) {
        Instant now = clock.instant();
        AnnouncementPhase phase = a.phase(now);
        return new AnnouncementView(a.getId(), a.getTitle(), a.getSummary(), a.getType(), a.getRoundYear(), a.getRegions(),
                a.getQuota(), a.getBudget(), a.getOpensAt(), a.getClosesAt(), phase,
                phase == AnnouncementPhase.OPEN || phase == AnnouncementPhase.UPCOMING ? a.daysLeft(clock) : -1,
                a.getStatus(), a.getPublishedAt(), a.getClosedAt(), Rules.of(a.getRules()),
                a.getRubric().stream().map(c -> new Criterion(c.getNameKo(), c.getNameEn(), c.getWeight())).toList(),
                a.getBonusItems().stream().map(b -> new Bonus(b.getNameKo(), b.getNameEn(), b.getPoints())).toList(),
                a.getDocuments().stream().map(d -> {
                    AttachmentView f = files.get(d.getAttachmentId());
                    return new Document(d.getAttachmentId(), d.getTitle(), f == null ? null : f.name(), f == null ? null : f.sizeText());
                }).toList());
    }

    /** Open to every region. */
    public boolean nationwide() {
        return regions.isEmpty();
    }

    public boolean open() {
        return phase == AnnouncementPhase.OPEN;
    }

    /** "D-12", "D-Day" for an open or upcoming window; empty otherwise. */
    public String dDay() {
        return AnnouncementSummary.dDay(daysLeft);
    }
}
