package kr.go.smartfactory.shared.domain;

import java.time.ZoneId;

/** The programme runs on Korean time: calendar days, deadlines and displayed times are Asia/Seoul. */
public final class KoreanTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private KoreanTime() {
    }
}
