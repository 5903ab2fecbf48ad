package kr.go.smartfactory.level.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * One question of the level self-diagnosis, kept as data (administrators reword, reweigh or retire questions
 * without a release): its area, its wording in both languages and its weight within the area. Every question is
 * answered on the same 0–4 scale ({@link #MAX_SCORE}); a retired question stays for the answers already given
 * but is no longer asked.
 */
@Entity
@Table(name = "diagnosis_item")
public class DiagnosisItem {

    public static final int MAX_SCORE = 4;

    @Id
    @Column(length = 20)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private LevelArea area;

    @Column(name = "text_ko", nullable = false, length = 300)
    private String textKo;

    @Column(name = "text_en", nullable = false, length = 300)
    private String textEn;

    @Column(nullable = false)
    private int weight;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected DiagnosisItem() {
        // JPA
    }

    public DiagnosisItem(String code, LevelArea area, String textKo, String textEn, int weight, int position) {
        this.code = Texts.required(code, 20, "code", "diagnosis.code.invalid");
        this.area = area;
        this.position = position;
        this.active = true;
        reword(textKo, textEn, weight);
    }

    public void reword(String newTextKo, String newTextEn, int newWeight) {
        this.textKo = Texts.required(newTextKo, 300, "textKo", "diagnosis.text.invalid");
        this.textEn = Texts.required(newTextEn, 300, "textEn", "diagnosis.text.invalid");
        if (newWeight < 1 || newWeight > 10) {
            throw DomainException.onField("weight", "diagnosis.weight.invalid");
        }
        this.weight = newWeight;
    }

    public void retire() {
        this.active = false;
    }

    public void reinstate() {
        this.active = true;
    }

    /** An answer on the 0–4 scale, or {@link DomainException} on this question. */
    public static int checkScore(int score) {
        if (score < 0 || score > MAX_SCORE) {
            throw DomainException.onField("score", "diagnosis.score.invalid");
        }
        return score;
    }

    public String getCode() {
        return code;
    }

    public LevelArea getArea() {
        return area;
    }

    public String getTextKo() {
        return textKo;
    }

    public String getTextEn() {
        return textEn;
    }

    public int getWeight() {
        return weight;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
