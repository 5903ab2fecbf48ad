package kr.go.smartfactory.shared.infrastructure;

import java.util.Locale;

/**
 * What a person typed, as a JPQL {@code like} pattern that finds it anywhere in a lowercased text: {@code %} and
 * {@code _} match themselves (escaped with {@code !}, so the query says {@code escape '!'}).
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    public static String containing(String typed) {
        String escaped = typed.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
