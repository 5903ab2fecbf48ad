package kr.go.smartfactory.grant.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Recipients;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.grant.domain.ApplicationContent;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.grant.domain.ApplicationVersion;
import kr.go.smartfactory.grant.domain.EligibilityItem;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;

/**
 * Submitting one application, in one transaction: the application row is read fresh under a write lock (so ten
 * clicks on the same submission run one after another and all but the first find it already submitted), the
 * checklist computed, the year's receipt counter locked and advanced only when the submission is accepted (a
 * refusal or a rollback gives the number back: no gaps), the version written and the company's members notified
 * in the same transaction — so what is acknowledged is committed, and nothing of a failed submission remains.
 * {@link GrantApplications} checks that the application is the caller's before it calls this.
 */
@Stateless
@RolesAllowed(Role.Names.SME)
public class ApplicationSubmission {

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ApplicationSupport support;

    @Inject
    private Notifications notifications;

    @Inject
    private Recipients recipients;

    @Inject
    private Clock clock;

    public SubmissionReceipt submit(long id, String submittedBy) {
        GrantApplication a = applications.applicationForUpdate(id).orElseThrow(() -> new DomainException("application.notFound"));
        ApplicationContent content = a.content();
        List<EligibilityItem> checklist = support.checklist(a, content);
        Instant now = clock.instant();
        int year = KoreanTime.today(clock).getYear();
        GrantApplication.Submission outcome = a.submit(checklist, () -> applications.receiptCounter(year).next(), now);
        if (outcome != GrantApplication.Submission.UNCHANGED) {
            applications.add(new ApplicationVersion(a.getId(), a.getSubmissionCount(), a.getReceiptNumber(), a.getSubmittedAt(),
                    submittedBy, support.json(content)));
            String template = outcome == GrantApplication.Submission.FIRST ? "application.submitted" : "application.resubmitted";
            recipients.membersOf(a.getCompany().getId()).forEach(member -> notifications.notify(member, template,
                    GrantApplications.LINK + a.getId(), a.getReceiptNumber(), a.getAnnouncement().getTitle(), a.getSubmissionCount()));
        }
        return new SubmissionReceipt(a.getId(), a.getReceiptNumber(), a.getSubmissionCount(), a.getSubmittedAt(), outcome,
                a.hasEligibilityProblems());
    }
}
