package kr.go.smartfactory.evaluation.domain;

import java.math.BigDecimal;

/**
 * An evaluator's grade on one rubric criterion (탁월 / 우수 / 보통 / 미흡 / 불량) and the share of the criterion's weight
 * it earns: 100 %, 80 %, 60 %, 40 %, 20 %.
 */
public enum Grade {
    EXCELLENT(100), GOOD(80), FAIR(60), POOR(40), FAILING(20);

    private final int percent;

    Grade(int percent) {
        this.percent = percent;
    }

    /** The points this grade earns on a criterion of this weight (exact: weight × percent / 100, two decimals). */
    public BigDecimal points(int weight) {
        return BigDecimal.valueOf((long) weight * percent, 2);
    }

    public int percent() {
        return percent;
    }
}
