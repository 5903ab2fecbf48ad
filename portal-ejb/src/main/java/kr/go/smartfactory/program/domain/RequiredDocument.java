package kr.go.smartfactory.program.domain;

/**
 * A document an announcement requires with every application (제출서류). The business plan is always required;
 * the announcement adds the others its round asks for.
 */
public enum RequiredDocument {
    /** 사업계획서. */
    BUSINESS_PLAN,
    /** 사업자등록증명원. */
    BUSINESS_REGISTRATION,
    /** 국세·지방세 납세증명서. */
    TAX_CLEARANCE,
    /** 재무제표 (최근 결산). */
    FINANCIAL_STATEMENTS,
    /** 4대보험 가입자 명부. */
    INSURANCE_ROSTER,
    /** 상생협약서 (상생형: the partner's commitment). */
    PARTNER_AGREEMENT,
    /** 개인정보 수집·이용 동의서. */
    PRIVACY_CONSENT
}
