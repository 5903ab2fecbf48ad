package kr.go.smartfactory.aftersales.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.aftersales.application.AfterService;
import kr.go.smartfactory.aftersales.application.AsSupportGroups;
import kr.go.smartfactory.aftersales.domain.AsSeverity;
import kr.go.smartfactory.calendar.domain.BusinessCalendar;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Messages;

/**
 * admin/as-groups.xhtml: the AS support groups' members and leaders, and the SLA targets they work to (ADMIN edits
 * both; targets are entered in whole business hours and kept in minutes).
 */
@Named
@ViewScoped
public class AsGroupsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AsSupportGroups supportGroups;

    private Long groupId;
    private Long memberId;
    private boolean leader;
    private List<AsSupportGroups.GroupView> groups;
    private List<AfterService.Choice> experts;
    private List<AsSupportGroups.TargetView> targets;
    private AsSeverity severity;
    private Long editedGroupId;
    private String groupName;
    private List<String> groupRegions = new java.util.ArrayList<>();
    private Integer firstResponseHours;
    private Integer resolutionHours;

    /** Adds the chosen expert to the chosen group, or changes whether it leads it; every problem next to its field. */
    public void save() {
        Long g = groupId;
        Long m = memberId;
        boolean l = leader;
        if (Actions.run(() -> supportGroups.putMember(g, m, l), "as.groups.saved")) {
            memberId = null;
            leader = false;
            groups = null;
        }
    }

    public void remove(long group, long account) {
        if (Actions.run(() -> supportGroups.removeMember(group, account), "as.groups.removed")) {
            groups = null;
        }
    }

    /** The chosen group's name and regions put into the form. */
    public void groupChosen() {
        AsSupportGroups.GroupView current = getGroups().stream().filter(g -> editedGroupId != null && g.id() == editedGroupId)
                .findFirst().orElse(null);
        groupName = current == null ? null : current.name();
        groupRegions = current == null ? new java.util.ArrayList<>()
                : current.regions().stream().map(Region::name).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }

    /** Renames the chosen group and sets its regions; every problem next to its field. */
    public void saveGroup() {
        Long g = editedGroupId;
        String n = groupName;
        java.util.Set<Region> r = groupRegions == null ? java.util.Set.of()
                : groupRegions.stream().map(Region::valueOf).collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Region.class)));
        if (Actions.run(() -> supportGroups.changeGroup(g, n, r), "as.groups.groupSaved")) {
            groups = null;
        }
    }

    public Region[] getRegions() {
        return Region.values();
    }

    /** The chosen severity's current targets put into the form. */
    public void severityChosen() {
        AsSupportGroups.TargetView current = getTargets().stream().filter(t -> t.severity() == severity).findFirst().orElse(null);
        firstResponseHours = current == null ? null : current.firstResponseMinutes() / 60;
        resolutionHours = current == null ? null : current.resolutionMinutes() / 60;
    }

    /** New targets of the chosen severity; every problem next to its field. An empty field is out of range. */
    public void saveTarget() {
        AsSeverity s = severity;
        int first = firstResponseHours == null ? 0 : firstResponseHours * 60;
        int resolution = resolutionHours == null ? 0 : resolutionHours * 60;
        if (Actions.run(() -> supportGroups.changeTarget(s, first, resolution), "as.groups.targetSaved")) {
            targets = null;
        }
    }

    public AsSeverity[] getSeverities() {
        return AsSeverity.values();
    }

    /** The regions a group covers, in words. */
    public String regions(AsSupportGroups.GroupView group) {
        return Messages.texts("region.", group.regions());
    }

    /** Business minutes as staff read them: 2시간, 3일(27시간) … (a business day is nine hours). */
    public String duration(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        String text = hours == 0 ? "" : Messages.text("as.groups.hours").formatted(hours);
        if (rest != 0) {
            text = (text + " " + Messages.text("as.groups.minutes").formatted(rest)).strip();
        }
        int day = (int) java.time.Duration.between(BusinessCalendar.OPENS, BusinessCalendar.CLOSES).toMinutes();
        if (minutes % day == 0) {
            text = Messages.text("as.groups.days").formatted(minutes / day) + " (" + text + ")";
        }
        return text;
    }

    public List<AsSupportGroups.GroupView> getGroups() {
        if (groups == null) {
            groups = supportGroups.overview();
        }
        return groups;
    }

    public List<AfterService.Choice> getExperts() {
        if (experts == null) {
            experts = supportGroups.experts();
        }
        return experts;
    }

    public List<AsSupportGroups.TargetView> getTargets() {
        if (targets == null) {
            targets = supportGroups.targets();
        }
        return targets;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public boolean isLeader() {
        return leader;
    }

    public void setLeader(boolean leader) {
        this.leader = leader;
    }

    public AsSeverity getSeverity() {
        return severity;
    }

    public void setSeverity(AsSeverity severity) {
        this.severity = severity;
    }

    public Integer getFirstResponseHours() {
        return firstResponseHours;
    }

    public void setFirstResponseHours(Integer firstResponseHours) {
        this.firstResponseHours = firstResponseHours;
    }

    public Integer getResolutionHours() {
        return resolutionHours;
    }

    public void setResolutionHours(Integer resolutionHours) {
        this.resolutionHours = resolutionHours;
    }

    public Long getEditedGroupId() {
        return editedGroupId;
    }

    public void setEditedGroupId(Long editedGroupId) {
        this.editedGroupId = editedGroupId;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    public List<String> getGroupRegions() {
        return groupRegions;
    }

    public void setGroupRegions(List<String> groupRegions) {
        this.groupRegions = groupRegions;
    }
}
