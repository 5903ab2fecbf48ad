package kr.go.smartfactory.level.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * An SME's level self-diagnosis (자가진단). Life cycle: answers are saved one by one as the company goes
 * (nothing is lost when it leaves half-way); when every question is answered it is <em>completed</em>, which
 * records the level and total it reached at that moment — the company's self-diagnosed level. Changing an answer
 * afterwards reopens it until it is completed again. One per company.
 */
@Entity
@Table(name = "self_diagnosis")
public class SelfDiagnosis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false, unique = true)
    private Company company;

    @ElementCollection
    @CollectionTable(name = "self_diagnosis_answer", joinColumns = @JoinColumn(name = "diagnosis_id"))
    @MapKeyColumn(name = "item_code", length = 20)
    @Column(name = "score", nullable = false)
    private Map<String, Integer> answers = new HashMap<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_level", length = 20)
    private SmartLevel resultLevel;

    @Column(name = "result_score")
    private Integer resultScore;

    @Version
    private long version;

    protected SelfDiagnosis() {
        // JPA
    }

    public static SelfDiagnosis startedBy(Company company, Instant now) {
        if (company.getKind() != CompanyKind.SME) {
            throw new DomainException("diagnosis.smeOnly");
        }
        SelfDiagnosis d = new SelfDiagnosis();
        d.company = company;
        d.updatedAt = now;
        return d;
    }

    /** Saves one answer (the same answer again changes nothing); a completed diagnosis reopens. */
    public void answer(DiagnosisItem item, int score, Instant now) {
        if (!item.isActive()) {
            throw DomainException.onField("score", "diagnosis.item.retired");
        }
        Integer before = answers.put(item.getCode(), DiagnosisItem.checkScore(score));
        if (before == null || before != score) {
            updatedAt = now;
            completedAt = null;
            resultLevel = null;
            resultScore = null;
        }
    }

    /** Records the level reached; every active question must be answered. */
    public DiagnosisResult complete(LevelScale scale, Instant now) {
        DiagnosisResult result = scale.score(answers);
        if (!result.complete()) {
            throw new DomainException("diagnosis.incomplete");
        }
        completedAt = now;
        resultLevel = result.level();
        resultScore = result.total();
        return result;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public Map<String, Integer> getAnswers() {
        return Map.copyOf(answers);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public SmartLevel getResultLevel() {
        return resultLevel;
    }

    public Integer getResultScore() {
        return resultScore;
    }
}
