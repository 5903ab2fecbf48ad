package kr.go.smartfactory.aftersales.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member of a support group: an AS expert's account, leading the group or not. */
@Embeddable
public class AsGroupMember {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "leader", nullable = false)
    private boolean leader;

    protected AsGroupMember() {
        // JPA
    }

    AsGroupMember(long accountId, boolean leader) {
        this.accountId = accountId;
        this.leader = leader;
    }

    public long getAccountId() {
        return accountId;
    }

    public boolean isLeader() {
        return leader;
    }
}
