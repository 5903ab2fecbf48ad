package kr.go.smartfactory.level.application;

import java.time.LocalDate;

import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * What anyone may learn from a certificate number (수준확인서 진위 확인): whose certificate it is (the company's
 * name and business number — public registry data, printed on the paper), the level, the period and whether it is
 * valid today. Nothing personal (no CEO, no score, no report).
 */
public record CertificateCheck(String certificateNumber, String companyName, String registrationNumber, SmartLevel level,
        LocalDate assessedOn, LocalDate validUntil, Status status) {

    public enum Status { VALID, EXPIRED, REVOKED }
}
