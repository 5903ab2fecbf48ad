package kr.go.smartfactory.aftersales.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * 지역별 AS 지원단: a regional after-service support group (diagnosis, coaching, repair), the regions it covers and
 * its members (AS experts, one or more leaders who assign requests and receive the first escalation). Data, edited by
 * ADMIN.
 */
@Entity
@Table(name = "as_support_group")
public class AsSupportGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, unique = true, length = 100)
    private String name;

    @Convert(converter = RegionSetConverter.class)
    @Column(name = "regions", nullable = false, length = 400)
    private Set<Region> regions = EnumSet.noneOf(Region.class);

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @ElementCollection
    @CollectionTable(name = "as_support_group_member", joinColumns = @JoinColumn(name = "group_id"))
    private List<AsGroupMember> members = new ArrayList<>();

    @Version
    private long version;

    protected AsSupportGroup() {
        // JPA
    }

    public AsSupportGroup(String name, Set<Region> regions) {
        change(name, regions);
    }

    /** Name and regions, every problem at once; a group covers at least one region. */
    public void change(String newName, Set<Region> newRegions) {
        DomainException.Collector problems = new DomainException.Collector();
        String n = problems.check("name", () -> Texts.required(newName, 100, "name", "as.group.name.invalid"));
        if (newRegions == null || newRegions.isEmpty()) {
            problems.add("regions", "as.group.regions.required");
        }
        problems.throwIfAny();
        this.name = n;
        this.regions = EnumSet.copyOf(newRegions);
    }

    /** Adds a member (an account with the AS_EXPERT role: the service checks it), or changes whether it leads. */
    public void putMember(long accountId, boolean leader) {
        members.removeIf(m -> m.getAccountId() == accountId);
        members.add(new AsGroupMember(accountId, leader));
    }

    public void removeMember(long accountId) {
        members.removeIf(m -> m.getAccountId() == accountId);
    }

    public boolean isMember(long accountId) {
        return members.stream().anyMatch(m -> m.getAccountId() == accountId);
    }

    public boolean isLeader(long accountId) {
        return members.stream().anyMatch(m -> m.getAccountId() == accountId && m.isLeader());
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Routing.GroupCoverage coverage() {
        return new Routing.GroupCoverage(id, Set.copyOf(regions));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<Region> getRegions() {
        return regions.isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(regions);
    }

    public boolean isActive() {
        return active;
    }

    public List<AsGroupMember> getMembers() {
        return List.copyOf(members);
    }
}
