package kr.go.smartfactory.account.domain;

/**
 * The 17 first-level administrative divisions (시·도). Regional centres and AS support groups are organised
 * by them. Display names come from the resource bundles ({@code region.SEOUL}).
 */
public enum Region {
    SEOUL, BUSAN, DAEGU, INCHEON, GWANGJU, DAEJEON, ULSAN, SEJONG,
    GYEONGGI, GANGWON, CHUNGBUK, CHUNGNAM, JEONBUK, JEONNAM, GYEONGBUK, GYEONGNAM, JEJU
}
