package kr.go.smartfactory.program.domain;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * One criterion of a round's evaluation rubric (구축 필요성, 구축 목표의 적절성, …) and its weight in points;
 * the weights of a rubric add up to 100. Evaluators rate each criterion 탁월 / 우수 / 보통 / 미흡 / 불량.
 */
@Embeddable
public class RubricCriterion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name_ko", nullable = false, length = 100)
    private String nameKo;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "weight", nullable = false)
    private int weight;

    protected RubricCriterion() {
        // JPA
    }

    public RubricCriterion(String nameKo, String nameEn, int weight) {
        this.nameKo = Texts.required(nameKo, 100, "rubric", "rubric.name.invalid");
        this.nameEn = Texts.required(nameEn, 100, "rubric", "rubric.name.invalid");
        if (weight < 1 || weight > 100) {
            throw DomainException.onField("rubric", "rubric.weight.invalid");
        }
        this.weight = weight;
    }

    public String getNameKo() {
        return nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getWeight() {
        return weight;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RubricCriterion c && nameKo.equals(c.nameKo) && nameEn.equals(c.nameEn) && weight == c.weight;
    }

    @Override
    public int hashCode() {
        return Objects.hash(nameKo, nameEn, weight);
    }
}
