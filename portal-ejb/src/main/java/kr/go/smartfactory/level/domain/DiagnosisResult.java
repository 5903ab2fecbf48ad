package kr.go.smartfactory.level.domain;

import java.util.List;
import java.util.Map;

import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * What a set of answers scores: the total and each area on the 1,000-point scale, the level the total reaches,
 * the next level and how many points it is away, and the areas that score below that next level's cut-off (where
 * to start). {@code complete} says whether every active question was answered; only a complete diagnosis
 * counts as the company's self-diagnosed level.
 */
public record DiagnosisResult(int total, Map<LevelArea, Integer> areas, SmartLevel level, SmartLevel next, int gapToNext,
        List<LevelArea> areasBelowNext, int answered, int questions) {

    public boolean complete() {
        return answered == questions;
    }
}
