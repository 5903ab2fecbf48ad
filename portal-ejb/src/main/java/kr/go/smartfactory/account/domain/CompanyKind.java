package kr.go.smartfactory.account.domain;

/** What a signed-up company is in the programme: a manufacturer introducing a smart factory, or a supplier. */
public enum CompanyKind {
    SME(Role.SME), SUPPLIER(Role.SUPPLIER);

    private final Role memberRole;

    CompanyKind(Role memberRole) {
        this.memberRole = memberRole;
    }

    /** The role every member account of such a company gets. */
    public Role memberRole() {
        return memberRole;
    }
}
