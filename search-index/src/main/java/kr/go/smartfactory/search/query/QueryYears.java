package kr.go.smartfactory.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in a query that are years: {@code 2021 로봇} means robot builds of 2021, not texts containing "2021". A word
 * of four digits (optionally followed by 년 or 년도) between {@link #FIRST} and the year after this one is taken out of
 * the words and kept as the year a build history should have; other numbers stay words.
 */
public final class QueryYears {

    /** The first year the programme kept build histories for. */
    public static final int FIRST = 2000;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:년도?)?");

    private QueryYears() {
    }

    /** What remains of the query and the years it named (in the order typed, each once). */
    public record Split(String words, List<Integer> years) {

        public boolean hasYear() {
            return !years.isEmpty();
        }
    }

    /** Splits the query; {@code thisYear} bounds the years accepted (up to the next one, for plans). */
    public static Split split(String query, int thisYear) {
        if (query == null || query.isBlank()) {
            return new Split("", List.of());
        }
        List<Integer> years = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String word : query.strip().split("\\s+")) {
            Matcher m = YEAR.matcher(word);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                if (year >= FIRST && year <= thisYear + 1) {
                    if (!years.contains(year)) {
                        years.add(year);
                    }
                    continue;
                }
            }
            words.add(word);
        }
        return new Split(String.join(" ", words), List.copyOf(years));
    }
}
