package kr.go.smartfactory.aftersales.domain;

/** What an after-service request is about. A defect (S/W or H/W) inside the intensive-AS period is the supplier's 하자보수. */
public enum AsCategory {
    /** S/W 오류 */
    SW_DEFECT(true),
    /** H/W 고장 */
    HW_FAILURE(true),
    /** 사용 코칭 */
    USAGE_COACHING(false),
    /** 고도화 상담 */
    UPGRADE_CONSULTATION(false);

    private final boolean defect;

    AsCategory(boolean defect) {
        this.defect = defect;
    }

    /** A fault of what was built (the supplier repairs it at no cost while the intensive-AS period lasts). */
    public boolean isDefect() {
        return defect;
    }
}
