package kr.go.smartfactory.usage.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * 사용구분 (useSe) of a usage log: what the user did in the solution. Clients send the code (DO6001) or the Korean word
 * (접속); both are read, the code is stored.
 */
public enum UseKind {
    LOGIN("DO6001", "접속"),
    LOGOUT("DO6002", "종료"),
    VIEW("DO6003", "조회"),
    CREATE("DO6004", "등록"),
    UPDATE("DO6005", "수정"),
    DELETE("DO6006", "삭제"),
    STOCK("DO6007", "입출고");

    private final String code;
    private final String word;

    UseKind(String code, String word) {
        this.code = code;
        this.word = word;
    }

    public String code() {
        return code;
    }

    public String word() {
        return word;
    }

    /** The kind a client meant: its code in any case, or its Korean word, surrounding spaces ignored. */
    public static Optional<UseKind> read(String sent) {
        if (sent == null) {
            return Optional.empty();
        }
        String s = sent.strip();
        String upper = s.toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.code.equals(upper) || k.word.equals(s)).findFirst();
    }

    public static Optional<UseKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
