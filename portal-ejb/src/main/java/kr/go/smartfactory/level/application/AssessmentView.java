package kr.go.smartfactory.level.application;

import java.time.Instant;
import java.time.LocalDate;

import kr.go.smartfactory.level.domain.LevelAssessment;
import kr.go.smartfactory.shared.domain.SmartLevel;

/** An official assessment and its certificate, as staff lists and the company's page show it. */
public record AssessmentView(long id, long companyId, String companyName, String registrationNumber, String certifyingBody,
        LocalDate assessedOn, SmartLevel level, Integer score, Long reportId, String certificateNumber, LocalDate validUntil,
        boolean valid, Instant revokedAt, String revocationReason) {

    static AssessmentView of(LevelAssessment a, LocalDate today) {
        return new AssessmentView(a.getId(), a.getCompany().getId(), a.getCompany().getName(),
                a.getCompany().getRegistrationNumber().formatted(), a.getCertifyingBody(), a.getAssessedOn(), a.getLevel(),
                a.getScore(), a.getReportAttachmentId(), a.getCertificateNumber(), a.getValidUntil(), a.isValidOn(today),
                a.getRevokedAt(), a.getRevocationReason());
    }
}
