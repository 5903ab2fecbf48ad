package kr.go.smartfactory.grant.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.application.Recipients;
import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.grant.domain.ApplicationContent;
import kr.go.smartfactory.grant.domain.ApplicationFilter;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.grant.domain.CoordinatorAssignment;
import kr.go.smartfactory.grant.domain.EligibilityRule;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * Staff's side (C5 step 2): every application with filters and export, one application as submitted (its last
 * version) with its eligibility checklist, the check run again, a failed item overridden with a recorded reason,
 * and the coordinator matched to the company.
 */
@Stateless
public class ApplicationReview {

    public static final int MAX_PAGE = 200;
    public static final int MAX_EXPORT = 100_000;
    public static final String LINK = "/staff/application.xhtml?id=";

    @Inject
    private ApplicationRepository applications;

    @Inject
    private AccountRepository accounts;

    @Inject
    private kr.go.smartfactory.program.domain.AnnouncementRepository announcements;

    @Inject
    private ApplicationSupport support;

    @Inject
    private Notifications notifications;

    @Inject
    private Recipients recipients;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<ApplicationSummary> applications(ApplicationFilter filter, int first, int max) {
        Instant now = clock.instant();
        return applications.applications(filter, Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE)).stream()
                .map(a -> ApplicationSummary.of(a, now)).toList();
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public long count(ApplicationFilter filter) {
        return applications.count(filter);
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public void forEach(ApplicationFilter filter, Consumer<? super ApplicationSummary> each) {
        kr.go.smartfactory.document.export.Paging.forEach((first, max) -> applications(filter, first, max), MAX_PAGE, MAX_EXPORT, each);
    }

    /** The application as it counts: its last submitted version (a draft: as written so far) and its checklist. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public ApplicationView application(long id) {
        GrantApplication a = find(id);
        ApplicationContent content = support.submittedContent(a);
        List<ApplicationView.Check> checks = a.getEligibility().isEmpty() ? ApplicationSupport.checks(support.checklist(a, content))
                : ApplicationSupport.checks(a.getEligibility());
        return support.view(a, content, checks, applications.coordinatorOf(a.getCompany().getId())
                .map(c -> c.getCoordinator().getContactName()).orElse(null));
    }

    /** Runs the check again on the submitted content (sanctions and supports as recorded now). */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public ApplicationView recheck(long id) {
        GrantApplication a = find(id);
        a.recheck(support.checklist(a, support.submittedContent(a)), clock.instant());
        return application(id);
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public ApplicationView override(long id, EligibilityRule rule, String reason) {
        GrantApplication a = find(id);
        a.override(rule, reason, caller.account().getEmail(), clock.instant());
        return application(id);
    }

    /** Every round (drafts too), newest first, to filter the list by. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<Round> rounds() {
        return announcements.announcements(new kr.go.smartfactory.program.domain.AnnouncementFilter(), false, clock.instant(), 0, MAX_PAGE)
                .stream().map(a -> new Round(a.getId(), a.getTitle())).toList();
    }

    public record Round(long id, String title) implements java.io.Serializable {
    }

    /** Accounts holding the coordinator role, to choose from. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public List<Coordinator> coordinators() {
        return accounts.activeWithRole(Role.COORDINATOR).stream()
                .map(a -> new Coordinator(a.getId(), a.getContactName(), a.getEmail())).toList();
    }

    public record Coordinator(long id, String name, String email) {
    }

    /** Matches a coordinator to the application's company (replacing an earlier one); the coordinator is told. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public ApplicationView assignCoordinator(long id, long coordinatorAccountId) {
        GrantApplication a = find(id);
        UserAccount coordinator = accounts.account(coordinatorAccountId)
                .orElseThrow(() -> DomainException.onField("coordinator", "coordinator.notCoordinator"));
        String by = caller.account().getEmail();
        long companyId = a.getCompany().getId();
        applications.coordinatorOf(companyId).ifPresentOrElse(c -> c.assign(coordinator, by, clock.instant()),
                () -> applications.add(new CoordinatorAssignment(companyId, coordinator, by, clock.instant())));
        applications.applicationsOf(companyId).forEach(each -> each.coordinatorAssigned(coordinator.getContactName(), clock.instant()));
        notifications.notify(Recipients.of(coordinator), "application.coordinator.assigned", Coordination.LINK,
                a.getCompany().getName(), a.getAnnouncement().getTitle());
        recipients.membersOf(companyId).forEach(member -> notifications.notify(member, "application.coordinator.introduced",
                GrantApplications.LINK + a.getId(), coordinator.getContactName(), coordinator.getEmail()));
        return application(id);
    }

    private GrantApplication find(long id) {
        return applications.application(id).orElseThrow(() -> new DomainException("application.notFound"));
    }
}
