package kr.go.smartfactory.account.application;

import java.time.Instant;

import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.Region;

/** A company as its members and staff see it. */
public record CompanyView(long id, String registrationNumber, String name, String ceoName, String address,
        Region region, String industryCode, String industryNameKo, String industryNameEn, CompanyKind kind,
        Instant createdAt) {

    public static CompanyView of(Company c) {
        return new CompanyView(c.getId(), c.getRegistrationNumber().formatted(), c.getName(), c.getCeoName(),
                c.getAddress(), c.getRegion(), c.getIndustry().getCode(), c.getIndustry().getNameKo(),
                c.getIndustry().getNameEn(), c.getKind(), c.getCreatedAt());
    }
}
