package kr.go.smartfactory.level.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.level.application.DiagnosisAdministration;
import kr.go.smartfactory.level.domain.LevelArea;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.web.support.Actions;

/**
 * admin/diagnosis.xhtml: the self-diagnosis questions (wording in both languages, weight, asked or retired), a new
 * question, and the levels' cut-offs — saved together, every problem at once.
 */
@Named
@ViewScoped
public class DiagnosisAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DiagnosisAdministration administration;

    private List<DiagnosisAdministration.Question> questions;
    private Map<SmartLevel, Integer> cutoffs;
    private DiagnosisAdministration.Question added = new DiagnosisAdministration.Question();

    @PostConstruct
    void load() {
        questions = new ArrayList<>(administration.questions());
        cutoffs = new EnumMap<>(administration.cutoffs());
        added = new DiagnosisAdministration.Question();
        added.setActive(true);
        added.setWeight(1);
    }

    public void save() {
        List<DiagnosisAdministration.Question> all = new ArrayList<>(questions);
        boolean adding = added.getCode() != null && !added.getCode().isBlank();
        if (adding) {
            all.add(added);
        }
        if (Actions.run(() -> administration.save(all, cutoffs), "diagnosisAdmin.saved")) {
            load();
        }
    }

    public List<DiagnosisAdministration.Question> getQuestions() {
        return questions;
    }

    public Map<SmartLevel, Integer> getCutoffs() {
        return cutoffs;
    }

    public SmartLevel[] getLevels() {
        return SmartLevel.values();
    }

    public LevelArea[] getAreas() {
        return LevelArea.values();
    }

    /** Where problems with the cut-offs (field "minScore") are shown; carries nothing. */
    public String getCutoffAnchor() {
        return "";
    }

    public void setCutoffAnchor(String ignored) {
        // only an anchor for messages
    }

    public DiagnosisAdministration.Question getAdded() {
        return added;
    }
}
