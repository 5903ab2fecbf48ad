package kr.go.smartfactory.level.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import kr.go.smartfactory.level.domain.DiagnosisItem;
import kr.go.smartfactory.level.domain.DiagnosisResult;
import kr.go.smartfactory.level.domain.LevelArea;

/** An SME's self-diagnosis as its page shows it: the questions, its answers so far and what they score now. */
public record DiagnosisView(List<Question> questions, Map<String, Integer> answers, DiagnosisResult result,
        Instant updatedAt, Instant completedAt) {

    public record Question(String code, LevelArea area, String textKo, String textEn, int weight) {

        static Question of(DiagnosisItem item) {
            return new Question(item.getCode(), item.getArea(), item.getTextKo(), item.getTextEn(), item.getWeight());
        }
    }

    public boolean completed() {
        return completedAt != null;
    }
}
