package kr.go.smartfactory.sanction.domain;

/** 제재의 종류 (PRODUCT.md C9): 참여제한, 사업비 환수, 제재부가금. */
public enum SanctionKind {
    /** 참여제한: the company may not take part in any programme while the ban runs. */
    PARTICIPATION_BAN,
    /** 사업비 환수: a grant to pay back. */
    CLAWBACK,
    /** 제재부가금: a surcharge on top of the clawback. */
    SURCHARGE
}
