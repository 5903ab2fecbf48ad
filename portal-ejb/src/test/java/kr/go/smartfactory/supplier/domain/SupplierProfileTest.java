package kr.go.smartfactory.supplier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.go.smartfactory.account.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.account.domain.Company;
import kr.go.smartfactory.account.domain.CompanyKind;
import kr.go.smartfactory.account.domain.IndustryCode;
import kr.go.smartfactory.account.domain.Region;
import kr.go.smartfactory.shared.domain.SmartLevel;

class SupplierProfileTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final IndustryCode AUTO = new IndustryCode("30", "자동차", "Motor vehicles", 30);

    private static Company company(CompanyKind kind) {
        return new Company(BusinessRegistrationNumber.of("2208162517"), "한빛오토메이션(주)", "김한빛", "창원", Region.GYEONGNAM,
                new IndustryCode("62", "SW", "SW", 62), kind, NOW);
    }

    private static BuildHistory.Details details(int year, SmartLevel before, SmartLevel after) {
        return new BuildHistory.Details(AUTO, Region.GYEONGNAM, year, Set.of("SW.OPS.MES"), before, after,
                AmountBand.FROM_100M_TO_200M, "자동차부품 MES 구축");
    }

    @Test
    void onlySuppliersHaveProfiles() {
        assertThrows(IllegalArgumentException.class, () -> new SupplierProfile(company(CompanyKind.SME), NOW));
    }

    @Test
    void verifiedBuildsCountOnlyVerifiedHistories() {
        SupplierProfile profile = new SupplierProfile(company(CompanyKind.SUPPLIER), NOW);
        profile.addHistory(HistoryKind.VERIFIED, details(2021, SmartLevel.BASIC, SmartLevel.INTERMEDIATE_1), "A", NOW);
        profile.addHistory(HistoryKind.SELF_DECLARED, details(2022, SmartLevel.BASIC, SmartLevel.BASIC), "B", NOW);
        BuildHistory third = profile.addHistory(HistoryKind.SELF_DECLARED, details(2023, SmartLevel.NONE, SmartLevel.BASIC), "C", NOW);
        assertEquals(1, profile.getVerifiedBuilds());
        third.classify(HistoryKind.VERIFIED);
        assertEquals(2, profile.getVerifiedBuilds());
        assertEquals(List.of("자동차부품 MES 구축", "자동차부품 MES 구축", "자동차부품 MES 구축"), profile.getHistoryText());
    }

    @Test
    void historiesRefuseImpossibleYearsAndLevelsGoingDown() {
        SupplierProfile profile = new SupplierProfile(company(CompanyKind.SUPPLIER), NOW);
        assertThrows(IllegalArgumentException.class,
                () -> profile.addHistory(HistoryKind.VERIFIED, details(2013, SmartLevel.BASIC, SmartLevel.BASIC), "A", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> profile.addHistory(HistoryKind.VERIFIED, details(2027, SmartLevel.BASIC, SmartLevel.BASIC), "A", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> profile.addHistory(HistoryKind.VERIFIED, details(2022, SmartLevel.INTERMEDIATE_1, SmartLevel.BASIC), "A", NOW));
    }

    @Test
    void specialityPathsIncludeAncestorsForFilteringByAParent() {
        SupplierProfile profile = new SupplierProfile(company(CompanyKind.SUPPLIER), NOW);
        profile.offer(Set.of(new Speciality("SW.OPS.MES", "SW.OPS", "MES", "MES", 12), new Speciality("AI", null, "AI", "AI", 31)),
                Set.of(Region.GYEONGNAM), Set.of(AUTO));
        assertEquals(Set.of("SW", "SW.OPS", "SW.OPS.MES", "AI"), profile.getSpecialityPaths());
    }

    @Test
    void specialityCodesAreDottedPathsUnderTheirParent() {
        assertThrows(IllegalArgumentException.class, () -> new Speciality("sw.mes", null, "x", "x", 1));
        assertThrows(IllegalArgumentException.class, () -> new Speciality("HW.ROBOT", "SW", "x", "x", 1));
    }

    @Test
    void ratingIsTheRunningMeanOfScores() {
        SupplierProfile profile = new SupplierProfile(company(CompanyKind.SUPPLIER), NOW);
        profile.rate(5);
        profile.rate(4);
        profile.rate(4);
        assertEquals(new BigDecimal("4.33"), profile.getRating());
        assertEquals(3, profile.getRatingCount());
        assertThrows(IllegalArgumentException.class, () -> profile.rate(6));
    }

    @Test
    void homepageMustBeAWebAddress() {
        SupplierProfile profile = new SupplierProfile(company(CompanyKind.SUPPLIER), NOW);
        assertThrows(IllegalArgumentException.class, () -> profile.describe("javascript:alert(1)", null, null));
        profile.describe("https://hanbit.example.kr", "소개", 2010);
        assertEquals("https://hanbit.example.kr", profile.getHomepage());
    }

    @Test
    void keyPersonnelNamesAreMaskedForPublicPages() {
        assertEquals("김*수", KeyPerson.mask("김민수"));
        assertEquals("남***호", KeyPerson.mask("남궁민석호"));
        assertEquals("이*", KeyPerson.mask("이수"));
        assertEquals("J********h", KeyPerson.mask("John Smith"));
        assertEquals("", KeyPerson.mask(" "));
    }

    @Test
    void amountBandsHaveExactBounds() {
        assertEquals(AmountBand.UNDER_50M, AmountBand.of(new BigDecimal("49999999")));
        assertEquals(AmountBand.FROM_50M_TO_100M, AmountBand.of(new BigDecimal("50000000")));
        assertEquals(AmountBand.OVER_400M, AmountBand.of(new BigDecimal("400000000")));
        assertTrue(AmountBand.FROM_100M_TO_200M.contains(new BigDecimal("199999999.99")));
        assertThrows(IllegalArgumentException.class, () -> AmountBand.of(new BigDecimal("-1")));
    }

    @Test
    void regionsReadCodesAndKoreanNames() {
        assertEquals(Region.GYEONGNAM, Region.parse("경상남도").orElseThrow());
        assertEquals(Region.GYEONGNAM, Region.parse("경남").orElseThrow());
        assertEquals(Region.SEOUL, Region.parse("seoul").orElseThrow());
        assertTrue(Region.parse("화성").isEmpty());
    }
}
