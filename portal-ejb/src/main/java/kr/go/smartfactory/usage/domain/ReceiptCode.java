package kr.go.smartfactory.usage.domain;

/**
 * 수신결과코드 (recptnRsltCd) of the log API: one per outcome, so that a client's operator can tell what to fix. The
 * texts are in {@code kr/go/smartfactory/usage/receipts.properties} (Korean: the clients are Korean systems).
 */
public enum ReceiptCode {
    /** Stored: the row is committed in the database. */
    ACCEPTED("AP1002"),
    /** No crtfcKey, or one the portal never issued. */
    UNKNOWN_KEY("AP1003"),
    /** A key that was revoked. */
    REVOKED_KEY("AP1004"),
    /** A required parameter is missing or blank. */
    MISSING_FIELD("AP1005"),
    /** logDt is not yyyy-MM-dd HH:mm:ss[.fraction], or lies in the future. */
    BAD_DATE("AP1006"),
    /** useSe is neither a DO6001…DO6007 code nor one of the Korean words. */
    UNKNOWN_USE("AP1007"),
    /** dataUsgqty is not a whole number from 0, or sysUser / conectIp is malformed or too long. */
    BAD_VALUE("AP1008"),
    /** The body could not be read (broken JSON, a body too large). */
    UNREADABLE("AP1009"),
    /** The key sent more often than its rate allows; the log was not stored. */
    TOO_OFTEN("AP1029"),
    /** The portal could not store it now (the database was unavailable): nothing was stored, send it again. */
    NOT_STORED("AP1099");

    private final String code;

    ReceiptCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean accepted() {
        return this == ACCEPTED;
    }
}
