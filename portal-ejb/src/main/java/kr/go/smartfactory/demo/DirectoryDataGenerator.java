package kr.go.smartfactory.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Region;

/**
 * Realistic, deterministic supplier-directory data (fixed seed: the same rows every run) in the portal's
 * CSV import formats: supplier companies with specialities and regions, and their build histories with
 * Korean descriptions of what was built and what it changed. Used by demo mode (a small directory) and by
 * the benchmark (2,500 suppliers, 100,000 histories).
 */
public final class DirectoryDataGenerator {

    public static final String SUPPLIER_HEADER = "registration_number,name,ceo,address,region,industry,founded_year,homepage,specialities,regions_served,introduction";
    public static final String HISTORY_HEADER = "supplier_registration_number,ref,kind,client_industry,client_region,year,solutions,level_before,level_after,amount_band,description";

    private static final String[] PREFIXES = {"한빛", "대성", "세진", "동양", "우진", "삼우", "미래", "에이스", "나라", "제일", "신성", "태광",
        "대한", "성진", "영진", "한솔", "동진", "유니", "코리아", "케이", "에스", "새한", "청명", "가람", "누리", "다온", "라온", "하나",
        "온누리", "푸른", "은하", "백두", "한결", "해온", "세움", "이룸", "바른", "참", "큰솔", "진성"};
    private static final String[] MIDDLES = {"", "디지털", "스마트", "인더스트리", "정밀", "데이터", "아이티", "이노"};
    private static final String[] SUFFIXES = {"테크", "시스템", "솔루션", "정보", "오토메이션", "로보틱스", "엔지니어링", "소프트", "아이엔씨",
        "네트웍스", "컨설팅", "랩", "비전", "에프에이", "텍"};
    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"};
    private static final String[] GIVEN = {"민수", "서연", "지훈", "현우", "수진", "영호", "은영", "정훈", "미경", "성민", "재훈", "혜진"};
    private static final String[] CITIES = {"창원시 성산구", "수원시 영통구", "성남시 분당구", "구로구 디지털로", "대구 달서구", "부산 강서구",
        "인천 남동구", "광주 광산구", "대전 유성구", "울산 북구", "천안시 서북구", "청주시 흥덕구", "구미시", "전주시 덕진구", "포항시 남구"};
    /** Leaf specialities a supplier may offer. */
    private static final String[] SPECIALITIES = {"SW.OPS.MES", "SW.OPS.ERP", "SW.OPS.PLM", "SW.OPS.SCM", "SW.OPS.FEMS", "SW.OPS.POP",
        "HW.AUTOMATION", "HW.ROBOT", "HW.SENSOR", "HW.VISION", "5G", "AI", "CLOUD", "SECURITY"};
    private static final String[] CLIENT_INDUSTRIES = {"10", "13", "20", "22", "24", "25", "26", "27", "28", "29", "30", "31", "32"};
    private static final String[] CLIENT_PRODUCTS = {"자동차부품", "식품", "화장품", "금형", "사출성형", "반도체 부품", "전자부품", "의료기기",
        "배터리 부품", "조선기자재", "섬유", "주물", "프레스", "도금", "포장재", "가구", "정밀가공", "농기계"};
    private static final String[] WORKS = {"MES 구축", "스마트공장 구축", "생산관리시스템 도입", "POP 단말 설치", "설비 데이터 수집",
        "ERP 연동", "협력사와의 SCM 연계", "비전검사 자동화", "협동로봇 도입", "에너지 모니터링(FEMS) 구축", "클라우드 MES 전환",
        "AI 품질 예측", "5G 기반 설비 원격 관제", "PLM 도입", "바코드 기반 재고 관리", "스마트 공장 구축 고도화"};
    /** The speciality each kind of work above builds with. */
    private static final String[] WORK_SOLUTIONS = {"SW.OPS.MES", "SW.OPS.MES", "SW.OPS.MES", "SW.OPS.POP", "HW.SENSOR",
        "SW.OPS.ERP", "SW.OPS.SCM", "HW.VISION", "HW.ROBOT", "SW.OPS.FEMS", "CLOUD", "AI", "5G", "SW.OPS.PLM", "SW.OPS.ERP",
        "SW.OPS.MES"};
    private static final String[] EFFECTS = {"불량률이 %d%% 줄었다", "생산성이 %d%% 올랐다", "설비 가동률이 %d%%p 높아졌다",
        "납기 준수율이 %d%% 개선됐다", "재고 정확도가 %d%%까지 올라갔다", "작업 지시 시간이 %d%% 단축됐다", "에너지 사용량이 %d%% 줄었다",
        "검사 시간이 %d%% 빨라졌다", "수작업 기록이 %d%% 없어졌다"};
    private static final String[] BANDS = {"UNDER_50M", "FROM_50M_TO_100M", "FROM_100M_TO_200M", "FROM_200M_TO_400M", "OVER_400M"};
    private static final String[] LEVELS = {"NONE", "BASIC", "INTERMEDIATE_1", "INTERMEDIATE_2", "ADVANCED"};

    private final long seed;

    public DirectoryDataGenerator(long seed) {
        this.seed = seed;
    }

    /** Supplier rows; their registration numbers are {@link #registrationNumber(int)}. */
    public void suppliers(int count, Consumer<String> rows) {
        Random random = new Random(seed);
        List<String> names = names(count, random);
        Region[] regions = Region.values();
        for (int i = 0; i < count; i++) {
            Region region = regions[weighted(random, regions.length)];
            Set<String> offered = new LinkedHashSet<>();
            int n = 1 + random.nextInt(3);
            while (offered.size() < n) {
                offered.add(SPECIALITIES[random.nextInt(SPECIALITIES.length)]);
            }
            Set<String> served = new LinkedHashSet<>();
            served.add(region.name());
            served.add(regions[random.nextInt(regions.length)].name());
            String work = WORKS[random.nextInt(WORKS.length)];
            String intro = CLIENT_PRODUCTS[random.nextInt(CLIENT_PRODUCTS.length)] + " 제조 현장의 " + work + " 전문 기업입니다. "
                    + (2005 + random.nextInt(18)) + "년부터 중소 제조기업의 스마트화를 지원해 왔습니다.";
            rows.accept(String.join(",", registrationNumber(i), names.get(i), person(random),
                    csv(region.shortName() + " " + CITIES[random.nextInt(CITIES.length)] + " " + (1 + random.nextInt(300))),
                    region.name(), random.nextBoolean() ? "62" : "58", String.valueOf(1995 + random.nextInt(28)),
                    random.nextInt(3) == 0 ? "" : "https://supplier" + i + ".example.kr",
                    String.join(";", offered), String.join(";", served), csv(intro)));
        }
    }

    /**
     * History rows spread over the suppliers (some have many, most a few), about a third self-declared, in
     * supplier order (so an import in chunks touches few suppliers per chunk).
     */
    public void histories(int suppliers, int count, Consumer<String> rows) {
        Random random = new Random(seed * 31 + 7);
        Region[] regions = Region.values();
        int[] owners = new int[count];
        for (int i = 0; i < count; i++) {
            owners[i] = (int) Math.min(suppliers - 1L, (long) (suppliers * Math.pow(random.nextDouble(), 1.6)));
        }
        java.util.Arrays.sort(owners);
        for (int i = 0; i < count; i++) {
            int supplier = owners[i];
            int before = random.nextInt(3);
            int after = Math.min(LEVELS.length - 1, before + random.nextInt(3));
            String product = CLIENT_PRODUCTS[random.nextInt(CLIENT_PRODUCTS.length)];
            int w = random.nextInt(WORKS.length);
            String work = WORKS[w];
            String effect = String.format(EFFECTS[random.nextInt(EFFECTS.length)], 5 + random.nextInt(40));
            Region region = regions[weighted(random, regions.length)];
            String solution = WORK_SOLUTIONS[w];
            rows.accept(String.join(",", registrationNumber(supplier), "H" + i, random.nextInt(3) == 0 ? "SELF_DECLARED" : "VERIFIED",
                    CLIENT_INDUSTRIES[random.nextInt(CLIENT_INDUSTRIES.length)], region.name(),
                    String.valueOf(2015 + random.nextInt(10)), solution, LEVELS[before], LEVELS[after],
                    BANDS[random.nextInt(BANDS.length)],
                    csv(region.shortName() + " " + product + " 공장 " + withRo(work) + " " + effect)));
        }
    }

    /** A valid, deterministic business registration number for supplier number {@code i}. */
    public String registrationNumber(int i) {
        String nine = String.format("%03d%02d%04d", 100 + (int) (seed % 800), 81 + (i / 10_000) % 19, i % 10_000);
        return nine + BusinessRegistrationNumber.checkDigit(nine);
    }

    private static List<String> names(int count, Random random) {
        List<String> all = new ArrayList<>();
        for (String p : PREFIXES) {
            for (String m : MIDDLES) {
                for (String s : SUFFIXES) {
                    all.add(p + m + s);
                }
            }
        }
        Collections.shuffle(all, random);
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String base = all.get(i % all.size());
            names.add((i % 3 == 0 ? "(주)" + base : base + "(주)") + (i >= all.size() ? " " + (i / all.size() + 1) : ""));
        }
        return names;
    }

    /** Regions weighted like the programme's: Gyeonggi and the south-east industrial belt most. */
    private static int weighted(Random random, int n) {
        double r = random.nextDouble();
        if (r < 0.30) {
            return Region.GYEONGGI.ordinal();
        }
        if (r < 0.45) {
            return Region.GYEONGNAM.ordinal();
        }
        if (r < 0.55) {
            return Region.GYEONGBUK.ordinal();
        }
        return random.nextInt(n);
    }

    private static String person(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** The particle 으로/로 after a word: 로 after a vowel or ㄹ ("고도화로", "설치로"), 으로 otherwise ("구축으로"). */
    static String withRo(String word) {
        char last = word.charAt(word.length() - 1);
        boolean hangul = last >= 0xAC00 && last <= 0xD7A3;
        int coda = hangul ? (last - 0xAC00) % 28 : -1;
        return word + (hangul && (coda == 0 || coda == 8) ? "로" : "으로");
    }
}
