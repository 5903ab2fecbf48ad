package kr.go.smartfactory.supplier.domain;

/**
 * 추진실적 (verified: from a project closed in this portal or imported by staff from the registry) versus
 * 자체실적 (self-declared by the supplier). Always shown, never mixed.
 */
public enum HistoryKind {
    VERIFIED, SELF_DECLARED
}
