package kr.go.smartfactory.disbursement.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * 기업부담금 입금: a deposit of the company's (or the partner's) contribution into the project account, with who paid it
 * — the account holder's name and business number and the bank — so that staff can match it; never more in total than
 * the contributions agreed, never dated in the future.
 */
@Entity
@Table(name = "deposit")
public class Deposit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Embedded
    @AttributeOverride(name = "won", column = @Column(name = "amount", nullable = false, precision = 15, scale = 0))
    private Money amount;

    @Column(name = "deposited_on", nullable = false)
    private LocalDate depositedOn;

    @Column(name = "holder_name", nullable = false, length = 100)
    private String holderName;

    @Column(name = "holder_brn", nullable = false, length = 10)
    private String holderRegistrationNumber;

    @Column(name = "bank", nullable = false, length = 50)
    private String bank;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    protected Deposit() {
        // JPA
    }

    /**
     * Records a deposit, refused with every problem: the amount positive and within what is still due ({@code due} =
     * contributions agreed − deposited so far), the day not after today, holder and bank named, the holder's number
     * valid.
     */
    public static Deposit record(long projectId, Money amount, Money due, LocalDate depositedOn, LocalDate today, String holderName,
            String holderRegistrationNumber, String bank, String by, Instant now) {
        DomainException.Collector problems = new DomainException.Collector();
        if (amount == null || amount.isZero() || amount.isNegative()) {
            problems.add("depositAmount", "ledger.amount.positive");
        } else if (amount.isGreaterThan(due)) {
            problems.add("depositAmount", "deposit.aboveDue");
        }
        if (depositedOn == null || depositedOn.isAfter(today)) {
            problems.add("depositedOn", "deposit.date");
        }
        String holder = problems.check("holderName", () -> Texts.required(holderName, 100, "holderName", "deposit.holder"));
        String number = problems.check("holderNumber", () -> {
            if (holderRegistrationNumber == null || !BusinessRegistrationNumber.isValid(holderRegistrationNumber)) {
                throw DomainException.onField("holderNumber", "company.brn.invalid");
            }
            return BusinessRegistrationNumber.of(holderRegistrationNumber).digits();
        });
        String bankName = problems.check("bank", () -> Texts.required(bank, 50, "bank", "deposit.bank"));
        problems.throwIfAny();
        Deposit d = new Deposit();
        d.projectId = projectId;
        d.amount = amount;
        d.depositedOn = depositedOn;
        d.holderName = holder;
        d.holderRegistrationNumber = number;
        d.bank = bankName;
        d.recordedAt = now;
        d.recordedBy = by;
        return d;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Money getAmount() {
        return amount;
    }

    public LocalDate getDepositedOn() {
        return depositedOn;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getHolderRegistrationNumber() {
        return holderRegistrationNumber;
    }

    public String getBank() {
        return bank;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
