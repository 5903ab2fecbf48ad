package kr.go.smartfactory.supplier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.SmartLevel;

class MatchingProfileTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final IndustryCode AUTO = new IndustryCode("30", "자동차 및 트레일러 제조업", "Motor vehicles", 30);
    private static final IndustryCode FOOD = new IndustryCode("10", "식료품 제조업", "Food", 10);
    private static final Speciality SW = new Speciality("SW", null, "S/W", "Software", 1);
    private static final Speciality OPS = new Speciality("SW.OPS", "SW", "공장운영", "Factory operations", 2);
    private static final Speciality MES = new Speciality("SW.OPS.MES", "SW.OPS", "MES(생산관리시스템)", "MES (manufacturing execution)", 3);
    private static final Speciality ERP = new Speciality("SW.OPS.ERP", "SW.OPS", "ERP(전사적자원관리)", "ERP", 4);
    private static final Speciality AI = new Speciality("AI", null, "AI", "AI", 5);

    private static Company company(CompanyKind kind) {
        return new Company(BusinessRegistrationNumber.of("2208162517"), "(주)한빛정밀", "김한빛", "창원", Region.GYEONGNAM, AUTO, kind, NOW);
    }

    @Test
    void startsFromTheCompanysIndustryAndRegionWithNoIctAimingAtBasic() {
        BuildMatch criteria = MatchingProfile.startingFrom(company(CompanyKind.SME), NOW).criteria();
        assertEquals("30", criteria.industry());
        assertEquals(Region.GYEONGNAM, criteria.region());
        assertEquals(EnumSet.of(SmartLevel.NONE), criteria.levelsBefore());
        assertEquals(EnumSet.range(SmartLevel.BASIC, SmartLevel.ADVANCED), criteria.levelsAfter());
        assertEquals(Set.of(), criteria.solutions());
    }

    @Test
    void onlySmesLookForSuppliers() {
        DomainException e = assertThrows(DomainException.class, () -> MatchingProfile.startingFrom(company(CompanyKind.SUPPLIER), NOW));
        assertEquals("matching.smeOnly", e.getMessageKeys().get(0));
    }

    @Test
    void aMatchingBuildStartsAtOrBelowTheCurrentLevelAndReachesTheTarget() {
        MatchingProfile profile = MatchingProfile.startingFrom(company(CompanyKind.SME), NOW);
        profile.change(FOOD, Region.SEOUL, SmartLevel.BASIC, SmartLevel.INTERMEDIATE_2, Set.of(MES), NOW);
        BuildMatch criteria = profile.criteria();
        assertEquals("10", criteria.industry());
        assertEquals(Region.SEOUL, criteria.region());
        assertEquals(EnumSet.of(SmartLevel.NONE, SmartLevel.BASIC), criteria.levelsBefore());
        assertEquals(EnumSet.of(SmartLevel.INTERMEDIATE_2, SmartLevel.ADVANCED), criteria.levelsAfter());
    }

    @Test
    void theTargetMustLieAboveTheCurrentLevel() {
        MatchingProfile profile = MatchingProfile.startingFrom(company(CompanyKind.SME), NOW);
        DomainException same = assertThrows(DomainException.class,
                () -> profile.change(AUTO, Region.GYEONGNAM, SmartLevel.BASIC, SmartLevel.BASIC, Set.of(), NOW));
        assertEquals("matching.level.order", same.getMessageKeys().get(0));
        assertThrows(DomainException.class,
                () -> profile.change(AUTO, Region.GYEONGNAM, SmartLevel.INTERMEDIATE_2, SmartLevel.BASIC, Set.of(), NOW));
        assertEquals(SmartLevel.BASIC, profile.getTargetLevel(), "a refused change changes nothing");
    }

    @Test
    void aWantedParentSolutionStandsForEverythingUnderIt() {
        Map<String, Speciality> tree = new LinkedHashMap<>();
        for (Speciality s : new Speciality[] {SW, OPS, MES, ERP, AI}) {
            tree.put(s.getCode(), s);
        }
        MatchingProfile profile = MatchingProfile.startingFrom(company(CompanyKind.SME), NOW);
        profile.change(AUTO, Region.GYEONGNAM, SmartLevel.NONE, SmartLevel.BASIC, Set.of(OPS, AI), NOW);
        assertEquals(Set.of("SW.OPS", "SW.OPS.MES", "SW.OPS.ERP", "AI"), profile.criteria().solutionsWithDescendants(tree));
    }

    @Test
    void aSupplierRanksByItsBestKindOfMatch() {
        BuildMatch.Counts local = new BuildMatch.Counts(4, 9, 12, 20, 15, 40);
        assertEquals(BuildMatch.Tier.REGION_INDUSTRY_SOLUTION_LEVEL, local.tier());
        assertEquals(4, local.count());
        BuildMatch.Counts elsewhere = new BuildMatch.Counts(0, 3, 12, 20, 15, 40);
        assertEquals(BuildMatch.Tier.INDUSTRY_SOLUTION_LEVEL, elsewhere.tier());
        assertEquals(3, elsewhere.count());
        assertEquals(BuildMatch.Tier.INDUSTRY_SOLUTION, new BuildMatch.Counts(0, 0, 2, 5, 3, 9).tier());
        assertEquals(BuildMatch.Tier.INDUSTRY, new BuildMatch.Counts(0, 0, 0, 5, 0, 9).tier());
        BuildMatch.Counts solutionOnly = new BuildMatch.Counts(0, 0, 0, 0, 7, 9);
        assertEquals(BuildMatch.Tier.SOLUTION, solutionOnly.tier());
        assertEquals(7, solutionOnly.count());
    }

    @Test
    void shortNamesForCompactText() {
        assertEquals("MES", MES.shortName(java.util.Locale.KOREAN));
        assertEquals("AI", AI.shortName(java.util.Locale.KOREAN));
        assertEquals("식료품 제조업", FOOD.shortName(java.util.Locale.KOREAN), "no short name set: the full name");
    }

    @Test
    void atMostTenSolutions() {
        MatchingProfile profile = MatchingProfile.startingFrom(company(CompanyKind.SME), NOW);
        Set<Speciality> many = new java.util.HashSet<>();
        for (int i = 0; i < 11; i++) {
            many.add(new Speciality("X" + i, null, "x" + i, "x" + i, i));
        }
        assertThrows(DomainException.class, () -> profile.change(AUTO, Region.GYEONGNAM, SmartLevel.NONE, SmartLevel.BASIC, many, NOW));
    }
}
