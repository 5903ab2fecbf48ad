package kr.go.smartfactory.level.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * The self-diagnosis as a measuring rule: the active questions with their weights and the cut-offs of the levels
 * (both data). A total is {@code 1000 × Σ(weight × answer) / Σ(weight × 4)} over every active question —
 * an unanswered one counts 0 — cut to a whole point downwards, so a company never reads a level it has not
 * reached; an area's score is the same over that area's questions. The level is the highest whose cut-off the
 * total reaches.
 */
public final class LevelScale {

    public static final int MAX_TOTAL = 1000;

    private final List<DiagnosisItem> items;
    private final Map<SmartLevel, Integer> cutoffs = new EnumMap<>(SmartLevel.class);

    /** Refused when a level's cut-off is missing or not above the one below it. */
    public LevelScale(List<DiagnosisItem> items, List<LevelCutoff> levelCutoffs) {
        this.items = items.stream().filter(DiagnosisItem::isActive)
                .sorted(Comparator.comparing(DiagnosisItem::getArea).thenComparingInt(DiagnosisItem::getPosition)).toList();
        levelCutoffs.forEach(c -> cutoffs.put(c.getLevel(), c.getMinScore()));
        int below = -1;
        for (SmartLevel level : SmartLevel.values()) {
            Integer min = cutoffs.get(level);
            if (min == null || min <= below) {
                throw DomainException.onField("minScore", "diagnosis.cutoff.order");
            }
            below = min;
        }
        if (this.items.isEmpty()) {
            throw new DomainException("diagnosis.noQuestions");
        }
    }

    public List<DiagnosisItem> items() {
        return items;
    }

    public int cutoff(SmartLevel level) {
        return cutoffs.get(level);
    }

    public DiagnosisResult score(Map<String, Integer> answers) {
        Objects.requireNonNull(answers);
        long weighted = 0;
        long possible = 0;
        int answered = 0;
        Map<LevelArea, long[]> perArea = new EnumMap<>(LevelArea.class);
        for (DiagnosisItem item : items) {
            Integer answer = answers.get(item.getCode());
            int score = answer == null ? 0 : DiagnosisItem.checkScore(answer);
            if (answer != null) {
                answered++;
            }
            weighted += (long) item.getWeight() * score;
            possible += (long) item.getWeight() * DiagnosisItem.MAX_SCORE;
            long[] area = perArea.computeIfAbsent(item.getArea(), a -> new long[2]);
            area[0] += (long) item.getWeight() * score;
            area[1] += (long) item.getWeight() * DiagnosisItem.MAX_SCORE;
        }
        int total = points(weighted, possible);
        Map<LevelArea, Integer> areas = new EnumMap<>(LevelArea.class);
        perArea.forEach((area, sums) -> areas.put(area, points(sums[0], sums[1])));
        SmartLevel level = levelOf(total);
        SmartLevel next = level.ordinal() + 1 < SmartLevel.values().length ? SmartLevel.values()[level.ordinal() + 1] : null;
        List<LevelArea> below = new ArrayList<>();
        if (next != null) {
            areas.forEach((area, score) -> {
                if (score < cutoff(next)) {
                    below.add(area);
                }
            });
        }
        return new DiagnosisResult(total, areas, level, next, next == null ? 0 : cutoff(next) - total, below, answered, items.size());
    }

    public SmartLevel levelOf(int total) {
        SmartLevel reached = SmartLevel.NONE;
        for (SmartLevel level : SmartLevel.values()) {
            if (total >= cutoffs.get(level)) {
                reached = level;
            }
        }
        return reached;
    }

    private static int points(long weighted, long possible) {
        return possible == 0 ? 0 : (int) (weighted * MAX_TOTAL / possible);
    }
}
