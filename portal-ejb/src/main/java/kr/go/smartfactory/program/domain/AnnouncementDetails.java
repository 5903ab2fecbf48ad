package kr.go.smartfactory.program.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.DomainException.Problem;
import kr.go.smartfactory.shared.domain.Money;

/**
 * What an announcement says besides its rules: title and summary, programme type and year, the regions it is
 * open to (empty: nationwide), the number of companies it will select and its budget, and the application
 * window. {@link #problems} lists every inconsistency, each on its field.
 */
public record AnnouncementDetails(String title, String summary, ProgramType type, int roundYear, Set<Region> regions,
        int quota, Money budget, Instant opensAt, Instant closesAt) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 4000;

    public AnnouncementDetails {
        title = title == null ? null : title.strip();
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        regions = regions == null || regions.isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(regions);
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.isEmpty() || title.length() > MAX_TITLE) {
            problems.add(Problem.on("title", "announcement.title.invalid"));
        }
        if (summary != null && summary.length() > MAX_SUMMARY) {
            problems.add(Problem.on("summary", "announcement.summary.size"));
        }
        if (type == null) {
            problems.add(Problem.on("type", "announcement.type.required"));
        }
        if (roundYear < 2014 || roundYear > 2100) {
            problems.add(Problem.on("roundYear", "announcement.year.invalid"));
        }
        if (quota < 1 || quota > 100_000) {
            problems.add(Problem.on("quota", "announcement.quota.invalid"));
        }
        if (budget == null || budget.isNegative() || budget.isZero()) {
            problems.add(Problem.on("budget", "announcement.budget.invalid"));
        }
        if (opensAt == null) {
            problems.add(Problem.on("opensAt", "announcement.opensAt.required"));
        }
        if (closesAt == null) {
            problems.add(Problem.on("closesAt", "announcement.closesAt.required"));
        } else if (opensAt != null && !closesAt.isAfter(opensAt)) {
            problems.add(Problem.on("closesAt", "announcement.window.order"));
        }
        return problems;
    }
}
