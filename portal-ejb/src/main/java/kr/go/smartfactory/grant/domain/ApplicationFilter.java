package kr.go.smartfactory.grant.domain;

import kr.go.smartfactory.company.domain.Region;

/** What staff filter the application list by; every part optional. {@code text}: company name, receipt number. */
public record ApplicationFilter(Long announcementId, Region region, ApplicationStatus status, Boolean eligibilityProblems,
        String text) {

    public static ApplicationFilter all() {
        return new ApplicationFilter(null, null, null, null, null);
    }
}
