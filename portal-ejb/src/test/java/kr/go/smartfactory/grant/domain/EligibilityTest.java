package kr.go.smartfactory.grant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.program.domain.Announcement;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.program.domain.RequiredDocument;
import kr.go.smartfactory.sanction.domain.Sanction;
import kr.go.smartfactory.shared.domain.SmartLevel;

class EligibilityTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    static final Instant NOW = Rounds.DURING;
    static final BusinessRegistrationNumber BRN = BusinessRegistrationNumber.of("2208162517");

    /** Content that passes every rule of the 기초 round. */
    static ApplicationContent good() {
        return content(SmartLevel.NONE, SmartLevel.BASIC, 6, null,
                List.of(line(50_000_000, 50_000_000, 0)), EnumSet.of(RequiredDocument.BUSINESS_PLAN, RequiredDocument.TAX_CLEARANCE));
    }

    static ApplicationContent.Line line(long g, long c, long p) {
        return new ApplicationContent.Line(BudgetCategory.SOFTWARE, "MES", g, c, p);
    }

    static ApplicationContent content(SmartLevel current, SmartLevel target, Integer months, String security,
            List<ApplicationContent.Line> lines, Set<RequiredDocument> documents) {
        return new ApplicationContent(current, LevelSource.CERTIFIED, target, 7L, "스마트솔루션(주)", "123-45-67890",
                Participation.CONFIRMED, "목표", "공정", "MES", security, months, lines,
                documents.stream().map(d -> new ApplicationContent.Document(d, d.ordinal() + 1L, d + ".pdf")).toList());
    }

    static List<EligibilityItem> check(Announcement a, ApplicationContent c) {
        return Eligibility.check(a, Region.GYEONGNAM, c, List.of(), List.of(), TODAY);
    }

    static EligibilityItem item(List<EligibilityItem> items, EligibilityRule rule) {
        return items.stream().filter(i -> i.getRule() == rule).findFirst().orElseThrow();
    }

    @Test
    void goodContentPassesEveryRuleInChecklistOrder() {
        List<EligibilityItem> items = check(Rounds.basicRound(), good());
        assertEquals(List.of(EligibilityRule.values()), items.stream().map(EligibilityItem::getRule).toList());
        assertTrue(items.stream().allMatch(EligibilityItem::isPassed), () -> items.stream().filter(i -> !i.isPassed())
                .map(EligibilityItem::getReasonKey).toList().toString());
    }

    @ParameterizedTest(name = "기초 {0}+{1}+{2} won: cap {3}, shares {4}")
    @CsvSource({
            "50000000, 50000000, 0, true, true",      // exactly the cap and exactly half
            "50000001, 50000000, 0, false, false",    // one won above the cap and above half
            "50000000, 50000001, 0, true, true",      // company above half is fine
            "25000000, 24999999, 0, false, false",    // government one won above half of 49,999,999
            "25000000, 25000000, 0, true, true",
            "0, 1000, 0, true, true",                 // no grant at all is within the cap
            "49999999, 49999999, 1, true, false",     // a partner amount where the round foresees none
            "0, 0, 0, false, false"})                 // no budget fails both
    void grantCapAndSharesToTheWon(long g, long c, long p, boolean capOk, boolean sharesOk) {
        ApplicationContent content = content(SmartLevel.NONE, SmartLevel.BASIC, 6, null, List.of(line(g, c, p)),
                EnumSet.of(RequiredDocument.BUSINESS_PLAN, RequiredDocument.TAX_CLEARANCE));
        List<EligibilityItem> items = check(Rounds.basicRound(), content);
        assertEquals(capOk, item(items, EligibilityRule.GRANT_CAP).isPassed());
        assertEquals(sharesOk, item(items, EligibilityRule.SHARES).isPassed());
    }

    @ParameterizedTest(name = "상생형 {0}+{1}+{2}: shares {3}")
    @CsvSource({
            "30000000, 40000000, 30000000, true",     // each exactly at its bound
            "30000000, 40000001, 29999999, false",    // company a won above 40 %, partner below 30 %
            "29999999, 40000000, 30000001, true",
            "30000001, 39999999, 30000000, true"})     // government above 30 % is the cap rule's, not the shares'
    void winWinSharesIncludeThePartner(long g, long c, long p, boolean ok) {
        Announcement a = Rounds.open(ProgramType.WIN_WIN, Rounds.winWin(), Set.of());
        ApplicationContent content = content(SmartLevel.NONE, SmartLevel.BASIC, 6, null, List.of(line(g, c, p)),
                EnumSet.of(RequiredDocument.BUSINESS_PLAN, RequiredDocument.TAX_CLEARANCE));
        assertEquals(ok, item(check(a, content), EligibilityRule.SHARES).isPassed());
    }

    @Test
    void governmentAboveItsShareFailsTheCapRuleWithTheAllowedAmount() {
        Announcement a = Rounds.open(ProgramType.WIN_WIN, Rounds.winWin(), Set.of());
        ApplicationContent content = content(SmartLevel.NONE, SmartLevel.BASIC, 6, null, List.of(line(30_000_001, 39_999_999, 30_000_000)),
                EnumSet.of(RequiredDocument.BUSINESS_PLAN, RequiredDocument.TAX_CLEARANCE));
        EligibilityItem cap = item(check(a, content), EligibilityRule.GRANT_CAP);
        assertFalse(cap.isPassed());
        assertEquals("eligibility.GRANT_CAP.exceeded", cap.getReasonKey());
        assertEquals(List.of("30,000,001", "30,000,000"), cap.getReasonValues());
    }

    @ParameterizedTest(name = "{0} → {1} in {2}: {3}")
    @CsvSource({
            "NONE, BASIC, BASIC, pass",
            "BASIC, BASIC, BASIC, current",
            "NONE, INTERMEDIATE_1, BASIC, target",
            "BASIC, INTERMEDIATE_1, ADVANCED_1, pass",
            "INTERMEDIATE_1, INTERMEDIATE_1, ADVANCED_1, notAbove",
            "INTERMEDIATE_1, INTERMEDIATE_2, ADVANCED_1, pass"})
    void levelsAllowedByTheProgramme(SmartLevel current, SmartLevel target, ProgramType type, String outcome) {
        Announcement a = type == ProgramType.BASIC ? Rounds.basicRound() : Rounds.open(type, Rounds.advanced1(), Set.of());
        ApplicationContent content = content(current, target, 6, "보안솔루션", List.of(line(50_000_000, 50_000_000, 0)),
                EnumSet.of(RequiredDocument.BUSINESS_PLAN, RequiredDocument.TAX_CLEARANCE));
        EligibilityItem levels = item(check(a, content), EligibilityRule.LEVELS);
        assertEquals("eligibility.LEVELS." + outcome, levels.getReasonKey());
    }

    @Test
    void reapplicationAllowsTheSameLevel() {
        Announcement a = Rounds.open(ProgramType.REAPPLICATION, Rounds.advanced1(), Set.of());
        ApplicationContent content = content(SmartLevel.INTERMEDIATE_1, SmartLevel.INTERMEDIATE_1, 6, "보안",
                List.of(line(50_000_000, 50_000_000, 0)), EnumSet.of(RequiredDocument.BUSINESS_PLAN, RequiredDocument.TAX_CLEARANCE));
        assertTrue(item(check(a, content), EligibilityRule.LEVELS).isPassed());
    }

    @ParameterizedTest(name = "target {0}, security ''{1}'': {2}")
    @CsvSource({"INTERMEDIATE_1, , false", "INTERMEDIATE_1, 보안 솔루션 A, true", "INTERMEDIATE_2, '  ', false",
            "INTERMEDIATE_2, 방화벽, true"})
    void securitySolutionFromTheRulesLevel(SmartLevel target, String security, boolean ok) {
        Announcement a = Rounds.open(ProgramType.ADVANCED_1, Rounds.advanced1(), Set.of());
        ApplicationContent content = content(SmartLevel.BASIC, target, 6, security, List.of(line(50_000_000, 50_000_000, 0)),
                EnumSet.of(RequiredDocument.BUSINESS_PLAN, RequiredDocument.TAX_CLEARANCE));
        assertEquals(ok, item(check(a, content), EligibilityRule.SECURITY_SOLUTION).isPassed());
    }

    @Test
    void aBasicTargetNeedsNoSecuritySolution() {
        assertTrue(item(check(Rounds.basicRound(), good()), EligibilityRule.SECURITY_SOLUTION).isPassed());
    }

    @ParameterizedTest(name = "{0} months: {1}")
    @CsvSource({"2, false", "3, true", "9, true", "10, false"})
    void buildPeriodWithinTheRulesMonths(int months, boolean ok) {
        ApplicationContent content = content(SmartLevel.NONE, SmartLevel.BASIC, months, null, List.of(line(1, 1, 0)),
                EnumSet.of(RequiredDocument.BUSINESS_PLAN, RequiredDocument.TAX_CLEARANCE));
        assertEquals(ok, item(check(Rounds.basicRound(), content), EligibilityRule.BUILD_PERIOD).isPassed());
    }

    @Test
    void missingDocumentsAreNamed() {
        ApplicationContent content = content(SmartLevel.NONE, SmartLevel.BASIC, 6, null, List.of(line(1, 1, 0)),
                EnumSet.of(RequiredDocument.TAX_CLEARANCE, RequiredDocument.FINANCIAL_STATEMENTS));
        EligibilityItem docs = item(check(Rounds.basicRound(), content), EligibilityRule.DOCUMENTS);
        assertFalse(docs.isPassed());
        assertEquals(List.of("requiredDocument.BUSINESS_PLAN"), docs.getReasonValues());
    }

    @Test
    void anUnconfirmedSupplierFails() {
        ApplicationContent c = good();
        ApplicationContent requested = new ApplicationContent(c.currentLevel(), c.levelSource(), c.targetLevel(), 7L, "스마트솔루션(주)",
                null, Participation.REQUESTED, c.goals(), c.processes(), c.solutions(), null, 6, c.budget(), c.documents());
        assertEquals("eligibility.SUPPLIER.unconfirmed", item(check(Rounds.basicRound(), requested), EligibilityRule.SUPPLIER).getReasonKey());
    }

    @ParameterizedTest(name = "regions {0}, company in GYEONGNAM: {1}")
    @CsvSource({"'', true", "GYEONGNAM, true", "SEOUL, false"})
    void regionOfTheAnnouncement(String region, boolean ok) {
        Set<Region> regions = region.isEmpty() ? Set.of() : Set.of(Region.valueOf(region));
        Announcement a = Rounds.open(ProgramType.BASIC, Rounds.basic(), regions);
        assertEquals(ok, item(check(a, good()), EligibilityRule.REGION).isPassed());
    }

    @ParameterizedTest(name = "ban {0}..{1}, lifted {2}: banned on 2026-12-10 {3}")
    @CsvSource({
            "2024-01-01, 2026-12-10, false, true",     // last day inclusive
            "2024-01-01, 2026-12-09, false, false",
            "2026-12-10, 2029-12-09, false, true",     // first day inclusive
            "2026-12-11, 2029-12-10, false, false",
            "2020-01-01, , false, true",               // permanent
            "2024-01-01, 2027-12-31, true, false"})    // lifted
    void participationBanOnTheDay(LocalDate from, LocalDate to, boolean lifted, boolean banned) {
        Sanction ban = Sanction.participationBan(BRN, "(주)한빛정밀", from, to, "허위 구축", "CASE-2024-001", NOW);
        if (lifted) {
            ban.lift("행정심판 인용", NOW);
        }
        List<EligibilityItem> items = Eligibility.check(Rounds.basicRound(), Region.GYEONGNAM, good(), List.of(ban), List.of(), TODAY);
        EligibilityItem item = item(items, EligibilityRule.PARTICIPATION_BAN);
        assertEquals(!banned, item.isPassed());
        if (banned) {
            assertEquals(to == null ? "eligibility.PARTICIPATION_BAN.permanent" : "eligibility.PARTICIPATION_BAN.until", item.getReasonKey());
            assertTrue(item.getReasonValues().contains("CASE-2024-001"));
        }
    }

    @ParameterizedTest(name = "{0}: earlier {1} support {2}..{3} → {4}")
    @CsvSource({
            "BASIC, BASIC, 2019-03-01, 2019-12-31, earlier",          // same level once is enough outside re-application
            "BASIC, INTERMEDIATE_1, 2019-03-01, 2019-12-31, pass",    // another level is no duplicate
            "REAPPLICATION, BASIC, 2019-03-01, 2019-12-31, pass",     // re-application: an ended support is allowed
            "REAPPLICATION, BASIC, 2026-03-01, 2026-12-10, running",  // one still running on the day (last day inclusive)
            "REAPPLICATION, BASIC, 2026-03-01, 2026-12-09, pass"})
    void duplicateSupportByLevelAndPeriod(ProgramType type, SmartLevel level, LocalDate from, LocalDate to, String outcome) {
        Announcement a = type == ProgramType.BASIC ? Rounds.basicRound()
                : Rounds.open(type, Rounds.basic().toBuilder().currentLevels(EnumSet.of(SmartLevel.NONE, SmartLevel.BASIC)).build(), Set.of());
        ApplicationContent content = type == ProgramType.BASIC ? good()
                : content(SmartLevel.BASIC, SmartLevel.BASIC, 6, null, List.of(line(1, 1, 0)),
                        EnumSet.of(RequiredDocument.BUSINESS_PLAN, RequiredDocument.TAX_CLEARANCE));
        List<SupportRecord> supports = List.of(new SupportRecord("LEGACY-2019-0042", level, from, to, false));
        EligibilityItem item = item(Eligibility.check(a, Region.GYEONGNAM, content, List.of(), supports, TODAY),
                EligibilityRule.DUPLICATE_SUPPORT);
        assertEquals("eligibility.DUPLICATE_SUPPORT." + outcome, item.getReasonKey());
    }

    @Test
    void anotherSubmittedApplicationAtTheSameLevelIsADuplicate() {
        List<SupportRecord> supports = List.of(new SupportRecord("SF-2026-000001", SmartLevel.BASIC, null, null, true));
        EligibilityItem item = item(Eligibility.check(Rounds.basicRound(), Region.GYEONGNAM, good(), List.of(), supports, TODAY),
                EligibilityRule.DUPLICATE_SUPPORT);
        assertEquals("eligibility.DUPLICATE_SUPPORT.pending", item.getReasonKey());
        assertEquals(List.of("SF-2026-000001"), item.getReasonValues());
    }

    @Test
    void onlyWhatTheApplicantCanPutRightBlocksSubmission() {
        assertEquals(EnumSet.of(EligibilityRule.PARTICIPATION_BAN, EligibilityRule.DUPLICATE_SUPPORT),
                EnumSet.copyOf(java.util.Arrays.stream(EligibilityRule.values()).filter(r -> !r.blocksSubmission()).toList()));
    }
}
