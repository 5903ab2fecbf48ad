package kr.go.smartfactory.company.domain;

/**
 * Staff decided that a company's registration was made by someone who is not the company: its former member
 * accounts were detached and the rightful claimant now acts for it. Contexts undo what the former members
 * published (the supplier listing goes back to review).
 */
public record CompanyTakenOver(long companyId, String decidedBy, String reason) {
}
