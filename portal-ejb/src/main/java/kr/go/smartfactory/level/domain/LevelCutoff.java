package kr.go.smartfactory.level.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.SmartLevel;

/** The lowest total (of 1,000) at which a level is reached, kept as data. ICT 미적용 starts at 0. */
@Entity
@Table(name = "level_cutoff")
public class LevelCutoff {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private SmartLevel level;

    @Column(name = "min_score", nullable = false)
    private int minScore;

    @Version
    private long version;

    protected LevelCutoff() {
        // JPA
    }

    public LevelCutoff(SmartLevel level, int minScore) {
        this.level = level;
        move(minScore);
    }

    public void move(int newMinScore) {
        if (newMinScore < 0 || newMinScore > LevelScale.MAX_TOTAL || level == SmartLevel.NONE && newMinScore != 0) {
            throw DomainException.onField("minScore", "diagnosis.cutoff.invalid");
        }
        this.minScore = newMinScore;
    }

    public SmartLevel getLevel() {
        return level;
    }

    public int getMinScore() {
        return minScore;
    }
}
