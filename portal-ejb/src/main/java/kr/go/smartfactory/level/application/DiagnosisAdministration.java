package kr.go.smartfactory.level.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.level.domain.DiagnosisItem;
import kr.go.smartfactory.level.domain.LevelArea;
import kr.go.smartfactory.level.domain.LevelCutoff;
import kr.go.smartfactory.level.domain.LevelRepository;
import kr.go.smartfactory.level.domain.LevelScale;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * ADMIN keeps the self-diagnosis as data: the questions' wording in both languages, their weights, which are asked
 * (a retired question keeps its past answers but no longer counts), new questions, and the levels' cut-offs on the
 * 1,000-point scale. Everything is saved together or not at all: every problem at once, the cut-offs' order checked
 * by the scale itself. Every change is in the audit trail.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DiagnosisAdministration {

    @Inject
    private LevelRepository levels;

    /** One question as the page edits it. */
    public static class Question implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private LevelArea area;
        private String textKo;
        private String textEn;
        private Integer weight;
        private boolean active;

        public Question() {
        }

        Question(DiagnosisItem i) {
            this.code = i.getCode();
            this.area = i.getArea();
            this.textKo = i.getTextKo();
            this.textEn = i.getTextEn();
            this.weight = i.getWeight();
            this.active = i.isActive();
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public LevelArea getArea() {
            return area;
        }

        public void setArea(LevelArea area) {
            this.area = area;
        }

        public String getTextKo() {
            return textKo;
        }

        public void setTextKo(String textKo) {
            this.textKo = textKo;
        }

        public String getTextEn() {
            return textEn;
        }

        public void setTextEn(String textEn) {
            this.textEn = textEn;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    public List<Question> questions() {
        return levels.items().stream().map(Question::new).toList();
    }

    public Map<SmartLevel, Integer> cutoffs() {
        Map<SmartLevel, Integer> cutoffs = new java.util.EnumMap<>(SmartLevel.class);
        levels.cutoffs().forEach(c -> cutoffs.put(c.getLevel(), c.getMinScore()));
        return cutoffs;
    }

    /**
     * Saves the questions and cut-offs as edited (questions matched by code; a code not yet known is a new question,
     * asked at the end of its area). Refused with every problem — field names {@code textKo}, {@code weight},
     * {@code minScore}, … — and then nothing changes.
     */
    public void save(List<Question> questions, Map<SmartLevel, Integer> cutoffs) {
        DomainException.Collector problems = new DomainException.Collector();
        List<DiagnosisItem> all = new ArrayList<>(levels.items());
        for (Question q : questions) {
            DiagnosisItem item = levels.item(q.getCode() == null ? "" : q.getCode().strip()).orElse(null);
            int weight = q.getWeight() == null ? 0 : q.getWeight();
            if (item == null) {
                if (q.getArea() == null) {
                    problems.add("area", "diagnosis.area.required");
                    continue;
                }
                int position = (int) all.stream().filter(i -> i.getArea() == q.getArea()).count() + 1;
                DiagnosisItem created = problems.check("textKo",
                        () -> new DiagnosisItem(q.getCode(), q.getArea(), q.getTextKo(), q.getTextEn(), weight, position));
                if (created != null) {
                    levels.add(created);
                    all.add(created);
                }
                continue;
            }
            problems.check("textKo", () -> {
                item.reword(q.getTextKo(), q.getTextEn(), weight);
                return null;
            });
            if (q.isActive()) {
                item.reinstate();
            } else {
                item.retire();
            }
        }
        List<LevelCutoff> moved = levels.cutoffs();
        for (LevelCutoff c : moved) {
            Integer min = cutoffs.get(c.getLevel());
            problems.check("minScore", () -> {
                c.move(min == null ? -1 : min);
                return null;
            });
        }
        problems.throwIfAny();
        problems.check("minScore", () -> new LevelScale(all, moved));
        problems.throwIfAny();
    }
}
