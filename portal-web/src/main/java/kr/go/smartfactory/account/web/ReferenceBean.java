package kr.go.smartfactory.account.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.company.application.ReferenceData;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.account.domain.Role;

/** Choices the forms offer; labels come from the bundles ({@code region.X}, {@code role.X}) or the code table. */
@Named("refs")
@RequestScoped
public class ReferenceBean {

    @Inject
    private ReferenceData referenceData;

    private List<IndustryCode> industries;

    public Region[] getRegions() {
        return Region.values();
    }

    public CompanyKind[] getCompanyKinds() {
        return CompanyKind.values();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public kr.go.smartfactory.shared.domain.SmartLevel[] getLevels() {
        return kr.go.smartfactory.shared.domain.SmartLevel.values();
    }

    public kr.go.smartfactory.supplier.domain.AmountBand[] getAmountBands() {
        return kr.go.smartfactory.supplier.domain.AmountBand.values();
    }

    public List<Role> getStaffRoles() {
        return Role.STAFF_ROLES.stream().toList();
    }

    public List<IndustryCode> getIndustries() {
        if (industries == null) {
            industries = referenceData.industries();
        }
        return industries;
    }
}
