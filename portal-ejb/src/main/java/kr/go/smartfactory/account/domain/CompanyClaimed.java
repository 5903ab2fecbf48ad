package kr.go.smartfactory.account.domain;

import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.Region;

/**
 * Someone signed up with a business registration number that is already registered: their account exists
 * (without a company) and staff must decide whose the number is. Fired inside the sign-up transaction with what
 * the newcomer entered, so the dispute keeps both sides' data.
 */
public record CompanyClaimed(long accountId, long companyId, CompanyKind kind, String companyName, String ceoName,
        String address, Region region, String industryCode) {
}
