package kr.go.smartfactory.grant.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.application.Recipients;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.supplier.domain.SupplierProfile;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * The supplier's side (참여 확약): the applications that name the caller's company as supplier, and its answer to
 * each request — confirm, or decline with a reason; the SME's members are told either way.
 */
@Stateless
@RolesAllowed(Role.Names.SUPPLIER)
public class SupplierParticipations {

    public static final String LINK = "/my/participations.xhtml";

    @Inject
    private ApplicationRepository applications;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private Notifications notifications;

    @Inject
    private Recipients recipients;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** The requests to the caller's company, latest first. */
    public List<ApplicationSummary> requests() {
        Instant now = clock.instant();
        return myProfile().map(p -> applications.askingSupplier(p.getId()).stream().map(a -> ApplicationSummary.of(a, now)).toList())
                .orElse(List.of());
    }

    public void confirm(long applicationId, String note) {
        answer(applicationId, true, note);
    }

    public void decline(long applicationId, String reason) {
        answer(applicationId, false, reason);
    }

    private void answer(long applicationId, boolean confirm, String note) {
        kr.go.smartfactory.company.domain.Company mine = caller.company();
        GrantApplication a = applications.application(applicationId).orElseThrow(() -> new DomainException("application.notFound"));
        a.answerParticipation(mine.getId(), confirm, note, clock.instant());
        String template = confirm ? "application.participation.confirmed" : "application.participation.declined";
        recipients.membersOf(a.getCompany().getId()).forEach(member -> notifications.notify(member, template,
                GrantApplications.LINK + a.getId(), mine.getName(), a.getAnnouncement().getTitle(),
                a.getParticipationNote()));
    }

    private java.util.Optional<SupplierProfile> myProfile() {
        UserAccount me = caller.account();
        if (me.getCompany() == null) {
            return java.util.Optional.empty();
        }
        return suppliers.profileOfCompany(me.getCompany().getId());
    }
}
