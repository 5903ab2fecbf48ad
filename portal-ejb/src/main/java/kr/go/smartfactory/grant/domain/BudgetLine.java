package kr.go.smartfactory.grant.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import kr.go.smartfactory.program.domain.Funding;
import kr.go.smartfactory.shared.domain.DomainException.Problem;
import kr.go.smartfactory.shared.domain.Money;

/**
 * One line of a project budget (사업비 내역): a category, what it buys, and how its cost is shared between the
 * government grant, the company and (상생형) the partner.
 */
@Embeddable
public class BudgetLine implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_DESCRIPTION = 200;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private BudgetCategory category;

    @Column(name = "description", nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Embedded
    @AttributeOverride(name = "won", column = @Column(name = "government", nullable = false, precision = 15, scale = 0))
    private Money government;

    @Embedded
    @AttributeOverride(name = "won", column = @Column(name = "company", nullable = false, precision = 15, scale = 0))
    private Money company;

    @Embedded
    @AttributeOverride(name = "won", column = @Column(name = "partner", nullable = false, precision = 15, scale = 0))
    private Money partner;

    protected BudgetLine() {
        // JPA
    }

    public BudgetLine(BudgetCategory category, String description, Money government, Money company, Money partner) {
        this.category = category;
        this.description = description == null ? null : description.strip();
        this.government = government == null ? Money.ZERO : government;
        this.company = company == null ? Money.ZERO : company;
        this.partner = partner == null ? Money.ZERO : partner;
    }

    /** What is wrong with this line by itself (the shares are judged on the whole budget). */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (category == null) {
            problems.add(Problem.on("category", "budget.category.required"));
        }
        if (description == null || description.isBlank()) {
            problems.add(Problem.on("description", "budget.description.required"));
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.add(Problem.on("description", "budget.description.tooLong"));
        }
        if (government.isNegative() || company.isNegative() || partner.isNegative()) {
            problems.add(Problem.on("government", "grant.amount.negative"));
        } else if (total().isZero()) {
            problems.add(Problem.on("government", "budget.line.empty"));
        }
        return problems;
    }

    public Funding funding() {
        return new Funding(government, company, partner);
    }

    public Money total() {
        return government.plus(company).plus(partner);
    }

    /** The funding of a whole budget: the sums of its lines. */
    public static Funding sum(List<BudgetLine> lines) {
        Money g = Money.ZERO;
        Money c = Money.ZERO;
        Money p = Money.ZERO;
        for (BudgetLine l : lines) {
            g = g.plus(l.government);
            c = c.plus(l.company);
            p = p.plus(l.partner);
        }
        return new Funding(g, c, p);
    }

    public BudgetCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public Money getGovernment() {
        return government;
    }

    public Money getCompany() {
        return company;
    }

    public Money getPartner() {
        return partner;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BudgetLine l && category == l.category && Objects.equals(description, l.description)
                && government.equals(l.government) && company.equals(l.company) && partner.equals(l.partner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, description, government, company, partner);
    }
}
