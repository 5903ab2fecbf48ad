package kr.go.smartfactory.aftersales.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.DomainException;

/** Where a request goes: the supplier for a defect inside the intensive-AS period, else the region's support group. */
class RoutingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final long SUPPLIER = 77;
    static final List<Routing.GroupCoverage> GROUPS = List.of(
            new Routing.GroupCoverage(3, Set.of(Region.GYEONGNAM, Region.BUSAN, Region.ULSAN)),
            new Routing.GroupCoverage(1, Set.of(Region.SEOUL, Region.GYEONGGI, Region.INCHEON)),
            new Routing.GroupCoverage(2, Set.of(Region.GYEONGGI)));

    @ParameterizedTest(name = "{0}, project {1}, AS period to {2}, {3} → {4} {5}")
    @CsvSource({
            // a defect on the period's last day: the supplier, at no cost
            "SW_DEFECT,            true,  2026-12-01, BUSAN,    SUPPLIER,      77",
            "HW_FAILURE,           true,  2027-05-31, SEOUL,    SUPPLIER,      77",
            // the day after the period: the region's group
            "SW_DEFECT,            true,  2026-11-30, BUSAN,    SUPPORT_GROUP, 3",
            // not a defect: coaching and consultation always go to the group, inside the period too
            "USAGE_COACHING,       true,  2027-05-31, BUSAN,    SUPPORT_GROUP, 3",
            "UPGRADE_CONSULTATION, true,  2027-05-31, INCHEON,  SUPPORT_GROUP, 1",
            // no project: the group
            "SW_DEFECT,            false, ,           ULSAN,    SUPPORT_GROUP, 3",
            // a project not closed yet has no AS period
            "HW_FAILURE,           true,  ,           SEOUL,    SUPPORT_GROUP, 1",
            // two groups cover 경기: the lowest id
            "USAGE_COACHING,       false, ,           GYEONGGI, SUPPORT_GROUP, 1",
    })
    void routes(AsCategory category, boolean withProject, LocalDate asEndsOn, Region region, HandlerKind kind, long handler) {
        Routing.ProjectTerms project = withProject ? new Routing.ProjectTerms(SUPPLIER, asEndsOn) : null;
        Routing.Route route = Routing.route(category, project, TODAY, region, GROUPS);
        assertEquals(kind, route.kind());
        assertEquals(handler, kind == HandlerKind.SUPPLIER ? route.supplierId() : route.groupId());
        assertEquals(kind == HandlerKind.SUPPLIER, route.warranty(), "하자보수 at no cost only with the supplier");
    }

    @Test
    void aRegionNoGroupCoversIsRefusedWithAMessage() {
        DomainException e = assertThrows(DomainException.class,
                () -> Routing.route(AsCategory.USAGE_COACHING, null, TODAY, Region.JEJU, GROUPS));
        assertEquals(List.of("as.route.noGroup"), e.getMessageKeys());
        assertThrows(DomainException.class, () -> Routing.toGroup(null, GROUPS));
    }

    @Test
    void theRegionsNoGroupCoversAreNamedSoThatACoverageChangeLeavesNone() {
        assertEquals(java.util.EnumSet.complementOf(java.util.EnumSet.of(Region.GYEONGNAM, Region.BUSAN, Region.ULSAN, Region.SEOUL,
                Region.GYEONGGI, Region.INCHEON)), Routing.uncovered(GROUPS));
        assertEquals(java.util.EnumSet.allOf(Region.class), Routing.uncovered(List.of()));
        assertEquals(Set.of(), Routing.uncovered(List.of(new Routing.GroupCoverage(1, java.util.EnumSet.allOf(Region.class)))));
    }
}
