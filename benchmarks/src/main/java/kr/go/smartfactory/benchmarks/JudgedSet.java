package kr.go.smartfactory.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import kr.go.smartfactory.demo.RealisticDirectory.Build;
import kr.go.smartfactory.demo.RealisticDirectory.Capability;
import kr.go.smartfactory.demo.RealisticDirectory.SupplierTruth;

/**
 * The judged query set of the directory search: what users type, by class of issue #11, each with the builds it asks
 * for, and the grade of every supplier computed from the generator's truth ({@link SupplierTruth#builds()}) by one
 * rubric — never from what an engine returns.
 *
 * <h2>Rubric</h2>
 * A query asks for builds (a capability, and where it says so a year, a client industry or a level climb on the same
 * build). Of a supplier's builds, {@code v} are verified ones that match, {@code d} self-declared ones that match,
 * {@code r} ones that match the capability alone (the year, industry or climb differs; for MES also cloud MES):
 * <ul>
 * <li><b>3 ideal</b>: v ≥ 10 — a house that proved the thing many times;</li>
 * <li><b>2 good</b>: v ≥ 3, or d ≥ 10;</li>
 * <li><b>1 marginal</b>: v ≥ 1, d ≥ 1, or r ≥ 1 (the capability, not what else the query asks);</li>
 * <li><b>0</b>: everything else — including the hard negatives: names that carry the word of a capability never built,
 * introductions that only announce it ("개발 중", "출시 예정"), texts that hold the query's parts in other compounds.</li>
 * </ul>
 * A result is <em>relevant</em> for P@5 when graded 2 or 3.
 */
final class JudgedSet {

    /** One judged query: its class, the API parameters, what it asks for in words, and the grade of a supplier. */
    record Query(String cls, String params, String asks, Predicate<Build> match, Predicate<Build> related) {

        int grade(SupplierTruth t) {
            int v = 0;
            int d = 0;
            int r = 0;
            for (Build b : t.builds()) {
                if (match.test(b)) {
                    if (b.verified()) {
                        v++;
                    } else {
                        d++;
                    }
                } else if (related.test(b)) {
                    r++;
                }
            }
            return v >= 10 ? 3 : v >= 3 || d >= 10 ? 2 : v >= 1 || d >= 1 || r >= 1 ? 1 : 0;
        }

        /** The text query (q), or "" when the query has only filters. */
        String text() {
            for (String p : params.split("&")) {
                if (p.startsWith("q=")) {
                    return p.substring(2);
                }
            }
            return "";
        }
    }

    static final String INITIALS = "1 초성";
    static final String LAYOUT = "2 keyboard layout";
    static final String YEARS = "3 years";
    static final String MANY_WORDS = "4 many words";
    static final String PROVEN = "5 proven capability";
    static final String LEVELS = "6 level climbs";
    static final String INDUSTRY = "7 industry words";

    /** 뿌리산업 as the 뿌리산업법 names its technologies since 2022: 주조, 금형, 소성가공(프레스), 표면처리(도금), 사출. */
    private static final Set<String> ROOT_INDUSTRY = Set.of("주물", "금형", "프레스", "도금", "사출성형");

    private JudgedSet() {
    }

    static List<Query> queries() {
        List<Query> q = new ArrayList<>();
        // 1. 초성 of the words users mean: speciality and solution words, not names
        q.add(capability(INITIALS, "q=ㅂㅈㄱㅅ", "비전검사", Capability.VISION));
        q.add(capability(INITIALS, "q=ㅎㄷㄹㅂ", "협동로봇", Capability.ROBOT));
        q.add(capability(INITIALS, "q=ㅁㅅㅂㅈ", "머신비전", Capability.VISION));
        q.add(capability(INITIALS, "q=ㄱㄱㅁㄱㄹ", "공급망관리", Capability.SCM));
        q.add(capability(INITIALS, "q=ㅈㅅㅈㅈㅇㄱㄹ", "전사적자원관리", Capability.ERP));
        q.add(capability(INITIALS, "q=ㅇㄱㅈㄴ", "인공지능", Capability.AI));
        q.add(capability(INITIALS, "q=ㅇㄴㅈ ㅁㄴㅌㄹ", "에너지 모니터링", Capability.FEMS));
        q.add(capability(INITIALS, "q=ㅈㅍㅅㅁㅈㄱㄱㄹ", "제품수명주기관리", Capability.PLM));
        q.add(effect(INITIALS, "q=ㄱㄷㄹ", "가동률"));
        q.add(effect(INITIALS, "q=ㅂㄹㄹ", "불량률"));
        // 2. typed with the input method in the other mode (두벌식 keys)
        q.add(capability(LAYOUT, "q=ㄷㄱㅔ", "ERP", Capability.ERP));
        q.add(capability(LAYOUT, "q=ㅡㄷㄴ", "MES", Capability.MES));
        q.add(capability(LAYOUT, "q=ㄴ츠", "SCM", Capability.SCM));
        q.add(capability(LAYOUT, "q=ㄹ든", "FEMS", Capability.FEMS));
        q.add(capability(LAYOUT, "q=ㅔㅣㅡ", "PLM", Capability.PLM));
        q.add(capability(LAYOUT, "q=qlwjsrjatk", "비전검사", Capability.VISION));
        q.add(capability(LAYOUT, "q=guqehdfhqht", "협동로봇", Capability.ROBOT));
        q.add(capability(LAYOUT, "q=dpsjwl ahslxjfld", "에너지 모니터링", Capability.FEMS));
        // 3. a year is the build's year
        q.add(year("q=2021 로봇", Capability.ROBOT, 2021));
        q.add(year("q=2019 MES", Capability.MES, 2019));
        q.add(year("q=2023년 비전검사", Capability.VISION, 2023));
        q.add(year("q=2020 ERP", Capability.ERP, 2020));
        q.add(year("q=2022 FEMS", Capability.FEMS, 2022));
        q.add(year("q=2017년 SCM 구축", Capability.SCM, 2017));
        // 4. several words, some generic
        q.add(capability(MANY_WORDS, "q=MES 구축 사례 전문 업체", "MES", Capability.MES));
        q.add(capability(MANY_WORDS, "q=비전검사 관련 전문 업체", "비전검사", Capability.VISION));
        q.add(capability(MANY_WORDS, "q=협동로봇 도입 가능 업체", "협동로봇", Capability.ROBOT));
        q.add(capability(MANY_WORDS, "q=ERP 연동 구축 사례", "ERP", Capability.ERP));
        q.add(capability(MANY_WORDS, "q=에너지 모니터링 구축 전문", "에너지 모니터링", Capability.FEMS));
        q.add(capability(MANY_WORDS, "q=SCM 협력사 연계 관련 사례", "SCM", Capability.SCM));
        q.add(capability(MANY_WORDS, "q=AI 불량 예측 전문 기업", "AI 불량 예측", Capability.AI));
        q.add(effect(MANY_WORDS, "q=설비 가동률 개선 사례", "가동률"));
        // 5. proven capability first: names and plans that only claim, other compounds
        q.add(new Query(PROVEN, "q=MES", "MES builds (cloud MES marginal)", b -> b.capability() == Capability.MES,
                b -> b.capability() == Capability.CLOUD));
        q.add(capability(PROVEN, "q=ERP", "ERP", Capability.ERP));
        q.add(capability(PROVEN, "q=비전", "vision", Capability.VISION));
        q.add(capability(PROVEN, "q=로보틱스", "robots", Capability.ROBOT));
        q.add(capability(PROVEN, "q=센서", "sensors", Capability.SENSOR));
        q.add(capability(PROVEN, "q=클라우드", "cloud", Capability.CLOUD));
        q.add(capability(PROVEN, "q=AI 품질 예측", "AI quality prediction", Capability.AI));
        q.add(capability(PROVEN, "q=5G", "5G", Capability.FIVE_G));
        q.add(capability(PROVEN, "q=에너지관리", "FEMS (not 에너지 … 관리 apart)", Capability.FEMS));
        q.add(capability(PROVEN, "q=PLM", "PLM", Capability.PLM));
        // …and what builds achieved, in free text (no speciality word): more builds that did it rank higher
        q.add(effect(PROVEN, "q=가동률 향상", "가동률"));
        q.add(effect(PROVEN, "q=불량률 감소", "불량률"));
        q.add(effect(PROVEN, "q=납기 준수율", "납기 준수율"));
        q.add(effect(PROVEN, "q=검사 시간 단축", "검사 시간"));
        // 6. level climbs on one build
        q.add(climb("q=MES&levelFrom=BASIC&levelTo=INTERMEDIATE_1", Capability.MES, "BASIC", "INTERMEDIATE_1", false));
        q.add(climb("q=ERP&levelFrom=NONE&levelToMin=INTERMEDIATE_1", Capability.ERP, "NONE", "INTERMEDIATE_1", true));
        q.add(climb("q=비전검사&levelFrom=NONE&levelTo=BASIC", Capability.VISION, "NONE", "BASIC", false));
        q.add(climb("q=로봇&levelToMin=ADVANCED", Capability.ROBOT, null, "ADVANCED", true));
        q.add(climb("q=FEMS&levelFrom=INTERMEDIATE_1&levelToMin=INTERMEDIATE_2", Capability.FEMS, "INTERMEDIATE_1", "INTERMEDIATE_2", true));
        q.add(climb("q=SCM&levelFrom=BASIC&levelToMin=INTERMEDIATE_1", Capability.SCM, "BASIC", "INTERMEDIATE_1", true));
        // 7. client industries as users say them
        q.add(industry("q=금형 MES", Capability.MES, Set.of("금형")));
        q.add(industry("q=도금", null, Set.of("도금")));
        q.add(industry("q=식품 ERP", Capability.ERP, Set.of("식품")));
        q.add(industry("q=조선기자재 비전검사", Capability.VISION, Set.of("조선기자재")));
        q.add(industry("q=뿌리산업 로봇", Capability.ROBOT, ROOT_INDUSTRY));
        q.add(industry("q=자동차부품 FEMS", Capability.FEMS, Set.of("자동차부품")));
        q.add(industry("q=반도체 AI", Capability.AI, Set.of("반도체 부품")));
        q.add(industry("q=의료기기 MES", Capability.MES, Set.of("의료기기")));
        return q;
    }

    private static Query capability(String cls, String params, String means, Capability c) {
        return new Query(cls, params, means + " → " + c + " builds", b -> b.capability() == c, b -> false);
    }

    /** Builds that achieved the effect (불량률, 가동률 …), whatever was built. */
    private static Query effect(String cls, String params, String effect) {
        return new Query(cls, params, "builds that improved " + effect, b -> b.effect().equals(effect), b -> false);
    }

    private static Query year(String params, Capability c, int year) {
        return new Query(YEARS, params, c + " builds of " + year + " (other years marginal)",
                b -> b.capability() == c && b.year() == year, b -> b.capability() == c);
    }

    private static final List<String> LEVEL_ORDER = List.of("NONE", "BASIC", "INTERMEDIATE_1", "INTERMEDIATE_2", "ADVANCED");

    private static Query climb(String params, Capability c, String from, String to, boolean atLeast) {
        Predicate<Build> climbs = b -> (from == null || b.levelBefore().equals(from))
                && (atLeast ? LEVEL_ORDER.indexOf(b.levelAfter()) >= LEVEL_ORDER.indexOf(to) : b.levelAfter().equals(to));
        return new Query(LEVELS, params, c + " builds " + (from == null ? "" : from + " ") + "→ " + (atLeast ? "≥ " : "") + to
                + " (other climbs marginal)", b -> b.capability() == c && climbs.test(b), b -> b.capability() == c);
    }

    private static Query industry(String params, Capability c, Set<String> products) {
        return new Query(INDUSTRY, params, (c == null ? "any" : c.toString()) + " builds for " + products + " clients"
                + (c == null ? "" : " (other clients marginal)"),
                b -> (c == null || b.capability() == c) && products.contains(b.product()),
                b -> c != null && b.capability() == c);
    }
}
