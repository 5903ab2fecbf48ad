package kr.go.smartfactory.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * 평가위원 풀: what is on record about one evaluator account for the conflict-of-interest check — its affiliation, its
 * own company (business number, if it works for one) and its ties (employments, declared interests, joint
 * projects). Staff keep it; an evaluator's declaration on an assignment adds to it.
 */
@Entity
@Table(name = "evaluator_profile")
public class EvaluatorProfile {

    public static final int MAX_TIES = 50;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "affiliation", length = 200)
    private String affiliation;

    @Column(name = "own_company", length = 10)
    private String ownCompany;

    @ElementCollection
    @CollectionTable(name = "evaluator_tie", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "position")
    private List<RecordedTie> ties = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected EvaluatorProfile() {
        // JPA
    }

    public EvaluatorProfile(long accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    /** Affiliation (free text) and own company's business number (blank: none). */
    public void describe(String affiliation, String ownCompany, Instant now) {
        this.affiliation = Texts.optional(affiliation, 200, "affiliation", "evaluator.affiliation.tooLong");
        this.ownCompany = number(ownCompany, "ownCompany", true);
        this.updatedAt = now;
    }

    /** Records a tie; an employment may carry its last day (none: current). */
    public void addTie(Tie.Kind kind, String registrationNumber, String companyName, LocalDate endedOn, String note, Instant now) {
        if (kind == null || kind == Tie.Kind.SAME_COMPANY) {
            throw DomainException.onField("tieKind", "evaluator.tie.kind");
        }
        if (ties.size() >= MAX_TIES) {
            throw new DomainException("evaluator.tie.tooMany");
        }
        DomainException.Collector problems = new DomainException.Collector();
        String brn = problems.check("tieNumber", () -> number(registrationNumber, "tieNumber", false));
        String name = problems.check("tieCompany", () -> Texts.required(companyName, 200, "tieCompany", "evaluator.tie.company"));
        String text = problems.check("tieNote", () -> Texts.optional(note, 300, "tieNote", "evaluator.tie.noteTooLong"));
        problems.throwIfAny();
        ties.add(new RecordedTie(kind, brn, name, endedOn, text));
        updatedAt = now;
    }

    public void removeTie(int index, Instant now) {
        if (index < 0 || index >= ties.size()) {
            throw new DomainException("evaluator.tie.notFound");
        }
        ties.remove(index);
        updatedAt = now;
    }

    /** The record the conflict-of-interest check reads. */
    public EvaluatorRecord record() {
        List<EvaluatorRecord.Employment> employments = new ArrayList<>();
        Set<String> interests = new HashSet<>();
        Set<String> joint = new HashSet<>();
        for (RecordedTie t : ties) {
            switch (t.getKind()) {
                case EMPLOYMENT -> employments.add(new EvaluatorRecord.Employment(t.getRegistrationNumber(), t.getEndedOn()));
                case DECLARED_INTEREST -> interests.add(t.getRegistrationNumber());
                case JOINT_PROJECT -> joint.add(t.getRegistrationNumber());
                default -> {
                    // SAME_COMPANY is the own company, not a recorded tie
                }
            }
        }
        return new EvaluatorRecord(ownCompany, employments, interests, joint);
    }

    private static String number(String raw, String field, boolean optional) {
        if (raw == null || raw.isBlank()) {
            if (optional) {
                return null;
            }
            throw DomainException.onField(field, "evaluator.tie.number");
        }
        if (!BusinessRegistrationNumber.isValid(raw)) {
            throw DomainException.onField(field, "company.brn.invalid");
        }
        return BusinessRegistrationNumber.of(raw).digits();
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public String getOwnCompany() {
        return ownCompany;
    }

    public List<RecordedTie> getTies() {
        return List.copyOf(ties);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
