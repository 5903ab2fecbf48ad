package kr.go.smartfactory.project.domain;

/** What an inspection checks on site (점검표): each item passes, fails (a corrective action follows) or does not apply. */
public enum CheckItem {
    /** 구축 범위 이행: what the agreement lists is installed. */
    SCOPE,
    /** 시스템 가동: it runs in production. */
    OPERATION,
    /** 데이터 연동: the data flows between equipment and systems. */
    DATA,
    /** 보안 조치: accounts, backups, the security solution where required. */
    SECURITY,
    /** 교육 실시: the company's staff were trained. */
    TRAINING,
    /** 증빙 일치: invoices and delivered goods match the ledger. */
    EVIDENCE;

    public enum Result {
        PASS, FAIL, NOT_APPLICABLE
    }
}
