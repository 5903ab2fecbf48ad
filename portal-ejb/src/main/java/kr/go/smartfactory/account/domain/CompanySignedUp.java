package kr.go.smartfactory.account.domain;

import kr.go.smartfactory.company.domain.CompanyKind;

/**
 * A company and its first member account were just created by sign-up (fired inside the sign-up transaction).
 * Contexts that keep something per company observe it — the supplier directory creates the supplier's empty
 * profile — so that sign-up needs to know none of them.
 */
public record CompanySignedUp(long companyId, CompanyKind kind, long accountId) {
}
