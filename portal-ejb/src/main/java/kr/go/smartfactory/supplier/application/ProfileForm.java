package kr.go.smartfactory.supplier.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kr.go.smartfactory.account.domain.Region;

/** What a supplier edits on its own profile (registry data — name, number — is not here). */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Pattern(regexp = "^$|^(?i)https?://\\S{3,290}$", message = "{profile.homepage.invalid}")
    private String homepage;

    @Size(max = 4000, message = "{profile.introduction.size}")
    private String introduction;

    @Min(value = 1900, message = "{profile.founded.invalid}")
    @Max(value = 2100, message = "{profile.founded.invalid}")
    private Integer foundedYear;

    @Size(max = 20, message = "{profile.specialities.size}")
    private List<String> specialities = new ArrayList<>();

    private List<Region> regionsServed = new ArrayList<>();

    private List<String> industriesServed = new ArrayList<>();

    public String getHomepage() {
        return homepage;
    }

    public void setHomepage(String homepage) {
        this.homepage = homepage;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public Integer getFoundedYear() {
        return foundedYear;
    }

    public void setFoundedYear(Integer foundedYear) {
        this.foundedYear = foundedYear;
    }

    public List<String> getSpecialities() {
        return specialities;
    }

    public void setSpecialities(List<String> specialities) {
        this.specialities = specialities;
    }

    public List<Region> getRegionsServed() {
        return regionsServed;
    }

    public void setRegionsServed(List<Region> regionsServed) {
        this.regionsServed = regionsServed;
    }

    public List<String> getIndustriesServed() {
        return industriesServed;
    }

    public void setIndustriesServed(List<String> industriesServed) {
        this.industriesServed = industriesServed;
    }
}
