package kr.go.smartfactory.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Region;

/**
 * A supplier directory written the way suppliers write, with its truth kept — the ground for judging search relevance.
 * Unlike {@link DirectoryDataGenerator} (every supplier builds a bit of everything), suppliers here differ: the number
 * of build histories is skewed (a few houses hold most), each house concentrates on one or two capabilities, writes in
 * its own style (word order, spacing, particles), some publish only self-declared builds, some names mislead (a
 * capability in the name that the builds never show), some introductions announce plans ("개발 중", "출시 예정") for
 * what was never built, and a few names are near duplicates of others. {@link #truth()} says, per supplier, how many
 * verified and self-declared builds of each capability it has, in which years and for which industries, and what it
 * only claims. Deterministic for a seed; the CSV formats are the portal's import formats.
 */
public final class RealisticDirectory {

    /** What a supplier can have built, with the speciality code and the ways houses write it. */
    public enum Capability {
        MES("SW.OPS.MES", "MES 구축", "MES를 도입", "생산관리시스템(MES) 구축", "MES 시스템 구축"),
        VISION("HW.VISION", "비전검사 자동화", "비전 검사 시스템 도입", "머신비전 검사 구축"),
        ROBOT("HW.ROBOT", "협동로봇 도입", "협동 로봇 적용", "로봇 자동화 라인 구축"),
        FEMS("SW.OPS.FEMS", "에너지 모니터링(FEMS) 구축", "FEMS 도입", "에너지관리시스템 구축"),
        ERP("SW.OPS.ERP", "ERP 연동", "ERP 시스템 도입", "전사적자원관리(ERP) 구축"),
        SCM("SW.OPS.SCM", "협력사 SCM 연계", "SCM 구축", "공급망관리(SCM) 시스템 도입"),
        PLM("SW.OPS.PLM", "PLM 도입", "제품수명주기관리(PLM) 구축"),
        POP("SW.OPS.POP", "POP 단말 설치", "POP 실적 수집 구축"),
        SENSOR("HW.SENSOR", "설비 데이터 수집", "설비 IoT 센서 설치", "설비 데이터 수집 체계 구축"),
        AI("AI", "AI 품질 예측", "AI 불량 예측 모델 적용", "인공지능 품질 예측 도입"),
        CLOUD("CLOUD", "클라우드 MES 전환", "클라우드 기반 생산관리 도입"),
        FIVE_G("5G", "5G 기반 설비 원격 관제", "5G 원격 관제 구축");

        private final String speciality;
        private final List<String> phrases;

        Capability(String speciality, String... phrases) {
            this.speciality = speciality;
            this.phrases = List.of(phrases);
        }

        public String speciality() {
            return speciality;
        }

        public List<String> phrases() {
            return phrases;
        }

        /** The word a name or a plan uses for it. */
        public String word() {
            return switch (this) {
                case VISION -> "비전";
                case ROBOT -> "로보틱스";
                case SENSOR -> "센서";
                case CLOUD -> "클라우드";
                case FIVE_G -> "5G";
                default -> name();
            };
        }
    }

    /** One build as generated: what was built, whether the registry verified it, when, for which client, the levels. */
    public record Build(Capability capability, boolean verified, int year, String product, String division,
            String levelBefore, String levelAfter, String effect) {
    }

    /** What one supplier truly built and what it only claims. */
    public record SupplierTruth(int index, String registrationNumber, String name, Map<Capability, Integer> verified,
            Map<Capability, Integer> selfDeclared, Map<Capability, Set<Integer>> years, Map<Capability, Set<String>> industries,
            Set<Capability> plannedOnly, Set<Capability> nameOnly, boolean selfDeclaredOnly, List<Build> builds) {

        public int builds(Capability c) {
            return verified.getOrDefault(c, 0) + selfDeclared.getOrDefault(c, 0);
        }
    }

    private static final String[] PREFIXES = {"한빛", "대성", "세진", "동양", "우진", "삼우", "미래", "에이스", "나라", "제일", "신성", "태광",
        "대한", "성진", "영진", "한솔", "동진", "유니", "새한", "청명", "가람", "누리", "다온", "라온", "하나", "온누리", "푸른", "은하",
        "백두", "한결", "해온", "세움", "이룸", "바른", "큰솔", "진성"};
    private static final String[] SUFFIXES = {"테크", "시스템", "솔루션", "정보", "엔지니어링", "소프트", "네트웍스", "컨설팅", "랩", "에프에이"};
    private static final String[][] PRODUCTS = {{"식품", "10"}, {"섬유", "13"}, {"화장품", "20"}, {"사출성형", "22"}, {"주물", "24"},
        {"도금", "25"}, {"프레스", "25"}, {"반도체 부품", "26"}, {"전자부품", "26"}, {"의료기기", "27"}, {"배터리 부품", "28"},
        {"금형", "29"}, {"자동차부품", "30"}, {"조선기자재", "31"}, {"가구", "32"}};
    private static final String[] EFFECTS = {"불량률 %d%% 감소", "생산성 %d%% 향상", "설비 가동률 %d%%p 상승", "납기 준수율 %d%% 개선",
        "재고 정확도 %d%% 향상", "작업 지시 시간 %d%% 단축", "에너지 사용량 %d%% 절감", "검사 시간 %d%% 단축"};
    /** What each effect above improved, as {@link Build#effect()} names it. */
    private static final String[] EFFECT_NAMES = {"불량률", "생산성", "가동률", "납기 준수율", "재고 정확도", "작업 지시 시간",
        "에너지 사용량", "검사 시간"};
    private static final String[] LEVELS = {"NONE", "BASIC", "INTERMEDIATE_1", "INTERMEDIATE_2", "ADVANCED"};
    private static final String[] BANDS = {"UNDER_50M", "FROM_50M_TO_100M", "FROM_100M_TO_200M", "FROM_200M_TO_400M", "OVER_400M"};

    private final long seed;
    private final int suppliers;
    private final int histories;
    private final List<SupplierTruth> truth = new ArrayList<>();
    private final List<String> supplierRows = new ArrayList<>();
    private final List<String> historyRows = new ArrayList<>();

    public RealisticDirectory(long seed, int suppliers, int histories) {
        this.seed = seed;
        this.suppliers = suppliers;
        this.histories = histories;
        generate();
    }

    public List<SupplierTruth> truth() {
        return Collections.unmodifiableList(truth);
    }

    public void suppliers(Consumer<String> rows) {
        supplierRows.forEach(rows);
    }

    public void histories(Consumer<String> rows) {
        historyRows.forEach(rows);
    }

    /** A valid, deterministic business registration number for supplier number {@code i}. */
    public String registrationNumber(int i) {
        String nine = String.format("%03d%02d%04d", 900 + (int) (seed % 99), 81 + (i / 10_000) % 19, i % 10_000);
        return nine + BusinessRegistrationNumber.checkDigit(nine);
    }

    private void generate() {
        Random random = new Random(seed);
        Capability[] caps = Capability.values();
        int[] counts = skewedCounts(random);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < suppliers; i++) {
            // one or two capabilities a house concentrates on; popular ones (MES, ERP) more often
            Capability primary = caps[Math.min(caps.length - 1, (int) (caps.length * Math.pow(random.nextDouble(), 1.7)))];
            Capability secondary = random.nextInt(3) == 0 ? caps[random.nextInt(caps.length)] : primary;
            boolean selfOnly = random.nextInt(100) < 8;
            int style = random.nextInt(4);
            boolean squeezes = random.nextInt(4) == 0; // writes compounds without spaces
            String[] home = PRODUCTS[random.nextInt(PRODUCTS.length)];

            Map<Capability, Integer> verified = new EnumMap<>(Capability.class);
            Map<Capability, Integer> declared = new EnumMap<>(Capability.class);
            Map<Capability, Set<Integer>> years = new EnumMap<>(Capability.class);
            Map<Capability, Set<String>> industries = new EnumMap<>(Capability.class);
            List<Build> builds = new ArrayList<>();
            for (int h = 0; h < counts[i]; h++) {
                double r = random.nextDouble();
                Capability c = r < 0.7 ? primary : r < 0.9 ? secondary : caps[random.nextInt(caps.length)];
                boolean isVerified = !selfOnly && random.nextInt(4) != 0;
                String[] product = random.nextInt(3) == 0 ? PRODUCTS[random.nextInt(PRODUCTS.length)] : home;
                int year = 2015 + random.nextInt(11);
                int before = random.nextInt(3);
                int after = Math.min(LEVELS.length - 1, before + random.nextInt(3));
                (isVerified ? verified : declared).merge(c, 1, Integer::sum);
                years.computeIfAbsent(c, k -> new TreeSet<>()).add(year);
                industries.computeIfAbsent(c, k -> new TreeSet<>()).add(product[1]);
                String phrase = c.phrases().get(random.nextInt(c.phrases().size()));
                if (squeezes) {
                    phrase = phrase.replace(" ", "");
                }
                int effectIndex = random.nextInt(EFFECTS.length);
                String effect = String.format(EFFECTS[effectIndex], 5 + random.nextInt(40));
                builds.add(new Build(c, isVerified, year, product[0], product[1], LEVELS[before], LEVELS[after], EFFECT_NAMES[effectIndex]));
                Region region = Region.values()[random.nextInt(Region.values().length)];
                historyRows.add(String.join(",", registrationNumber(i), "R" + i + "-" + h, isVerified ? "VERIFIED" : "SELF_DECLARED",
                        product[1], region.name(), String.valueOf(year), c.speciality(), LEVELS[before], LEVELS[after],
                        BANDS[random.nextInt(BANDS.length)], csv(describe(style, region, product[0], phrase, effect, year))));
            }

            // names: most plain, some claim a capability the builds never show, a few copy another name closely
            Set<Capability> built = EnumSet.noneOf(Capability.class);
            built.addAll(verified.keySet());
            built.addAll(declared.keySet());
            Set<Capability> nameOnly = EnumSet.noneOf(Capability.class);
            String name;
            int kind = random.nextInt(100);
            java.util.Optional<Capability> unbuilt = unbuilt(random, built);
            if (kind < 10 && unbuilt.isPresent()) {
                Capability claimed = unbuilt.get();
                nameOnly.add(claimed);
                name = PREFIXES[random.nextInt(PREFIXES.length)] + claimed.word() + SUFFIXES[random.nextInt(SUFFIXES.length)];
            } else if (kind < 13 && !names.isEmpty()) {
                name = names.get(random.nextInt(names.size())).replace("(주)", "") + (random.nextBoolean() ? "놀로지" : "즈");
            } else {
                name = PREFIXES[random.nextInt(PREFIXES.length)] + SUFFIXES[random.nextInt(SUFFIXES.length)];
            }
            name = i % 3 == 0 ? "(주)" + name : name + "(주)";
            if (names.contains(name)) {
                name = name + " " + i;
            }
            names.add(name);

            Set<Capability> planned = EnumSet.noneOf(Capability.class);
            StringBuilder intro = new StringBuilder(home[0]).append(" 제조 현장의 스마트공장 구축을 돕는 기업입니다.");
            java.util.Optional<Capability> unplanned = unbuilt(random, built);
            if (random.nextInt(100) < 15 && unplanned.isPresent()) {
                Capability plan = unplanned.get();
                planned.add(plan);
                String what = plan.phrases().get(0);
                what = what.contains(" ") ? what.substring(0, what.lastIndexOf(' ')) : what;
                intro.append(' ').append(what).append(random.nextBoolean() ? " 솔루션 개발 중입니다." : " 서비스 출시 예정입니다.");
            }
            String specialities = String.join(";", new TreeSet<>(List.of(primary.speciality(), secondary.speciality())));
            Region region = Region.values()[random.nextInt(Region.values().length)];
            supplierRows.add(String.join(",", registrationNumber(i), csv(name), "대표" + i, csv(region.shortName() + " 산업로 " + (i + 1)),
                    region.name(), random.nextBoolean() ? "62" : "58", String.valueOf(1995 + random.nextInt(28)), "",
                    specialities, region.name(), csv(intro.toString())));
            truth.add(new SupplierTruth(i, registrationNumber(i), name, verified, declared, years, industries, planned, nameOnly, selfOnly,
                    List.copyOf(builds)));
        }
    }

    /** History counts per supplier: Zipf-like (a few houses hold most), summing to the requested total. */
    private int[] skewedCounts(Random random) {
        double[] weights = new double[suppliers];
        double sum = 0;
        for (int i = 0; i < suppliers; i++) {
            weights[i] = 1.0 / Math.pow(i + 1, 0.9);
            sum += weights[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < suppliers; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        int[] counts = new int[suppliers];
        int given = 0;
        for (int rank = 0; rank < suppliers; rank++) {
            counts[order.get(rank)] = (int) Math.floor(histories * weights[rank] / sum);
            given += counts[order.get(rank)];
        }
        for (int k = 0; given < histories; k++, given++) {
            counts[order.get(k % suppliers)]++;
        }
        return counts;
    }

    /** A capability the supplier never built (none when it built them all). */
    private static java.util.Optional<Capability> unbuilt(Random random, Set<Capability> built) {
        List<Capability> left = new ArrayList<>(EnumSet.complementOf(built.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(built)));
        return left.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(left.get(random.nextInt(left.size())));
    }

    /** A house's way of writing one build. */
    private static String describe(int style, Region region, String product, String phrase, String effect, int year) {
        return switch (style) {
            case 0 -> region.shortName() + " " + product + " 공장 " + DirectoryDataGenerator.withRo(phrase) + " " + effect;
            case 1 -> product + " 제조사 대상 " + phrase + " 사업 수행. " + effect + ".";
            case 2 -> "[" + year + "] " + phrase + " (" + product + ") - " + effect;
            default -> product + " 업체에 " + phrase + " 완료, " + effect;
        };
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** How many histories the suppliers of the top tenth hold, as a share (for checking the skew). */
    public double topTenthShare() {
        List<Integer> sizes = new ArrayList<>();
        for (SupplierTruth t : truth) {
            int n = 0;
            for (Capability c : Capability.values()) {
                n += t.builds(c);
            }
            sizes.add(n);
        }
        sizes.sort(Collections.reverseOrder());
        int top = Math.max(1, sizes.size() / 10);
        long topSum = sizes.subList(0, top).stream().mapToLong(Integer::longValue).sum();
        long all = sizes.stream().mapToLong(Integer::longValue).sum();
        return all == 0 ? 0 : (double) topSum / all;
    }
}
