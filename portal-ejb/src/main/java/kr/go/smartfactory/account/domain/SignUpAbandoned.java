package kr.go.smartfactory.account.domain;

/**
 * A sign-up was never confirmed and its company is about to be deleted (fired inside the housekeeping
 * transaction, before the company goes). Contexts that keep something per company remove it.
 */
public record SignUpAbandoned(long companyId) {
}
