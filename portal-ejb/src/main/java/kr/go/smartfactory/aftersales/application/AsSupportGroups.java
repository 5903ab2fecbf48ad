package kr.go.smartfactory.aftersales.application;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.aftersales.domain.AsRequestRepository;
import kr.go.smartfactory.aftersales.domain.AsSeverity;
import kr.go.smartfactory.aftersales.domain.AsSupportGroup;
import kr.go.smartfactory.aftersales.domain.Routing;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * 지역별 AS 지원단 and the SLA targets as data: ADMIN names a group's members (AS experts) and its leaders and sets the
 * targets per severity; staff read both. A request keeps the targets it was filed with, so a change applies to requests
 * filed after it (the audit trail keeps who changed what).
 */
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
    public void putMember(Long groupId, Long accountId, boolean leader) {
        DomainException.Collector problems = new DomainException.Collector();
        AsSupportGroup group = groupId == null ? null : requests.group(groupId).orElse(null);
        if (group == null) {
            problems.add("group", groupId == null ? "as.group.choose" : "as.group.notFound");
        }
        UserAccount expert = accountId == null ? null
                : accounts.account(accountId).filter(a -> a.getRoles().contains(Role.AS_EXPERT)).orElse(null);
        if (expert == null) {
            problems.add("member", accountId == null ? "as.group.member.choose" : "as.group.member.notExpert");
        }
        problems.throwIfAny();
        group.putMember(expert.getId(), leader);
    }

    /**
     * Renames a group and changes the regions it covers, every problem at once on its field ("editedGroup", "name",
     * "regions"): a name another group has, or a region that no group would cover any more, is refused. Requests
     * already routed stay with their group; new ones follow the new coverage.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void changeGroup(Long groupId, String name, Set<Region> regions) {
        DomainException.Collector problems = new DomainException.Collector();
        AsSupportGroup group = groupId == null ? null : requests.group(groupId).orElse(null);
        if (group == null) {
            problems.add("editedGroup", groupId == null ? "as.group.choose" : "as.group.notFound");
            problems.throwIfAny();
        }
        List<AsSupportGroup> all = requests.activeGroups();
        String wanted = name == null ? "" : name.strip();
        if (all.stream().anyMatch(g -> !g.getId().equals(groupId) && g.getName().equals(wanted))) {
            problems.add("name", "as.group.name.taken");
        }
        if (regions != null && !regions.isEmpty() && !Routing.uncovered(all.stream()
                .map(g -> g.getId().equals(groupId) ? new Routing.GroupCoverage(g.getId(), Set.copyOf(regions)) : g.coverage())
                .toList()).isEmpty()) {
            problems.add("regions", "as.group.regions.uncovered");
        }
        problems.check("name", () -> {
            group.change(name, regions);
            return null;
        });
        problems.throwIfAny();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void removeMember(long groupId, long accountId) {
        requests.group(groupId).orElseThrow(() -> DomainException.onField("group", "as.group.notFound")).removeMember(accountId);
    }

    /** A group with its regions and its members by name, leaders first. */
    public record GroupView(long id, String name, Set<Region> regions, List<MemberView> members) {
    }

    /** A member: the account, its name and address, whether it leads the group. */
    public record MemberView(long accountId, String name, String email, boolean leader) {
    }

    /** A severity's targets in business minutes. */
    public record TargetView(AsSeverity severity, int firstResponseMinutes, int resolutionMinutes) {
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.STAFF})
    public List<GroupView> overview() {
        return requests.activeGroups().stream().map(g -> new GroupView(g.getId(), g.getName(), g.getRegions(), g.getMembers().stream()
                .map(m -> accounts.account(m.getAccountId()).map(a -> new MemberView(a.getId(), a.getContactName(), a.getEmail(), m.isLeader()))
                        .orElse(new MemberView(m.getAccountId(), "", "", m.isLeader())))
                .sorted(java.util.Comparator.comparing((MemberView m) -> !m.leader()).thenComparing(MemberView::name))
                .toList())).toList();
    }

    /** The accounts ADMIN may put into a group: active AS experts. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<AfterService.Choice> experts() {
        return accounts.activeWithRole(Role.AS_EXPERT).stream()
                .map(a -> new AfterService.Choice(a.getId(), a.getContactName() + " (" + a.getEmail() + ")"))
                .sorted(java.util.Comparator.comparing(AfterService.Choice::name)).toList();
    }

    /**
     * New targets of a severity in business minutes; every problem on its field ("severity", "firstResponse",
     * "resolution"). Requests already filed keep theirs.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void changeTarget(AsSeverity severity, int firstResponseMinutes, int resolutionMinutes) {
        if (severity == null) {
            throw DomainException.onField("severity", "as.severity.required");
        }
        requests.target(severity).change(firstResponseMinutes, resolutionMinutes);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.STAFF})
    public List<TargetView> targets() {
        return java.util.Arrays.stream(AsSeverity.values()).map(requests::target)
                .map(t -> new TargetView(t.getSeverity(), t.getFirstResponseMinutes(), t.getResolutionMinutes())).toList();
    }
}
