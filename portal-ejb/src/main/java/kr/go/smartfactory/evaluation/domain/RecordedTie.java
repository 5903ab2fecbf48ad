package kr.go.smartfactory.evaluation.domain;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One tie on an evaluator's record: a past (or current) employment with its last day, a declared interest or a past
 * joint project, with a company identified by its business number (the name is only for people to read).
 */
@Embeddable
public class RecordedTie implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Tie.Kind kind;

    @Column(name = "registration_number", nullable = false, length = 10)
    private String registrationNumber;

    @Column(name = "company_name", nullable = false, length = 200)
    private String companyName;

    /** Employment only: the last day (none: still employed). */
    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "note", length = 300)
    private String note;

    protected RecordedTie() {
        // JPA
    }

    RecordedTie(Tie.Kind kind, String registrationNumber, String companyName, LocalDate endedOn, String note) {
        this.kind = kind;
        this.registrationNumber = registrationNumber;
        this.companyName = companyName;
        this.endedOn = kind == Tie.Kind.EMPLOYMENT ? endedOn : null;
        this.note = note;
    }

    public Tie.Kind getKind() {
        return kind;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getCompanyName() {
        return companyName;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getNote() {
        return note;
    }
}
