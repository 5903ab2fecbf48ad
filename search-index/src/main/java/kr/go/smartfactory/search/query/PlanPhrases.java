package kr.go.smartfactory.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a text states as a plan rather than as done ("개발 중", "출시 예정", "도입 예정"): such a sentence is at most a
 * claim of capability, never proof of it. Texts are split into sentences and clauses (at . ! ? 。, line breaks,
 * commas and semicolons), and a clause is a plan when it carries one of the plan phrases, whatever the spacing.
 */
public final class PlanPhrases {

    /** Plan phrases without spaces: "개발 중" and "개발중" alike. */
    private static final Pattern PLAN = Pattern.compile(
            "(개발|출시|도입|구축|적용|상용화|준비|추진|검토)중(이다|입니다|임|이며|이고|에있|$)"
                    + "|(개발|출시|도입|구축|적용|상용화|추진|착수|확대)(예정|할예정|할계획|계획)"
                    + "|예정(이다|입니다|임|이며|이고)?$|향후|내년|로드맵");
    /** Ends of sentences and clauses: . ! ? 。 and line breaks, a closing "다.", commas and semicolons. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。])\\s+|\\n+|(?<=다\\.)|,\\s+|;\\s*");

    private PlanPhrases() {
    }

    /** The sentences of a text, trimmed, blanks left out. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String s : SENTENCE_END.split(text)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Whether the sentence states a plan. */
    public static boolean isPlan(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return false;
        }
        String compact = sentence.replaceAll("[\\s.!?。,]+", "");
        return PLAN.matcher(compact).find();
    }

    /** The sentences of the text that state what was done (plans left out), joined by a space. */
    public static String done(String text) {
        return String.join(" ", sentences(text).stream().filter(s -> !isPlan(s)).toList());
    }

    /** The sentences of the text that state plans, joined by a space. */
    public static String planned(String text) {
        return String.join(" ", sentences(text).stream().filter(PlanPhrases::isPlan).toList());
    }
}
