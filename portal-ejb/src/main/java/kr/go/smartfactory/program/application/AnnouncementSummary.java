package kr.go.smartfactory.program.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.program.domain.Announcement;
import kr.go.smartfactory.program.domain.AnnouncementPhase;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.shared.domain.Money;

/** One row of an announcement list (public, staff, API). */
public record AnnouncementSummary(long id, String title, ProgramType type, int roundYear, Set<Region> regions, int quota,
        Money budget, Money grantCap, Instant opensAt, Instant closesAt, AnnouncementPhase phase, long daysLeft) {

    static AnnouncementSummary of(Announcement a, Clock clock) {
        AnnouncementPhase phase = a.phase(clock.instant());
        return new AnnouncementSummary(a.getId(), a.getTitle(), a.getType(), a.getRoundYear(), a.getRegions(), a.getQuota(),
                a.getBudget(), a.getRules().getGrantCap(), a.getOpensAt(), a.getClosesAt(), phase,
                phase == AnnouncementPhase.OPEN || phase == AnnouncementPhase.UPCOMING ? a.daysLeft(clock) : -1);
    }

    public boolean nationwide() {
        return regions.isEmpty();
    }

    /** "D-12", "D-Day" for an open or upcoming window; empty otherwise. */
    public String dDay() {
        return dDay(daysLeft);
    }

    static String dDay(long daysLeft) {
        if (daysLeft < 0) {
            return "";
        }
        return daysLeft == 0 ? "D-Day" : "D-" + daysLeft;
    }
}
