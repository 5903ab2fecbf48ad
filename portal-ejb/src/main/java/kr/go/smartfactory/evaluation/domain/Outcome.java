package kr.go.smartfactory.evaluation.domain;

/**
 * What an application is told: 선정 (selected within quota and budget), 예비 (shortlisted but not selected: next in
 * line if a selected one drops out) or 미선정 (not selected).
 */
public enum Outcome {
    SELECTED, RESERVE, NOT_SELECTED;

    public static Outcome of(Ranking.Place place) {
        if (place.decision() == Ranking.Decision.SELECTED) {
            return SELECTED;
        }
        return place.shortlisted() ? RESERVE : NOT_SELECTED;
    }
}
