package kr.go.smartfactory.program.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.DomainException.Problem;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.SmartLevel;

/** The 2022 round's rules (PRODUCT.md C3) at their edges, to the won. */
class GrantRulesTest {

    /** 기초: cap ₩50,000,000 at ≤ 50 % government share, the company at least 50 %. */
    static GrantRules basic() {
        return GrantRules.builder().currentLevels(EnumSet.of(SmartLevel.NONE)).targetLevels(EnumSet.of(SmartLevel.BASIC))
                .grantCap(Money.won(50_000_000)).maxGovernmentShare(new BigDecimal("50")).minCompanyShare(new BigDecimal("50"))
                .buildMonths(3, 9).intensiveAsMonths(6).shortlistFactor(new BigDecimal("1.5")).objectionDays(7).build();
    }

    /** 고도화1: cap ₩200,000,000, security solution from 중간1. */
    static GrantRules advanced1() {
        return basic().toBuilder().currentLevels(EnumSet.of(SmartLevel.BASIC, SmartLevel.INTERMEDIATE_1))
                .targetLevels(EnumSet.of(SmartLevel.INTERMEDIATE_1, SmartLevel.INTERMEDIATE_2))
                .grantCap(Money.won(200_000_000)).securityRequiredFrom(SmartLevel.INTERMEDIATE_1).build();
    }

    /** 상생형: government ≤ 30 %, partner ≥ 30 %, company ≤ 40 %. */
    static GrantRules winWin() {
        return basic().toBuilder().grantCap(Money.won(100_000_000)).maxGovernmentShare(new BigDecimal("30"))
                .minCompanyShare(BigDecimal.ZERO).maxCompanyShare(new BigDecimal("40")).minPartnerShare(new BigDecimal("30")).build();
    }

    @ParameterizedTest(name = "기초, total {0}: at most {1} won of grant")
    @CsvSource({
            "100000000, 50000000",   // exactly half is the cap
            "100000002, 50000000",   // half is above the cap: the cap
            "99999999, 49999999",    // 49,999,999.5 cut to whole won downwards
            "99999998, 49999999",
            "1, 0",                  // half a won is no won
            "0, 0"})
    void theLargestGrantIsTheCapOrTheShareCutToWholeWon(long total, long grant) {
        assertEquals(Money.won(grant), basic().maximumGrant(Money.won(total)));
    }

    @ParameterizedTest(name = "기초: government {0}, company {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "50000000 | 50000000 | ",                                   // the cap at exactly 50 %
            "50000001 | 50000001 | grant.cap.exceeded",                 // one won above the cap
            "49999999 | 49999998 | grant.government.share grant.company.share.min",  // one won above half
            "49999999 | 49999999 | ",                                   // exactly half
            "30000000 | 70000000 | ",
            "0 | 1000 | "})
    void fundingIsCheckedExactlyToTheWon(long government, long company, String expected) {
        List<Problem> problems = basic().checkFunding(new Funding(Money.won(government), Money.won(company), Money.ZERO));
        assertEquals(expected == null ? List.of() : List.of(expected.split(" ")), problems.stream().map(Problem::messageKey).toList());
    }

    @ParameterizedTest(name = "상생형: government {0}, company {1}, partner {2} → {3}")
    @CsvSource(delimiter = '|', value = {
            "30000000 | 40000000 | 30000000 | ",
            "30000001 | 39999999 | 30000000 | grant.government.share",
            "30000000 | 40000001 | 29999999 | grant.company.share.max grant.partner.share.min",
            "20000000 | 30000000 | 50000000 | ",
            "100000001 | 0 | 300000000 | grant.cap.exceeded"})
    void winWinNeedsThePartnersShare(long government, long company, long partner, String expected) {
        List<Problem> problems = winWin().checkFunding(new Funding(Money.won(government), Money.won(company), Money.won(partner)));
        assertEquals(expected == null ? List.of() : List.of(expected.split(" ")), problems.stream().map(Problem::messageKey).toList());
    }

    @Test
    void eachProblemNamesTheAmountItIsAbout() {
        assertEquals(List.of(Problem.on("government", "grant.cap.exceeded"), Problem.on("partner", "grant.partner.none")),
                basic().checkFunding(new Funding(Money.won(60_000_000), Money.won(60_000_001), Money.won(1))));
        assertEquals(List.of(Problem.general("grant.total.required")),
                basic().checkFunding(new Funding(Money.ZERO, Money.ZERO, Money.ZERO)));
        assertEquals(List.of(Problem.general("grant.amount.negative")),
                basic().checkFunding(new Funding(Money.won(-1), Money.won(10), Money.ZERO)));
    }

    @ParameterizedTest(name = "고도화1: {0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "BASIC | INTERMEDIATE_1 | ",
            "INTERMEDIATE_1 | INTERMEDIATE_2 | ",
            "NONE | INTERMEDIATE_1 | grant.level.current",
            "BASIC | BASIC | grant.level.target",
            "NONE | ADVANCED | grant.level.current grant.level.target"})
    void levelsAreThoseTheRoundAccepts(SmartLevel current, SmartLevel target, String expected) {
        List<Problem> problems = advanced1().checkLevels(current, target);
        assertEquals(expected == null ? List.of() : List.of(expected.split(" ")), problems.stream().map(Problem::messageKey).toList());
    }

    @Test
    void aSecuritySolutionIsRequiredFromTheStatedLevelOn() {
        assertFalse(advanced1().requiresSecuritySolution(SmartLevel.BASIC));
        assertTrue(advanced1().requiresSecuritySolution(SmartLevel.INTERMEDIATE_1));
        assertTrue(advanced1().requiresSecuritySolution(SmartLevel.ADVANCED));
        assertFalse(basic().requiresSecuritySolution(SmartLevel.ADVANCED), "기초 never requires one");
    }

    @ParameterizedTest(name = "build of {0} months allowed: {1}")
    @CsvSource({"2, false", "3, true", "9, true", "10, false"})
    void theBuildPeriodIsWithinItsBounds(int months, boolean allowed) {
        assertEquals(allowed, basic().allowsBuildMonths(months));
    }

    @Test
    void inconsistentRulesAreRefusedWithEveryProblemOnItsField() {
        DomainException refused = assertThrows(DomainException.class, () -> GrantRules.builder()
                .grantCap(Money.ZERO).maxGovernmentShare(new BigDecimal("101")).minCompanyShare(new BigDecimal("60"))
                .maxCompanyShare(new BigDecimal("50")).minPartnerShare(new BigDecimal("50")).buildMonths(9, 3)
                .intensiveAsMonths(-1).shortlistFactor(new BigDecimal("0.5")).objectionDays(0).build());
        assertEquals(Set.of("currentLevels", "targetLevels", "grantCap", "maxGovernmentShare", "maxCompanyShare", "minPartnerShare",
                "buildMonthsMax", "intensiveAsMonths", "shortlistFactor", "objectionDays"),
                Set.copyOf(refused.getProblems().stream().map(Problem::field).toList()));
    }

    @Test
    void targetsAllBelowTheCurrentLevelsAreRefusedButTheSameLevelIsARoundOfItsOwn() {
        assertEquals(List.of(Problem.on("targetLevels", "rules.levels.target.below")), basic().toBuilder()
                .currentLevels(EnumSet.of(SmartLevel.INTERMEDIATE_1)).targetLevels(EnumSet.of(SmartLevel.BASIC)).problems());
        assertEquals(List.of(), basic().toBuilder().currentLevels(EnumSet.of(SmartLevel.BASIC))
                .targetLevels(EnumSet.of(SmartLevel.BASIC)).problems(), "동일수준 재신청");
    }

    @Test
    void sharesThatNoFundingCouldMeetAreRefused() {
        assertEquals(List.of(Problem.on("maxCompanyShare", "rules.share.unreachable")), basic().toBuilder()
                .maxGovernmentShare(new BigDecimal("30")).minCompanyShare(BigDecimal.ZERO).maxCompanyShare(new BigDecimal("40")).problems(),
                "30 % + 40 % without a partner never makes 100 %");
    }

    @Test
    void equalRulesAreEqualWhateverTheScaleOfTheirPercentages() {
        assertEquals(basic(), basic().toBuilder().maxGovernmentShare(new BigDecimal("50.00")).build());
        assertFalse(basic().equals(advanced1()));
    }
}
