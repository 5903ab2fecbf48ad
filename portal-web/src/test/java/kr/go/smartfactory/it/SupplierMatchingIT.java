package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.application.ImportReport;
import kr.go.smartfactory.supplier.application.MatchingForm;
import kr.go.smartfactory.supplier.application.Recommendation;
import kr.go.smartfactory.supplier.application.SupplierImport;
import kr.go.smartfactory.supplier.application.SupplierMatch;
import kr.go.smartfactory.supplier.application.SupplierMatching;
import kr.go.smartfactory.supplier.domain.BuildMatch.Tier;

/**
 * Supplier matching for an SME: suppliers rank by how many verified builds match its industry, region, levels
 * and wanted solutions, then by partial matches; self-declared builds never count; the conditions are kept and
 * checked; only SMEs get recommendations. Each run uses an industry code of its own, so the shared test
 * database's earlier data cannot match at the industry tiers.
 */
@ExtendWith(ArquillianExtension.class)
class SupplierMatchingIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsDemoSme.class, AsDemoSupplier.class, AsAdmin.class);
    }

    @Inject
    private SupplierMatching matching;

    @Inject
    private SupplierImport imports;

    @Inject
    private AsDemoSme asSme;

    @Inject
    private AsDemoSupplier asSupplier;

    @Inject
    private AsAdmin asAdmin;

    @PersistenceContext
    private EntityManager em;

    @jakarta.annotation.Resource
    private UserTransaction transaction;

    private String industry;
    private Map<String, String> suppliers;

    @BeforeEach
    void directoryWithBuildsInAnIndustryOfItsOwn() throws Exception {
        industry = "T" + UUID.randomUUID().toString().replaceAll("\\D", "").substring(0, 8);
        transaction.begin();
        em.persist(new IndustryCode(industry, "시험 업종 " + industry, "Test industry " + industry, 9999));
        transaction.commit();

        suppliers = Map.of("A", TestData.brn(), "B", TestData.brn(), "C", TestData.brn(), "D", TestData.brn());
        String csv = "registration_number,name,ceo,address,region,industry,specialities\n" + suppliers.entrySet().stream()
                .map(e -> e.getValue() + ",매칭시험" + e.getKey() + "(주),김시험,경남 창원시,GYEONGNAM,62,SW.OPS.MES")
                .collect(Collectors.joining("\n")) + "\n";
        assertEquals(new ImportReport(4, 4, 0), asAdmin.call(() -> imports.importSuppliers(csv)));
        String i = industry;
        String histories = "supplier_registration_number,ref,kind,client_industry,client_region,year,solutions,level_before,level_after,amount_band\n"
                // A: three builds matching everything, and a self-declared one that must not count
                + row("A", "1", "VERIFIED", i, "GYEONGNAM", "SW.OPS.MES", "BASIC", "INTERMEDIATE_1")
                + row("A", "2", "VERIFIED", i, "GYEONGNAM", "SW.OPS.MES;SW.OPS.POP", "NONE", "INTERMEDIATE_2")
                + row("A", "3", "VERIFIED", i, "GYEONGNAM", "SW.OPS.MES", "BASIC", "ADVANCED")
                + row("A", "4", "SELF_DECLARED", i, "GYEONGNAM", "SW.OPS.MES", "BASIC", "INTERMEDIATE_1")
                // B: one in the region, two elsewhere
                + row("B", "1", "VERIFIED", i, "GYEONGNAM", "SW.OPS.MES", "BASIC", "INTERMEDIATE_1")
                + row("B", "2", "VERIFIED", i, "SEOUL", "SW.OPS.MES", "BASIC", "INTERMEDIATE_1")
                + row("B", "3", "VERIFIED", i, "BUSAN", "SW.OPS.MES", "NONE", "INTERMEDIATE_1")
                // C: the industry, but another solution
                + row("C", "1", "VERIFIED", i, "GYEONGNAM", "SW.OPS.ERP", "BASIC", "INTERMEDIATE_1")
                + row("C", "2", "VERIFIED", i, "GYEONGNAM", "SW.OPS.ERP", "BASIC", "INTERMEDIATE_1")
                // D: the industry and solution, but it never reached the target level
                + row("D", "1", "VERIFIED", i, "GYEONGNAM", "SW.OPS.MES", "NONE", "BASIC");
        assertEquals(new ImportReport(10, 10, 0), asAdmin.call(() -> imports.importBuildHistories(histories)));
    }

    private String row(String supplier, String ref, String kind, String industryCode, String region, String solutions,
            String before, String after) {
        return suppliers.get(supplier) + ",R-" + ref + "," + kind + "," + industryCode + "," + region + ",2023," + solutions + ","
                + before + "," + after + ",FROM_100M_TO_200M\n";
    }

    private MatchingForm form(SmartLevel current, SmartLevel target, List<String> solutions) {
        MatchingForm form = new MatchingForm();
        form.setIndustry(industry);
        form.setRegion(Region.GYEONGNAM);
        form.setCurrentLevel(current);
        form.setTargetLevel(target);
        form.setSolutions(solutions);
        return form;
    }

    @Test
    void suppliersRankByMatchingVerifiedBuildsThenByPartialMatches() {
        asSme.call(() -> {
            matching.save(form(SmartLevel.BASIC, SmartLevel.INTERMEDIATE_1, List.of("SW.OPS.MES")));
            return null;
        });
        Recommendation recommendation = asSme.call(() -> matching.recommend(20));
        assertTrue(recommendation.saved());
        List<SupplierMatch> top = recommendation.items().subList(0, 4);
        assertEquals(List.of("매칭시험A(주)", "매칭시험B(주)", "매칭시험D(주)", "매칭시험C(주)"),
                top.stream().map(m -> m.supplier().name()).toList());

        SupplierMatch a = top.get(0);
        assertEquals(Tier.REGION_INDUSTRY_SOLUTION_LEVEL, a.tier());
        assertEquals(3, a.count(), "the self-declared build does not count");
        assertEquals(3, a.counts().verified());
        SupplierMatch b = top.get(1);
        assertEquals(Tier.REGION_INDUSTRY_SOLUTION_LEVEL, b.tier());
        assertEquals(1, b.count());
        assertEquals(3, b.counts().all(), "nationwide");
        assertEquals(Tier.INDUSTRY_SOLUTION, top.get(2).tier());
        assertEquals(1, top.get(2).count());
        assertEquals(Tier.INDUSTRY, top.get(3).tier());
        assertEquals(2, top.get(3).count());
        for (SupplierMatch other : recommendation.items().subList(4, recommendation.items().size())) {
            assertEquals(Tier.SOLUTION, other.tier(), "suppliers without a build in the industry come after");
        }
    }

    @Test
    void aWantedParentSolutionCoversTheSolutionsUnderIt() {
        asSme.call(() -> {
            matching.save(form(SmartLevel.BASIC, SmartLevel.INTERMEDIATE_1, List.of("SW.OPS")));
            return null;
        });
        List<SupplierMatch> items = asSme.call(() -> matching.recommend(20)).items();
        SupplierMatch c = items.stream().filter(m -> m.supplier().name().equals("매칭시험C(주)")).findFirst().orElseThrow();
        assertEquals(Tier.REGION_INDUSTRY_SOLUTION_LEVEL, c.tier(), "ERP is under 공장운영");
        assertEquals(2, c.count());
    }

    @Test
    void conditionsAreKeptAndCheckedAndABadOneChangesNothing() {
        asSme.call(() -> {
            matching.save(form(SmartLevel.NONE, SmartLevel.BASIC, List.of("SW.OPS.MES", "AI")));
            return null;
        });
        MatchingForm kept = asSme.call(() -> matching.form());
        assertEquals(industry, kept.getIndustry());
        assertEquals(SmartLevel.BASIC, kept.getTargetLevel());
        assertEquals(List.of("AI", "SW.OPS.MES"), kept.getSolutions().stream().sorted().toList());

        DomainException order = assertThrows(DomainException.class, () -> asSme.call(() -> {
            matching.save(form(SmartLevel.INTERMEDIATE_1, SmartLevel.BASIC, List.of()));
            return null;
        }));
        assertEquals(List.of("matching.level.order"), order.getMessageKeys());
        assertThrows(DomainException.class, () -> asSme.call(() -> {
            matching.save(form(SmartLevel.NONE, SmartLevel.BASIC, List.of("NO.SUCH.CODE")));
            return null;
        }));
        MatchingForm everythingWrong = form(SmartLevel.INTERMEDIATE_1, SmartLevel.BASIC, List.of("NO.SUCH.CODE"));
        everythingWrong.setIndustry("ZZ");
        DomainException all = assertThrows(DomainException.class, () -> asSme.call(() -> {
            matching.save(everythingWrong);
            return null;
        }));
        assertEquals(List.of(DomainException.Problem.on("industry", "company.industry.unknown"),
                DomainException.Problem.on("targetLevel", "matching.level.order"),
                DomainException.Problem.on("solutions", "profile.speciality.unknown")), all.getProblems(),
                "every problem of the form at once, each on its field");
        MatchingForm after = asSme.call(() -> matching.form());
        assertEquals(SmartLevel.NONE, after.getCurrentLevel());
        assertEquals(SmartLevel.BASIC, after.getTargetLevel());
        assertEquals(industry, after.getIndustry());
    }

    @Test
    void onlySmesGetRecommendations() {
        assertThrows(EJBAccessException.class, () -> asSupplier.call(() -> matching.recommend(10)));
        assertThrows(EJBAccessException.class, () -> matching.recommend(10));
        assertFalse(asSme.call(() -> matching.recommend(10)).items().isEmpty());
    }
}
