package kr.go.smartfactory.level.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import kr.go.smartfactory.level.application.AssessmentView;
import kr.go.smartfactory.level.application.DiagnosisView;
import kr.go.smartfactory.level.application.LevelAssessments;
import kr.go.smartfactory.level.application.LevelDiagnosis;
import kr.go.smartfactory.level.domain.DiagnosisResult;
import kr.go.smartfactory.level.domain.LevelArea;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Messages;

/**
 * my/diagnosis.xhtml: the SME's level self-diagnosis — each answer saved the moment it is chosen (leaving the page
 * loses nothing), the level, the areas on a radar chart beside a table of the same numbers, the gap to the next
 * level and where to start; completing it records the self-diagnosed level. Its certificates are listed below.
 */
@Named
@ViewScoped
public class DiagnosisBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LevelDiagnosis diagnosis;

    @Inject
    private LevelAssessments assessments;

    private DiagnosisView view;
    private java.util.HashMap<String, Integer> answers;
    private transient List<AssessmentView> certificates;

    public DiagnosisView getView() {
        if (view == null) {
            view = diagnosis.mine();
        }
        return view;
    }

    /** The questions of an area (EL hands the area over as its name). */
    public List<DiagnosisView.Question> questions(Object area) {
        return getView().questions().stream().filter(q -> q.area().name().equals(String.valueOf(area))).toList();
    }

    /** An area's points on the 1,000-point scale. */
    public int areaScore(Object area) {
        return getView().result().areas().getOrDefault(LevelArea.valueOf(String.valueOf(area)), 0);
    }

    /** Whether an area scores below the next level's cut-off (where to start). */
    public boolean belowNext(Object area) {
        return getView().result().areasBelowNext().contains(LevelArea.valueOf(String.valueOf(area)));
    }

    public LevelArea[] getAreas() {
        return LevelArea.values();
    }

    public int[] getScores() {
        return new int[] {0, 1, 2, 3, 4};
    }

    /** The answers as the radios show and set them (null: not answered yet). */
    public Map<String, Integer> getAnswers() {
        if (answers == null) {
            answers = new java.util.HashMap<>(getView().answers());
        }
        return answers;
    }

    /** Saves the answer just chosen for this question (the radio's ajax event). */
    public void answer(String code) {
        Integer score = getAnswers().get(code);
        if (score != null) {
            Actions.call(() -> diagnosis.answer(code, score), null).ifPresent(v -> view = v);
        }
    }

    public void complete() {
        Actions.call(() -> diagnosis.complete(), "diagnosis.completed").ifPresent(v -> view = v);
    }

    public List<AssessmentView> getCertificates() {
        if (certificates == null) {
            certificates = assessments.mine();
        }
        return certificates;
    }

    /** Chart.js configuration of the radar: the areas' scores and the next level's cut-off, labels in the visitor's language. */
    public String getChart() {
        DiagnosisResult r = getView().result();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder scores = Json.createArrayBuilder();
        JsonArrayBuilder target = Json.createArrayBuilder();
        for (LevelArea area : LevelArea.values()) {
            labels.add(Messages.text("diagnosis.area." + area));
            scores.add(r.areas().getOrDefault(area, 0));
            if (r.next() != null) {
                target.add(r.total() + r.gapToNext());
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", Messages.text("diagnosis.chart.mine")).add("data", scores)
                .add("backgroundColor", "rgba(0, 75, 145, 0.2)").add("borderColor", "#004b91"));
        if (r.next() != null) {
            datasets.add(Json.createObjectBuilder()
                    .add("label", Messages.text("diagnosis.chart.next").replace("{0}", Messages.text("level." + r.next())))
                    .add("data", target).add("fill", false).add("borderColor", "#b3261e").add("borderDash", Json.createArrayBuilder().add(6).add(4)));
        }
        return Json.createObjectBuilder().add("type", "radar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("scales", Json.createObjectBuilder().add("r", Json.createObjectBuilder().add("min", 0).add("max", 1000)
                                .add("ticks", Json.createObjectBuilder().add("stepSize", 200))))
                        .add("maintainAspectRatio", true))
                .build().toString();
    }
}
