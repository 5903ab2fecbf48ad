package kr.go.smartfactory.company.domain;

import java.util.Optional;

/**
 * The 17 first-level administrative divisions (시·도). Regional centres and AS support groups are organised
 * by them. Display names come from the resource bundles ({@code region.SEOUL}); the Korean official and
 * short names here are for reading data (imports) that name regions in Korean.
 */
public enum Region {
    SEOUL("서울특별시", "서울"), BUSAN("부산광역시", "부산"), DAEGU("대구광역시", "대구"), INCHEON("인천광역시", "인천"),
    GWANGJU("광주광역시", "광주"), DAEJEON("대전광역시", "대전"), ULSAN("울산광역시", "울산"), SEJONG("세종특별자치시", "세종"),
    GYEONGGI("경기도", "경기"), GANGWON("강원특별자치도", "강원"), CHUNGBUK("충청북도", "충북"), CHUNGNAM("충청남도", "충남"),
    JEONBUK("전북특별자치도", "전북"), JEONNAM("전라남도", "전남"), GYEONGBUK("경상북도", "경북"), GYEONGNAM("경상남도", "경남"),
    JEJU("제주특별자치도", "제주");

    private final String officialName;
    private final String shortName;

    Region(String officialName, String shortName) {
        this.officialName = officialName;
        this.shortName = shortName;
    }

    public String officialName() {
        return officialName;
    }

    public String shortName() {
        return shortName;
    }

    /** SEOUL, 서울특별시 or 서울. */
    public static Optional<Region> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Region r : values()) {
            if (r.name().equalsIgnoreCase(t) || r.officialName.equals(t) || r.shortName.equals(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
