package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.application.FacetValue;
import kr.go.smartfactory.supplier.application.ImportRejected;
import kr.go.smartfactory.supplier.application.ImportReport;
import kr.go.smartfactory.supplier.application.SupplierHit;
import kr.go.smartfactory.supplier.application.SupplierImport;
import kr.go.smartfactory.supplier.application.SupplierPage;
import kr.go.smartfactory.supplier.application.SupplierQuery;
import kr.go.smartfactory.supplier.application.SupplierSearch;

/**
 * The supplier directory end to end on the real server: CSV import (all-or-nothing, idempotent), then the
 * search box with Nori, bigrams, 초성 and typos, facets, filters, sorting, paging and highlights. Every
 * supplier here carries a marker word unique to the test run, so searches see only this run's data.
 */
@ExtendWith(ArquillianExtension.class)
class SupplierDirectoryIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClass(AsAdmin.class);
    }

    @Inject
    private SupplierImport imports;

    @Inject
    private SupplierSearch search;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private kr.go.smartfactory.supplier.application.SearchIndexMaintenance maintenance;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager em;

    @jakarta.annotation.Resource
    private jakarta.transaction.UserTransaction transaction;

    private String marker;
    private String mes;
    private String vision;
    private String erp;

    @BeforeEach
    void importDirectory() {
        // letters only: one token, unlike a mix of letters and digits
        marker = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").replace('a', 'x') + "zq";
        mes = TestData.brn();
        vision = TestData.brn();
        erp = TestData.brn();
        String suppliers = "registration_number,name,ceo,address,region,industry,founded_year,homepage,specialities,regions_served,introduction\n"
                + mes + ",한빛오토메이션(주),김한빛,경남 창원시 성산구,경상남도,62,2010,https://hanbit.example,SW.OPS.MES;SW.OPS.POP,GYEONGNAM;BUSAN,\"" + marker + " 자동차부품 MES 전문\"\n"
                + vision + ",비전검사테크(주),이비전,경기 성남시 분당구,GYEONGGI,62,2015,,HW.VISION;AI,GYEONGGI,\"" + marker + " 딥러닝 외관 검사\"\n"
                + erp + ",바른경영정보(주),박바른,서울 구로구,서울,62,,,SW.OPS.ERP;SW.OPS.SCM,SEOUL;GYEONGGI,\"" + marker + " 중소기업 ERP\"\n";
        ImportReport report = asAdmin.call(() -> imports.importSuppliers(suppliers));
        assertEquals(new ImportReport(3, 3, 0), report);

        String histories = "supplier_registration_number,ref,kind,client_industry,client_region,year,solutions,level_before,level_after,amount_band,description\n"
                + mes + ",M-1,VERIFIED,30,GYEONGNAM,2021,SW.OPS.MES,BASIC,INTERMEDIATE_1,FROM_100M_TO_200M,자동차부품 스마트 공장 구축으로 불량률이 30% 줄었다\n"
                + mes + ",M-2,VERIFIED,30,GYEONGNAM,2022,SW.OPS.MES;SW.OPS.POP,INTERMEDIATE_1,INTERMEDIATE_2,FROM_200M_TO_400M,POP 연계 실시간 생산 모니터링\n"
                + mes + ",M-3,SELF_DECLARED,29,BUSAN,2023,SW.OPS.MES,BASIC,BASIC,UNDER_50M,\"SCM 협력사와의 납기 연동 <script>alert(1)</script>\"\n"
                + vision + ",V-1,VERIFIED,26,GYEONGGI,2020,HW.VISION,BASIC,INTERMEDIATE_1,FROM_50M_TO_100M,반도체 부품 비전검사 자동화\n"
                + erp + ",E-1,SELF_DECLARED,25,SEOUL,2019,SW.OPS.ERP,NONE,BASIC,UNDER_50M,금형 업체 ERP 도입\n";
        assertEquals(new ImportReport(5, 5, 0), asAdmin.call(() -> imports.importBuildHistories(histories)));
    }

    private SupplierPage find(String text) {
        return search.search(SupplierQuery.text(marker + " " + text));
    }

    private Set<String> names(SupplierPage page) {
        return page.items().stream().map(SupplierHit::name).collect(Collectors.toSet());
    }

    private SupplierPage query(String text, Region region, String speciality, String industry, SmartLevel level,
            Integer from, Integer to, boolean verified, SupplierQuery.Sort sort, int page, int size) {
        return search.search(new SupplierQuery(marker + (text == null ? "" : " " + text), region, speciality, industry,
                level, null, null, from, to, verified, sort, page, size));
    }

    @Test
    void koreanMorphologyParticlesAndSpacing() {
        assertEquals(Set.of("한빛오토메이션(주)"), names(find("스마트공장구축")), "compound finds the spaced words");
        assertEquals(Set.of("한빛오토메이션(주)"), names(find("불량률")), "particle 이 does not stop the match");
        assertEquals(0, find("가동률").total(), "불량률 is no match for 가동률: a word's parts are all required");
        assertEquals(Set.of("한빛오토메이션(주)"), names(find("협력사")), "substring inside 협력사와의 through bigrams");
        assertEquals(Set.of("한빛오토메이션(주)"), names(find("한빛")), "determiner-like first syllable of a name is kept");
    }

    @Test
    void acronymsTyposAndInitials() {
        assertEquals(Set.of("한빛오토메이션(주)"), names(find("MES")));
        assertEquals(Set.of("한빛오토메이션(주)"), names(find("mes")));
        assertEquals(Set.of("한빛오토메이션(주)"), names(find("MSE")), "one transposition is tolerated for Latin words");
        assertEquals(Set.of("바른경영정보(주)"), names(find("ERP")));
        assertEquals(Set.of("비전검사테크(주)"), names(find("ㅂㅈㄱㅅ")), "초성 of 비전검사");
        assertEquals(0, find("없는단어조합").total());
    }

    @Test
    void modelNumbersMatchAsAWholeNotByTheirPieces() {
        String brn = TestData.brn();
        asAdmin.call(() -> imports.importSuppliers("registration_number,name,ceo,address,region,industry,introduction\n"
                + brn + ",지멘스연동(주),김지멘,서울,서울,62,\"" + marker + " S7-1200 PLC 연동\"\n"));
        assertEquals(Set.of("지멘스연동(주)"), names(find("S7-1200")));
        assertEquals(0, find("S7-1500").total(), "a model number is not found by its shared pieces");
    }

    @Test
    void wordsTypedInTheWrongKeyboardModeAreSearchedInTheOtherOneAndSaidSo() {
        SupplierPage automation = find("wkehdghk");
        assertEquals(Set.of("비전검사테크(주)"), names(automation), "자동화 typed in English mode");
        assertEquals(marker + " 자동화", automation.searchedAs());
        SupplierPage erpTyped = find("ㄷ게");
        assertEquals(Set.of("바른경영정보(주)"), names(erpTyped), "ERP typed in Korean mode");
        assertEquals(marker + " ERP", erpTyped.searchedAs());
        assertEquals(0, search.searchAsTyped(SupplierQuery.text(marker + " wkehdghk")).total(), "as typed, on request");
        assertNull(find("MES").searchedAs(), "what finds enough is searched as typed");
    }

    @Test
    void aYearInTheWordsMeansBuildsOfThatYearNotTextsWithTheNumber() {
        String founded = TestData.brn();
        asAdmin.call(() -> imports.importSuppliers("registration_number,name,ceo,address,region,industry,introduction\n"
                + founded + ",이천이십일로봇(주),김로봇,서울,서울,62,\"" + marker + " 2021년 설립, 협동로봇 MES 연동\"\n"));
        asAdmin.call(() -> imports.importBuildHistories(
                "supplier_registration_number,ref,kind,client_industry,client_region,year,solutions,level_before,level_after,amount_band,description\n"
                        + founded + ",R-1,SELF_DECLARED,29,SEOUL,2019,HW.ROBOT,NONE,BASIC,UNDER_50M,협동로봇 팔레타이징\n"));
        SupplierPage of2021 = find("2021 MES");
        assertEquals(Set.of("한빛오토메이션(주)"), names(of2021), "a 2021 MES build; the founding year in a text is no build");
        assertEquals(List.of(2021), of2021.years());
        assertEquals(Set.of("한빛오토메이션(주)", "이천이십일로봇(주)"), names(find("MES")));
        assertEquals(Set.of("이천이십일로봇(주)"), names(find("2019년 로봇")));
        assertEquals(Set.of("비전검사테크(주)"), names(find("2020")), "a year alone: every supplier with a build that year");
        assertEquals(List.of(), find("MES").years());
    }

    @Test
    void initialsReachTheWholeVocabularyNotOnlyNames() {
        maintenance.refreshVocabulary(); // the nightly job's last step, after this test's import
        assertEquals(Set.of("한빛오토메이션(주)"), names(find("ㅂㄹㄹ")), "불량률 of a build history");
        assertEquals(Set.of("비전검사테크(주)"), names(find("ㅂㅈㄱㅅ")), "a name's 초성 as before");
        assertTrue(search.suggest("ㅂㄹㄹ", 10).contains("불량률"), "autocomplete offers the word");
    }

    @Test
    void aLevelClimbIsReadOnOneAndTheSameBuild() {
        // 한빛: 기초 → 중간1, 중간1 → 중간2, 기초 → 기초; 비전: 기초 → 중간1; 바른: 미적용 → 기초
        assertEquals(Set.of("한빛오토메이션(주)", "비전검사테크(주)"), names(climb(SmartLevel.BASIC, SmartLevel.INTERMEDIATE_1, null)),
                "기초 → 중간1");
        assertEquals(0, climb(SmartLevel.BASIC, null, SmartLevel.INTERMEDIATE_2).total(),
                "한빛 started at 기초 in one build and reached 중간2 in another: no build climbed from 기초 to 중간2");
        assertEquals(Set.of("한빛오토메이션(주)"), names(climb(SmartLevel.INTERMEDIATE_1, null, SmartLevel.INTERMEDIATE_2)));
        assertEquals(Set.of("바른경영정보(주)"), names(climb(SmartLevel.NONE, null, SmartLevel.BASIC)), "미적용 → at least 기초");
        assertEquals(Set.of("한빛오토메이션(주)", "비전검사테크(주)"), names(climb(null, null, SmartLevel.INTERMEDIATE_1)));
    }

    private SupplierPage climb(SmartLevel from, SmartLevel to, SmartLevel toMin) {
        return search.search(new SupplierQuery(marker, null, null, null, to, from, toMin, null, null, false, null, 0, 20));
    }

    @Test
    void provenCapabilityRanksAboveWhatNamesAndPlansOnlyClaim() {
        String proven = TestData.brn();
        String once = TestData.brn();
        String declared = TestData.brn();
        String named = TestData.brn();
        String planned = TestData.brn();
        String energy = TestData.brn();
        String fems = TestData.brn();
        asAdmin.call(() -> imports.importSuppliers("registration_number,name,ceo,address,region,industry,introduction\n"
                + proven + ",성진테크(주),김성진,서울,서울,62,\"" + marker + " 제조 현장 자동화\"\n"
                + once + ",우진시스템(주),김우진,서울,서울,62,\"" + marker + " 제조 현장 자동화\"\n"
                + declared + ",세진정보(주),김세진,서울,서울,62,\"" + marker + " 제조 현장 자동화\"\n"
                + named + ",대성로보틱스(주),김대성,서울,서울,62,\"" + marker + " 로보틱스 전문 기업, 협동로봇 전문\"\n"
                + planned + ",미래솔루션(주),김미래,서울,서울,62,\"" + marker + " 제조 현장 자동화. 협동로봇 솔루션 개발 중입니다.\"\n"
                + energy + ",동양정보(주),김동양,서울,서울,62,\"" + marker + " 제조 현장 자동화\"\n"
                + fems + ",청명에너지(주),김청명,서울,서울,62,\"" + marker + " 제조 현장 자동화\"\n"));
        StringBuilder h = new StringBuilder(
                "supplier_registration_number,ref,kind,client_industry,client_region,year,solutions,level_before,level_after,amount_band,description\n");
        for (int i = 0; i < 5; i++) {
            h.append(proven).append(",P-").append(i).append(",VERIFIED,30,SEOUL,2021,HW.ROBOT,BASIC,INTERMEDIATE_1,UNDER_50M,협동로봇 도입 완료\n");
            h.append(declared).append(",D-").append(i).append(",SELF_DECLARED,30,SEOUL,2021,HW.ROBOT,BASIC,INTERMEDIATE_1,UNDER_50M,협동로봇 도입 완료\n");
        }
        h.append(once).append(",O-1,VERIFIED,30,SEOUL,2021,HW.ROBOT,BASIC,INTERMEDIATE_1,UNDER_50M,협동 로봇 적용\n");
        h.append(named).append(",N-1,VERIFIED,30,SEOUL,2021,SW.OPS.MES,BASIC,INTERMEDIATE_1,UNDER_50M,MES 구축\n");
        h.append(planned).append(",L-1,VERIFIED,30,SEOUL,2021,SW.OPS.ERP,BASIC,INTERMEDIATE_1,UNDER_50M,ERP 연동\n");
        h.append(energy).append(",E-1,VERIFIED,30,SEOUL,2021,SW.OPS.MES,BASIC,INTERMEDIATE_1,UNDER_50M,\"MES(생산관리시스템) 구축, 에너지 사용량 10% 절감\"\n");
        h.append(fems).append(",F-1,VERIFIED,30,SEOUL,2021,SW.OPS.FEMS,BASIC,INTERMEDIATE_1,UNDER_50M,에너지관리시스템 구축\n");
        asAdmin.call(() -> imports.importBuildHistories(h.toString()));

        // 로보틱스: no build text says it, but robot builds prove it; the name that says it has built none
        List<String> robotics = find("로보틱스").items().stream().map(SupplierHit::name).toList();
        assertEquals("성진테크(주)", robotics.get(0), "five verified robot builds lead");
        assertTrue(robotics.indexOf("세진정보(주)") > 0 && robotics.indexOf("우진시스템(주)") > 0, "every robot builder is found: " + robotics);
        assertEquals("대성로보틱스(주)", robotics.get(robotics.size() - 1), "a name that only claims robots comes last: " + robotics);

        // 협동로봇: more verified builds first, self-declared below verified ones; a plan is at most a claim
        List<String> cobots = find("협동로봇").items().stream().map(SupplierHit::name).toList();
        assertEquals("성진테크(주)", cobots.get(0), cobots.toString());
        assertTrue(cobots.indexOf("세진정보(주)") > 0, cobots.toString());
        assertTrue(cobots.indexOf("미래솔루션(주)") > cobots.indexOf("우진시스템(주)"), "the plan below the one real build: " + cobots);
        assertTrue(cobots.indexOf("대성로보틱스(주)") > cobots.indexOf("우진시스템(주)"), "the claim below the one real build: " + cobots);

        // a compound is the compound: 에너지 in one clause and 관리 in another is not 에너지관리
        assertEquals(Set.of("청명에너지(주)"), names(find("에너지관리")));
    }

    @Test
    void anIndustryAsUsersSayItMatchesTheBuildsForThatIndustry() {
        assertEquals(Set.of("바른경영정보(주)"), names(find("도금")), "no text says 도금: a build for a KSIC 25 client does");
        assertEquals(Set.of("바른경영정보(주)"), names(find("도금업체")), "with the ending users add");
        assertEquals(Set.of("한빛오토메이션(주)", "바른경영정보(주)"), names(find("뿌리산업")), "casting, metal working and moulds: 24, 25, 29");
        assertEquals(Set.of("한빛오토메이션(주)", "바른경영정보(주)"), names(find("금형")), "a build for a KSIC 29 client, and a text that says 금형");
        assertEquals(0, find("조선기자재").total(), "nobody built for shipbuilding");
    }

    @Test
    void everyWordMustBeFoundWhileThatFindsEnoughThenMostWordsDo() {
        // (every query here has the test's marker as its first word)
        assertEquals(Set.of("한빛오토메이션(주)"), names(search.search(SupplierQuery.text(marker + " 자동차부품"))), "two words: both required");
        // three words found together by one supplier only: others covering two of them follow it
        SupplierPage all = find("MES 자동차부품");
        assertEquals("한빛오토메이션(주)", all.items().get(0).name(), "the supplier with every word first");
        assertEquals(all.total() > 1, all.partialMatch());
        assertEquals(0, search.search(SupplierQuery.text(marker + " 반도체 MES")).items().stream()
                .filter(h -> h.name().equals("바른경영정보(주)")).count(), "a supplier with neither word is never found");
        // a generic word (사례, 전문, 업체) is never required: found nowhere, it empties nothing and makes no match partial
        SupplierPage generic = find("MES 사례");
        assertEquals(Set.of("한빛오토메이션(주)"), names(generic));
        assertFalse(generic.partialMatch());
        SupplierPage twoGeneric = find("비전검사 관련 전문 업체");
        assertEquals(Set.of("비전검사테크(주)"), names(twoGeneric), "two generic words found nowhere");
        assertFalse(twoGeneric.partialMatch());
        // (suppliers of other tests and the demo directory covering MES and 반도체 without the marker rank among them:
        // every page is read)
        SupplierPage either = find("MES 반도체");
        Set<String> everyName = new java.util.HashSet<>();
        for (int p = 0; p * 50 < either.total(); p++) {
            everyName.addAll(names(query("MES 반도체", null, null, null, null, null, null, false, null, p, 50)));
        }
        assertTrue(everyName.containsAll(Set.of("한빛오토메이션(주)", "비전검사테크(주)")), "nobody has all three: those with two, said so");
        assertTrue(either.partialMatch());
    }

    @Test
    void highlightsMarkTheMatchAndEscapeStoredHtml() {
        List<String> highlights = find("불량률").items().get(0).highlights();
        assertTrue(highlights.stream().anyMatch(h -> h.contains("<mark>불량률</mark>")), highlights.toString());
        List<String> scriptHighlights = find("납기").items().get(0).highlights();
        assertTrue(scriptHighlights.stream().anyMatch(h -> h.contains("&lt;script&gt;")), scriptHighlights.toString());
        assertFalse(scriptHighlights.stream().anyMatch(h -> h.contains("<script>")), scriptHighlights.toString());
    }

    @Test
    void facetsCountSuppliers() {
        SupplierPage all = query(null, null, null, null, null, null, null, false, null, 0, 20);
        assertEquals(3, all.total());
        Map<String, Long> regions = counts(all, SupplierPage.FACET_REGION);
        assertEquals(Map.of("GYEONGNAM", 1L, "GYEONGGI", 1L, "SEOUL", 1L), regions);
        Map<String, Long> specialities = counts(all, SupplierPage.FACET_SPECIALITY);
        assertEquals(2L, specialities.get("SW.OPS"), "parents count every supplier below them");
        assertEquals(1L, specialities.get("HW.VISION"));
        Map<String, Long> industries = counts(all, SupplierPage.FACET_INDUSTRY);
        assertEquals(1L, industries.get("30"), "two histories in industry 30, one supplier");
        assertEquals(1L, industries.get("26"));
        assertEquals(2L, counts(all, SupplierPage.FACET_VERIFIED).get("VERIFIED"));
    }

    @Test
    void filtersApplyToOneAndTheSameHistory() {
        assertEquals(Set.of("비전검사테크(주)"), names(query(null, Region.GYEONGGI, null, null, null, null, null, false, null, 0, 20)));
        assertEquals(Set.of("한빛오토메이션(주)", "바른경영정보(주)"), names(query(null, null, "SW.OPS", null, null, null, null, false, null, 0, 20)));
        assertEquals(Set.of("한빛오토메이션(주)"), names(query(null, null, null, "30", null, null, null, false, null, 0, 20)));
        assertEquals(Set.of("한빛오토메이션(주)"), names(query(null, null, null, null, SmartLevel.INTERMEDIATE_2, null, null, false, null, 0, 20)));
        assertEquals(Set.of("바른경영정보(주)", "비전검사테크(주)"), names(query(null, null, null, null, null, 2019, 2020, false, null, 0, 20)));
        assertEquals(Set.of("한빛오토메이션(주)", "비전검사테크(주)"), names(query(null, null, null, null, null, null, null, true, null, 0, 20)));
        // industry 29 exists only on a self-declared history: verified-only excludes it
        assertEquals(Set.of("한빛오토메이션(주)"), names(query(null, null, null, "29", null, null, null, false, null, 0, 20)));
        assertEquals(0, query(null, null, null, "29", null, null, null, true, null, 0, 20).total());
        // industry 30 in 2021, but level INTERMEDIATE_2 was reached in 2022: one history must satisfy both
        assertEquals(0, query(null, null, null, "30", SmartLevel.INTERMEDIATE_2, 2021, 2021, false, null, 0, 20).total());
    }

    @Test
    void sortingAndPaging() {
        SupplierPage byBuilds = query(null, null, null, null, null, null, null, false, SupplierQuery.Sort.VERIFIED_BUILDS, 0, 20);
        assertEquals(List.of(2, 1, 0), byBuilds.items().stream().map(SupplierHit::verifiedBuilds).toList());
        SupplierPage first = query(null, null, null, null, null, null, null, false, SupplierQuery.Sort.VERIFIED_BUILDS, 0, 2);
        SupplierPage second = query(null, null, null, null, null, null, null, false, SupplierQuery.Sort.VERIFIED_BUILDS, 1, 2);
        assertEquals(3, first.total());
        assertEquals(2, first.items().size());
        assertEquals(1, second.items().size());
        assertEquals("바른경영정보(주)", second.items().get(0).name());
    }

    @Test
    void theIndexFollowsAReImportAtOnceAndNeverDuplicates() {
        String renamed = "registration_number,name,ceo,address,region,industry,specialities,introduction\n"
                + erp + ",바른스마트정보(주),박바른,서울 구로구,서울,62,SW.OPS.ERP,\"" + marker + " 중소기업 ERP 클라우드\"\n";
        assertEquals(new ImportReport(1, 0, 1), asAdmin.call(() -> imports.importSuppliers(renamed)));
        assertEquals(Set.of("바른스마트정보(주)"), names(find("ERP")));
        assertEquals(Set.of("바른스마트정보(주)"), names(find("클라우드")));
        assertEquals(3, query(null, null, null, null, null, null, null, false, null, 0, 20).total());

        String sameHistory = "supplier_registration_number,ref,kind,client_industry,client_region,year,solutions,level_before,level_after,amount_band,description\n"
                + erp + ",E-1,VERIFIED,25,SEOUL,2019,SW.OPS.ERP,NONE,BASIC,UNDER_50M,금형 업체 ERP 도입 검수 완료\n";
        assertEquals(new ImportReport(1, 0, 1), asAdmin.call(() -> imports.importBuildHistories(sameHistory)));
        assertEquals(1, find("검수").total());
        assertEquals(1, find("검수").items().get(0).verifiedBuilds(), "the re-imported history is verified now");
    }

    @Test
    void aBadLineRejectsTheWholeFileAndNamesEveryProblem() {
        String fresh = TestData.brn();
        String bad = "registration_number,name,ceo,address,region,industry,specialities\n"
                + fresh + ",새공급(주),최새롬,부산 해운대구,부산,62,SW.OPS.MES\n"
                + "220-81-62518,틀린번호(주),김틀림,서울,서울,62,\n"
                + TestData.brn() + ",지역없음(주),김지역,어딘가,화성,62,NOPE\n";
        ImportRejected rejected = assertThrows(ImportRejected.class, () -> asAdmin.call(() -> imports.importSuppliers(bad)));
        List<String> problems = rejected.getErrors().stream().map(e -> e.line() + ":" + e.code()).toList();
        assertEquals(List.of("3:import.brn.invalid", "4:import.region.unknown", "4:import.speciality.unknown"), problems);
        assertEquals(0, search.search(SupplierQuery.text("새공급")).items().stream()
                .filter(h -> h.registrationNumber().equals(fresh)).count(), "the good line was not stored either");

        ImportRejected missing = assertThrows(ImportRejected.class,
                () -> asAdmin.call(() -> imports.importSuppliers("registration_number,name\n" + fresh + ",x\n")));
        assertEquals("import.header.missing", missing.getErrors().get(0).code());
    }

    @Test
    void suggestionsAndSimilarSuppliers() {
        assertTrue(search.suggest("한빛오", 10).contains("한빛오토메이션(주)"));
        assertTrue(search.suggest("ㅂㅈㄱ", 10).contains("비전검사테크(주)"));
        long mesId = find("MES").items().get(0).id();
        List<SupplierHit> similar = search.similarTo(mesId, 20);
        assertFalse(similar.isEmpty(), "the ERP supplier shares 공장운영 (SW.OPS)");
        assertTrue(similar.stream().noneMatch(h -> h.id() == mesId), "not itself");
        assertTrue(similar.get(0).specialities().stream().anyMatch(c -> c.startsWith("SW.OPS")),
                "the most similar shares a factory-operations speciality: " + similar);
        assertTrue(similar.stream().noneMatch(h -> h.registrationNumber().equals(vision)), "nothing in common with vision inspection");
    }

    @Test
    void theNightlyRebuildKeepsSearchAnsweringAndDropsOrphans() throws Exception {
        // an orphan: the row goes behind the search engine's back
        String gone = TestData.brn();
        asAdmin.call(() -> imports.importSuppliers("registration_number,name,ceo,address,region,industry,introduction\n"
                + gone + ",사라질공급(주),김사라,울산,울산,62,\"" + marker + " 사라질\"\n"));
        long goneId = find("사라질").items().get(0).id();
        transaction.begin();
        em.joinTransaction();
        for (String table : new String[] {"supplier_speciality", "supplier_region", "supplier_industry"}) {
            em.createNativeQuery("delete from " + table + " where supplier_id = " + goneId).executeUpdate();
        }
        em.createNativeQuery("delete from supplier_profile where id = " + goneId).executeUpdate();
        transaction.commit();
        assertEquals(4, query(null, null, null, null, null, null, null, false, null, 0, 20).total(), "still indexed");

        jakarta.batch.operations.JobOperator operator = jakarta.batch.runtime.BatchRuntime.getJobOperator();
        long execution = operator.start("search-index-refresh", new java.util.Properties());
        int searchesDuringRebuild = 0;
        long deadline = System.currentTimeMillis() + 120_000;
        jakarta.batch.runtime.BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
        while (System.currentTimeMillis() < deadline && (status == jakarta.batch.runtime.BatchStatus.STARTING
                || status == jakarta.batch.runtime.BatchStatus.STARTED)) {
            SupplierPage answer = find("MES");
            assertEquals(Set.of("한빛오토메이션(주)"), names(answer), "search answers completely during the rebuild");
            searchesDuringRebuild++;
            status = operator.getJobExecution(execution).getBatchStatus();
        }
        assertEquals(jakarta.batch.runtime.BatchStatus.COMPLETED, status);
        assertTrue(searchesDuringRebuild > 0, "searched while the job ran");
        assertEquals(3, query(null, null, null, null, null, null, null, false, null, 0, 20).total(), "the orphan is gone");
        assertEquals(Set.of("한빛오토메이션(주)"), names(find("MES")));
        try (org.apache.lucene.index.IndexReader reader = org.hibernate.search.mapper.orm.Search.session(em)
                .scope(kr.go.smartfactory.supplier.domain.SupplierProfile.class)
                .extension(org.hibernate.search.backend.lucene.LuceneExtension.get()).openIndexReader()) {
            assertEquals(1, reader.leaves().size(), "the rebuilt index merged into one segment");
            assertEquals(0, reader.numDeletedDocs(), "without the documents the rebuild replaced");
        }
    }

    @Test
    void onlyStaffAndAdministratorsImport() {
        assertThrows(EJBAccessException.class, () -> imports.importSuppliers("registration_number\n1\n"));
    }

    private static Map<String, Long> counts(SupplierPage page, String facet) {
        return page.facets().get(facet).stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    }
}
