package kr.go.smartfactory.grant.application;

import java.io.Serializable;

import kr.go.smartfactory.grant.domain.BudgetCategory;

/** A budget line as the wizard edits it: amounts as typed (digits, commas, "원"), parsed by the service. */
public class BudgetLineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private BudgetCategory category;
    private String description;
    private String government;
    private String company;
    private String partner;

    public BudgetLineForm() {
    }

    public BudgetLineForm(BudgetCategory category, String description, String government, String company, String partner) {
        this.category = category;
        this.description = description;
        this.government = government;
        this.company = company;
        this.partner = partner;
    }

    public BudgetCategory getCategory() {
        return category;
    }

    public void setCategory(BudgetCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getGovernment() {
        return government;
    }

    public void setGovernment(String government) {
        this.government = government;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }
}
