package kr.go.smartfactory.supplier.domain;

/** Where a supplier's registration stands; only APPROVED suppliers are listed in the directory. */
public enum RegistrationStatus {
    /** Signed up; the business registration certificate is not submitted yet. */
    DRAFT,
    /** Submitted with the certificate; staff are checking it. */
    SUBMITTED,
    /** Staff checked the certificate (or the registry's data was imported): listed in search, API and recommendations. */
    APPROVED,
    /** Staff refused it with a reason; the supplier may correct and submit again. */
    REJECTED
}
