package kr.go.smartfactory.supplier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Money;
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

    private static void assertRefused(String key, org.junit.jupiter.api.function.Executable rule) {
        DomainException e = assertThrows(DomainException.class, rule);
        assertEquals(List.of(key), e.getMessageKeys());
    }

    @Test
    void onlySuppliersHaveProfiles() {
        assertRefused("profile.supplierOnly", () -> new SupplierProfile(company(CompanyKind.SME), NOW));
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
        assertRefused("history.year.range",
                () -> profile.addHistory(HistoryKind.VERIFIED, details(2013, SmartLevel.BASIC, SmartLevel.BASIC), "A", NOW));
        assertRefused("history.year.range",
                () -> profile.addHistory(HistoryKind.VERIFIED, details(2027, SmartLevel.BASIC, SmartLevel.BASIC), "A", NOW));
        assertRefused("history.level.order",
                () -> profile.addHistory(HistoryKind.VERIFIED, details(2022, SmartLevel.INTERMEDIATE_1, SmartLevel.BASIC), "A", NOW));
        assertEquals(0, profile.getBuildHistories().size());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "build year {0} at {1} is allowed: {2}")
    @org.junit.jupiter.params.provider.CsvSource({
            "2014, 2026-06-01T00:00:00Z, true",
            "2013, 2026-06-01T00:00:00Z, false",
            "2026, 2026-06-01T00:00:00Z, true",
            "2027, 2026-06-01T00:00:00Z, false",
            // 2026-12-31 15:00 UTC is already 1 January 2027 in Korea
            "2027, 2026-12-31T15:00:00Z, true",
            "2027, 2026-12-31T14:59:59Z, false"})
    void buildYearsRunFromTheProgrammesStartToThisYearInKorea(int year, String now, boolean allowed) {
        SupplierProfile profile = new SupplierProfile(company(CompanyKind.SUPPLIER), NOW);
        org.junit.jupiter.api.function.Executable add =
                () -> profile.addHistory(HistoryKind.VERIFIED, details(year, SmartLevel.BASIC, SmartLevel.BASIC), "A", Instant.parse(now));
        if (allowed) {
            org.junit.jupiter.api.Assertions.assertDoesNotThrow(add);
        } else {
            assertRefused("history.year.range", add);
        }
    }

    @Test
    void aHistoryIsRefusedWithAllItsProblemsAtOnce() {
        SupplierProfile profile = new SupplierProfile(company(CompanyKind.SUPPLIER), NOW);
        BuildHistory.Details wrong = new BuildHistory.Details(AUTO, Region.GYEONGNAM, 2010, Set.of("SW.OPS.MES"), SmartLevel.ADVANCED,
                SmartLevel.BASIC, AmountBand.UNDER_50M, "가".repeat(BuildHistory.MAX_DESCRIPTION + 1));
        kr.go.smartfactory.shared.domain.DomainException refused = org.junit.jupiter.api.Assertions.assertThrows(
                kr.go.smartfactory.shared.domain.DomainException.class,
                () -> profile.addHistory(HistoryKind.SELF_DECLARED, wrong, null, NOW));
        assertEquals(java.util.List.of("year", "levelAfter", "description"), refused.getProblems().stream()
                .map(kr.go.smartfactory.shared.domain.DomainException.Problem::field).toList());
        assertEquals(0, profile.getBuildHistories().size(), "nothing added");
    }

    @Test
    void aProfileIsRefusedWithAllItsProblemsAtOnceAndChangesNothing() {
        SupplierProfile profile = new SupplierProfile(company(CompanyKind.SUPPLIER), NOW);
        profile.describe("https://ok.example.kr", "소개", 2010, java.time.Year.of(2026));
        kr.go.smartfactory.shared.domain.DomainException refused = org.junit.jupiter.api.Assertions.assertThrows(
                kr.go.smartfactory.shared.domain.DomainException.class,
                () -> profile.describe("javascript:alert(1)", "소개", 1800, java.time.Year.of(2026)));
        assertEquals(java.util.Set.of("homepage", "foundedYear"), refused.getProblems().stream()
                .map(kr.go.smartfactory.shared.domain.DomainException.Problem::field).collect(java.util.stream.Collectors.toSet()));
        assertEquals("https://ok.example.kr", profile.getHomepage(), "nothing changed");
        assertEquals(2010, profile.getFoundedYear());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "founded {0} in {1}: allowed {2}")
    @org.junit.jupiter.params.provider.CsvSource({
            "1899, 2026, false", "1900, 2026, true", "2026, 2026, true", "2027, 2026, false", ", 2026, true"})
    void foundedYearRunsFrom1900ToThisYear(Integer founded, int thisYear, boolean allowed) {
        SupplierProfile profile = new SupplierProfile(company(CompanyKind.SUPPLIER), NOW);
        org.junit.jupiter.api.function.Executable describe = () -> profile.describe(null, null, founded, java.time.Year.of(thisYear));
        if (allowed) {
            org.junit.jupiter.api.Assertions.assertDoesNotThrow(describe);
            assertEquals(founded, profile.getFoundedYear());
        } else {
            DomainException e = assertThrows(DomainException.class, describe);
            assertEquals(List.of("profile.founded.invalid"), e.getMessageKeys());
            assertEquals(java.util.Optional.of("foundedYear"), e.getField());
        }
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
        assertRefused("speciality.code.invalid", () -> new Speciality("sw.mes", null, "x", "x", 1));
        assertRefused("speciality.code.invalid", () -> new Speciality("HW.ROBOT", "SW", "x", "x", 1));
        assertRefused("speciality.name.invalid", () -> new Speciality("HW.ROBOT", "HW", " ", "x", 1));
    }

    @Test
    void ratingIsTheRunningMeanOfScores() {
        SupplierProfile profile = new SupplierProfile(company(CompanyKind.SUPPLIER), NOW);
        profile.rate(5);
        profile.rate(4);
        profile.rate(4);
        assertEquals(new BigDecimal("4.33"), profile.getRating());
        assertEquals(3, profile.getRatingCount());
        assertRefused("profile.rating.range", () -> profile.rate(6));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "homepage \"{0}\" allowed: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "https://hanbit.example.kr | true", "HTTP://HANBIT.KR | true", "  https://a.kr/path?x=1  | true",
            "javascript:alert(1) | false", "ftp://files.example.kr | false", "hanbit.example.kr | false",
            "https://a b.kr | false", "https:// | false"})
    void homepageMustBeAWebAddress(String homepage, boolean allowed) {
        SupplierProfile profile = new SupplierProfile(company(CompanyKind.SUPPLIER), NOW);
        if (allowed) {
            profile.describe(homepage, "소개", 2010, java.time.Year.of(2026));
            assertEquals(homepage.strip(), profile.getHomepage());
        } else {
            assertRefused("profile.homepage.invalid", () -> profile.describe(homepage, "소개", 2010, java.time.Year.of(2026)));
            assertEquals(null, profile.getHomepage());
        }
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
        assertEquals(AmountBand.UNDER_50M, AmountBand.of(Money.won(49_999_999)));
        assertEquals(AmountBand.FROM_50M_TO_100M, AmountBand.of(Money.won(50_000_000)));
        assertEquals(AmountBand.OVER_400M, AmountBand.of(Money.won(400_000_000)));
        assertTrue(AmountBand.FROM_100M_TO_200M.contains(Money.won(199_999_999)));
        assertEquals(java.util.Optional.empty(), AmountBand.OVER_400M.below());
        assertRefused("amountBand.negative", () -> AmountBand.of(Money.won(-1)));
    }

    @Test
    void regionsReadCodesAndKoreanNames() {
        assertEquals(Region.GYEONGNAM, Region.parse("경상남도").orElseThrow());
        assertEquals(Region.GYEONGNAM, Region.parse("경남").orElseThrow());
        assertEquals(Region.SEOUL, Region.parse("seoul").orElseThrow());
        assertTrue(Region.parse("화성").isEmpty());
    }
}
