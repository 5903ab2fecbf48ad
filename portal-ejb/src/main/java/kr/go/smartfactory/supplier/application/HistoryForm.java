package kr.go.smartfactory.supplier.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.domain.AmountBand;

/** A self-declared build history as the supplier enters it. */
public class HistoryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{history.industry.required}")
    private String clientIndustry;

    @NotNull(message = "{history.region.required}")
    private Region clientRegion;

    @NotNull(message = "{history.year.required}")
    private Integer year;

    private List<String> solutions = new ArrayList<>();

    @NotNull(message = "{history.level.required}")
    private SmartLevel levelBefore;

    @NotNull(message = "{history.level.required}")
    private SmartLevel levelAfter;

    @NotNull(message = "{history.amount.required}")
    private AmountBand amountBand;

    private String description;

    public String getClientIndustry() {
        return clientIndustry;
    }

    public void setClientIndustry(String clientIndustry) {
        this.clientIndustry = clientIndustry;
    }

    public Region getClientRegion() {
        return clientRegion;
    }

    public void setClientRegion(Region clientRegion) {
        this.clientRegion = clientRegion;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<String> getSolutions() {
        return solutions;
    }

    public void setSolutions(List<String> solutions) {
        this.solutions = solutions;
    }

    public SmartLevel getLevelBefore() {
        return levelBefore;
    }

    public void setLevelBefore(SmartLevel levelBefore) {
        this.levelBefore = levelBefore;
    }

    public SmartLevel getLevelAfter() {
        return levelAfter;
    }

    public void setLevelAfter(SmartLevel levelAfter) {
        this.levelAfter = levelAfter;
    }

    public AmountBand getAmountBand() {
        return amountBand;
    }

    public void setAmountBand(AmountBand amountBand) {
        this.amountBand = amountBand;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
