package kr.go.smartfactory.account.domain;

/**
 * An account that never confirmed its e-mail is about to be deleted (fired inside the housekeeping transaction,
 * before it goes): contexts that refer to the account remove what refers to it.
 */
public record AccountPurging(long accountId) {
}
