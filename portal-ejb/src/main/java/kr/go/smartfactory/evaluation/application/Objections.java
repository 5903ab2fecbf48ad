package kr.go.smartfactory.evaluation.application;

import java.time.Clock;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.application.Recipients;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.evaluation.domain.EvaluationRepository;
import kr.go.smartfactory.evaluation.domain.EvaluationResult;
import kr.go.smartfactory.evaluation.domain.Objection;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.grant.domain.TimelineEvent;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;

/** The applicant's side: its own result (score and rank, never another's) and its objections (이의신청). */
@Stateless
@RolesAllowed(Role.Names.SME)
public class Objections {

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private Notifications notifications;

    @Inject
    private Recipients recipients;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** The result of the caller's company's application, once notified. */
    public Optional<ResultView> result(long applicationId) {
        GrantApplication a = mine(applicationId);
        return evaluations.result(a.getId()).map(r -> view(a, r));
    }

    public ResultView file(long applicationId, String reason) {
        GrantApplication a = mine(applicationId);
        EvaluationResult r = evaluations.result(a.getId()).orElse(null);
        boolean open = evaluations.objectionsOf(a.getId()).stream().anyMatch(Objection::isOpen);
        var now = clock.instant();
        evaluations.add(Objection.file(a, r, open, reason, caller.account().getEmail(), now, KoreanTime.today(clock)));
        a.recordStep(TimelineEvent.OBJECTION_FILED, null, now);
        recipients.withRole(Role.STAFF).forEach(staff -> notifications.inbox(staff, "objection.filed",
                EvaluationAdministration.LINK + a.getAnnouncement().getId(), a.getCompany().getName(), a.getReceiptNumber()));
        return view(a, r);
    }

    private ResultView view(GrantApplication a, EvaluationResult r) {
        int ranked = (int) evaluations.rankedInRound(r.getAnnouncementId());
        var filed = evaluations.objectionsOf(a.getId()).stream().map(o -> new ResultView.Filed(o.getId(), o.getFiledAt(), o.getReason(),
                o.getStatus(), o.getAnswer(), o.getAnsweredAt(), o.isRescored())).toList();
        boolean open = r.acceptsObjection(KoreanTime.today(clock)) && filed.stream().noneMatch(f -> f.answeredAt() == null);
        return new ResultView(a.getId(), r.getOutcome(), r.getRank(), ranked, r.getScore(), r.getNotifiedAt(), r.getObjectionUntil(), open,
                filed);
    }

    private GrantApplication mine(long id) {
        GrantApplication a = applications.application(id).orElseThrow(() -> new DomainException("application.notFound"));
        if (!a.getCompany().getId().equals(caller.company().getId())) {
            throw new AccessDeniedException("application " + id + " is not the caller's company's");
        }
        return a;
    }
}
