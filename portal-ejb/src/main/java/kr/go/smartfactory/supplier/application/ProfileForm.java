package kr.go.smartfactory.supplier.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;


import kr.go.smartfactory.company.domain.Region;

/**
 * What a supplier edits on its own profile (registry data — name, number — is not here). The rules on these
 * values are {@link kr.go.smartfactory.supplier.domain.SupplierProfile}'s; the form only carries them.
 */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String homepage;

    private String introduction;

    private Integer foundedYear;

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
