package kr.go.smartfactory.program.domain;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/** 가점 항목: a bonus-point item of a round (뿌리기업, 비수도권 소재, …) and the points it adds (1–5). */
@Embeddable
public class BonusItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name_ko", nullable = false, length = 100)
    private String nameKo;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "points", nullable = false)
    private int points;

    protected BonusItem() {
        // JPA
    }

    public BonusItem(String nameKo, String nameEn, int points) {
        this.nameKo = Texts.required(nameKo, 100, "bonus", "bonus.name.invalid");
        this.nameEn = Texts.required(nameEn, 100, "bonus", "bonus.name.invalid");
        if (points < 1 || points > 5) {
            throw DomainException.onField("bonus", "bonus.points.invalid");
        }
        this.points = points;
    }

    public String getNameKo() {
        return nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPoints() {
        return points;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BonusItem b && nameKo.equals(b.nameKo) && nameEn.equals(b.nameEn) && points == b.points;
    }

    @Override
    public int hashCode() {
        return Objects.hash(nameKo, nameEn, points);
    }
}
