package kr.go.smartfactory.aftersales.application;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.aftersales.domain.AsRequestRepository;
import kr.go.smartfactory.aftersales.domain.AsSupportGroup;
import kr.go.smartfactory.shared.domain.DomainException;

/** 지역별 AS 지원단 as data: ADMIN names a group's members (AS experts) and its leaders. */
@Stateless
public class AsSupportGroups {

    @Inject
    private AsRequestRepository requests;

    @Inject
    private AccountRepository accounts;

    @RolesAllowed({Role.Names.ADMIN, Role.Names.STAFF})
    public List<AsSupportGroup> groups() {
        return requests.activeGroups();
    }

    /** Adds an AS expert to a group, or changes whether it leads it. */
    @RolesAllowed(Role.Names.ADMIN)
    public void putMember(long groupId, long accountId, boolean leader) {
        AsSupportGroup group = requests.group(groupId).orElseThrow(() -> DomainException.onField("group", "as.group.notFound"));
        UserAccount expert = accounts.account(accountId).filter(a -> a.getRoles().contains(Role.AS_EXPERT))
                .orElseThrow(() -> DomainException.onField("member", "as.group.member.notExpert"));
        group.putMember(expert.getId(), leader);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void removeMember(long groupId, long accountId) {
        requests.group(groupId).orElseThrow(() -> DomainException.onField("group", "as.group.notFound")).removeMember(accountId);
    }
}
