package kr.go.smartfactory.grant.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.grant.domain.ConsultationNote;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * The coordinator's side (코디네이터): the SMEs it follows with their applications and timelines, and its
 * consultation notes. A coordinator sees only the companies matched to it (staff see every company's notes).
 */
@Stateless
public class Coordination {

    public static final String LINK = "/staff/coordination.xhtml";

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ApplicationSupport support;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** The applications of the companies matched to the caller. */
    @RolesAllowed(Role.Names.COORDINATOR)
    public List<ApplicationSummary> myApplications() {
        Instant now = clock.instant();
        return applications.ofCoordinator(caller.account().getId()).stream().map(a -> ApplicationSummary.of(a, now)).toList();
    }

    /** One application of a company the caller follows, as it counts (its last submitted version). */
    @RolesAllowed(Role.Names.COORDINATOR)
    public ApplicationView application(long id) {
        GrantApplication a = applications.application(id).orElseThrow(() -> new DomainException("application.notFound"));
        requireFollowing(a.getCompany().getId());
        return support.view(a, support.submittedContent(a), ApplicationSupport.checks(a.getEligibility()),
                caller.account().getContactName());
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.STAFF, Role.Names.ADMIN})
    public List<Note> notes(long companyId) {
        requireFollowingOrStaff(companyId);
        return applications.notes(companyId).stream().map(n -> new Note(n.getId(), n.getAuthorName(), n.getWrittenAt(), n.getText()))
                .toList();
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public void addNote(long companyId, String text) {
        requireFollowing(companyId);
        UserAccount me = caller.account();
        applications.add(new ConsultationNote(companyId, me.getEmail(), me.getContactName(), text, clock.instant()));
    }

    public record Note(long id, String author, Instant writtenAt, String text) {
    }

    private void requireFollowingOrStaff(long companyId) {
        UserAccount me = caller.account();
        if (me.getRoles().contains(Role.STAFF) || me.getRoles().contains(Role.ADMIN)) {
            return;
        }
        requireFollowing(companyId);
    }

    private void requireFollowing(long companyId) {
        long me = caller.account().getId();
        if (!applications.coordinatorOf(companyId).map(c -> c.getCoordinator().getId() == me).orElse(false)) {
            throw new AccessDeniedException("company " + companyId + " is not followed by coordinator " + me);
        }
    }
}
