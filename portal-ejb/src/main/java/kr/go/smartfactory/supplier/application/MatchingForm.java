package kr.go.smartfactory.supplier.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.domain.MatchingProfile;

/** What an SME looks for in a supplier, as it enters it. */
public class MatchingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{matching.industry.required}")
    private String industry;

    @NotNull(message = "{matching.region.required}")
    private Region region;

    @NotNull(message = "{matching.level.required}")
    private SmartLevel currentLevel;

    @NotNull(message = "{matching.level.required}")
    private SmartLevel targetLevel;

    @Size(max = MatchingProfile.MAX_SOLUTIONS, message = "{matching.solutions.size}")
    private List<String> solutions = new ArrayList<>();

    public static MatchingForm of(MatchingProfile profile) {
        MatchingForm form = new MatchingForm();
        form.industry = profile.getIndustry().getCode();
        form.region = profile.getRegion();
        form.currentLevel = profile.getCurrentLevel();
        form.targetLevel = profile.getTargetLevel();
        form.solutions = new ArrayList<>(profile.getWantedSolutions());
        return form;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public SmartLevel getCurrentLevel() {
        return currentLevel;
    }

    public void setCurrentLevel(SmartLevel currentLevel) {
        this.currentLevel = currentLevel;
    }

    public SmartLevel getTargetLevel() {
        return targetLevel;
    }

    public void setTargetLevel(SmartLevel targetLevel) {
        this.targetLevel = targetLevel;
    }

    public List<String> getSolutions() {
        return solutions;
    }

    public void setSolutions(List<String> solutions) {
        this.solutions = solutions == null ? new ArrayList<>() : solutions;
    }
}
