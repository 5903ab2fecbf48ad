package kr.go.smartfactory.aftersales.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * Where a new request goes. Inside the project's intensive after-service period (집중 A/S, to {@code asEndsOn}
 * inclusive) a defect of what was built goes to the project's supplier at no cost (하자보수); everything else — coaching,
 * consultation, a defect after the period, a request without a project — to the AS support group covering the
 * company's region (지역별 AS 지원단), whose leader assigns an expert.
 */
public final class Routing {

    private Routing() {
    }

    /** The project a request is about: its supplier and the last day of its intensive-AS period (null: not closed yet). */
    public record ProjectTerms(long supplierId, LocalDate asEndsOn) {

        public boolean inWarranty(LocalDate day) {
            return asEndsOn != null && !day.isAfter(asEndsOn);
        }
    }

    /** A support group and the regions it covers. */
    public record GroupCoverage(long groupId, Set<Region> regions) {
    }

    /** The handler chosen: the supplier (with {@code warranty}: at no cost) or a support group. */
    public record Route(HandlerKind kind, Long supplierId, Long groupId, boolean warranty) {

        public static Route supplier(long supplierId) {
            return new Route(HandlerKind.SUPPLIER, supplierId, null, true);
        }

        public static Route group(long groupId) {
            return new Route(HandlerKind.SUPPORT_GROUP, null, groupId, false);
        }
    }

    /**
     * @param project null for a request on the company without a project
     * @param groups every active support group; the one covering {@code region} (the lowest id when several do)
     */
    public static Route route(AsCategory category, ProjectTerms project, LocalDate today, Region region, List<GroupCoverage> groups) {
        Objects.requireNonNull(category);
        Objects.requireNonNull(today);
        if (project != null && category.isDefect() && project.inWarranty(today)) {
            return Route.supplier(project.supplierId());
        }
        return toGroup(region, groups);
    }

    /** The regions no group covers: a company there could not file a request, so a change of coverage may leave none. */
    public static Set<Region> uncovered(List<GroupCoverage> groups) {
        Set<Region> left = java.util.EnumSet.allOf(Region.class);
        groups.forEach(g -> left.removeAll(g.regions()));
        return left;
    }

    /** The support group of a region (re-routing away from a supplier, or a request without a project). */
    public static Route toGroup(Region region, List<GroupCoverage> groups) {
        return groups.stream().filter(g -> region != null && g.regions().contains(region))
                .min(Comparator.comparingLong(GroupCoverage::groupId))
                .map(g -> Route.group(g.groupId()))
                .orElseThrow(() -> new DomainException("as.route.noGroup"));
    }
}
