package kr.go.smartfactory.evaluation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.application.Recipients;
import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.evaluation.domain.EvaluationAssignment;
import kr.go.smartfactory.evaluation.domain.EvaluationRepository;
import kr.go.smartfactory.evaluation.domain.EvaluationResult;
import kr.go.smartfactory.evaluation.domain.EvaluatorProfile;
import kr.go.smartfactory.evaluation.domain.Objection;
import kr.go.smartfactory.evaluation.domain.Outcome;
import kr.go.smartfactory.evaluation.domain.Ranking;
import kr.go.smartfactory.evaluation.domain.Scorecard;
import kr.go.smartfactory.evaluation.domain.SelectionChanged;
import kr.go.smartfactory.grant.application.ApplicationSupport;
import kr.go.smartfactory.grant.application.GrantApplications;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.grant.domain.TimelineEvent;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.program.domain.Announcement;
import kr.go.smartfactory.program.domain.AnnouncementRepository;
import kr.go.smartfactory.program.domain.BonusItem;
import kr.go.smartfactory.program.domain.RubricCriterion;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.Money;

/**
 * Staff's side of the evaluation (C5 step 3): evaluators assigned to the round's submitted applications after the
 * window closed — refused when the evaluator is tied to the applicant or its supplier —, the ranking from submitted
 * cards, the results confirmed within quota and budget and notified, objections answered (upheld ones possibly sent
 * back to the evaluators for re-scoring, after which the results are confirmed again and changed ones notified).
 */
@Stateless
public class EvaluationAdministration {

    public static final String LINK = "/staff/evaluation.xhtml?round=";

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private AnnouncementRepository announcements;

    @Inject
    private AccountRepository accounts;

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

    @Inject
    private EvaluatorPool pool;

    @Inject
    private jakarta.enterprise.event.Event<SelectionChanged> selectionChanged;

    /** Rounds whose window has closed, newest first: those that can be evaluated. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<EvaluationBoard.Round> rounds() {
        Instant now = clock.instant();
        return announcements.announcements(new kr.go.smartfactory.program.domain.AnnouncementFilter(), false, now, 0, 200).stream()
                .filter(a -> !now.isBefore(a.getClosesAt())).map(a -> round(a, now)).toList();
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public EvaluationBoard board(long announcementId) {
        return tally(announcementId).board();
    }

    /**
     * The round as it stands: the rows of the board, what is owed, and the ranking of the domain ({@link Ranking}) —
     * the board shows it, confirming decides by it.
     */
    private record Tally(EvaluationBoard board, Ranking.Result ranked, Map<Long, GrantApplication> byId, Announcement round) {
    }

    private Tally tally(long announcementId) {
        Announcement round = round(announcementId);
        Instant now = clock.instant();
        List<GrantApplication> submitted = applications.submittedOfRound(announcementId);
        Map<Long, List<EvaluationAssignment>> byApplication = evaluations.assignmentsOfRound(announcementId).stream()
                .collect(Collectors.groupingBy(x -> x.getApplication().getId(), LinkedHashMap::new, Collectors.toList()));
        Map<Long, EvaluationResult> results = evaluations.resultsOfRound(announcementId).stream()
                .collect(Collectors.toMap(EvaluationResult::getApplicationId, Function.identity()));
        Map<Long, Money> grants = new HashMap<>();
        List<EvaluationBoard.Row> rows = new ArrayList<>();
        int pending = 0;
        int unscored = 0;
        int excluded = 0;
        List<Ranking.Entry> entries = new ArrayList<>();
        for (GrantApplication a : submitted) {
            List<EvaluationAssignment> assigned = byApplication.getOrDefault(a.getId(), List.of());
            Money grant = support.requestedGrant(a);
            grants.put(a.getId(), grant);
            EvaluationResult result = results.get(a.getId());
            rows.add(new EvaluationBoard.Row(a.getId(), a.getReceiptNumber(), a.getCompany().getName(), a.getCompany().getRegion(), grant,
                    a.isEligibilityProblems(), assigned.stream().map(x -> new EvaluationBoard.Evaluator(x.getId(),
                            x.getEvaluator().getContactName(), x.getStatus(), x.getSubmittedAt(), x.getRescoreCount(), x.getRecusalReason()))
                            .toList(), result == null ? null : result.getOutcome()));
            if (a.isEligibilityProblems()) {
                excluded++;
                continue;
            }
            pending += (int) assigned.stream().filter(EvaluationAssignment::isPending).count();
            List<Scorecard> cards = assigned.stream().filter(EvaluationAssignment::isSubmitted).map(EvaluationAssignment::scorecard).toList();
            if (cards.isEmpty()) {
                unscored++;
            }
            entries.add(new Ranking.Entry(a.getId(), a.getSubmittedAt(), grant, cards));
        }
        Ranking.Result ranked = rank(round, entries);
        Map<Long, GrantApplication> byId = submitted.stream().collect(Collectors.toMap(GrantApplication::getId, Function.identity()));
        List<EvaluationBoard.Place> places = ranked.places().stream().map(p -> {
            GrantApplication a = byId.get(p.applicationId());
            EvaluationResult before = results.get(p.applicationId());
            return new EvaluationBoard.Place(p.applicationId(), a.getReceiptNumber(), a.getCompany().getName(), p.rank(), p.score(),
                    p.criterionAverages(), p.evaluators(), p.shortlisted(), Outcome.of(p), grants.get(p.applicationId()),
                    before == null ? null : before.getOutcome());
        }).toList();
        List<EvaluationBoard.ObjectionRow> objections = evaluations.objectionsOfRound(announcementId).stream().map(o -> {
            EvaluationResult r = results.get(o.getApplication().getId());
            return new EvaluationBoard.ObjectionRow(o.getId(), o.getApplication().getId(), o.getApplication().getReceiptNumber(),
                    o.getApplication().getCompany().getName(), o.getFiledAt(), o.getReason(), o.getStatus(), o.getAnswer(), o.isRescored(),
                    o.getAnsweredAt(), o.getAnsweredBy(), r == null ? null : r.getObjectionUntil());
        }).toList();
        return new Tally(new EvaluationBoard(round(round, now), round.getRubric().stream().map(RubricCriterion::getNameKo).toList(), rows,
                places, pending, unscored, excluded, ranked.committed(), !results.isEmpty(), objections), ranked, byId, round);
    }

    /** Accounts holding the evaluator role, to choose from. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public List<EvaluatorChoice> evaluators() {
        var profiles = evaluations.profiles();
        return accounts.activeWithRole(Role.EVALUATOR).stream().map(a -> new EvaluatorChoice(a.getId(), a.getContactName(),
                profiles.containsKey(a.getId()) ? profiles.get(a.getId()).getAffiliation() : null)).toList();
    }

    public record EvaluatorChoice(long id, String name, String affiliation) implements java.io.Serializable {
    }

    /**
     * Assigns an evaluator to a submitted application of a closed round, refused when the evaluator is tied to the
     * applicant or its supplier (one message per kind of tie) or already assigned; the evaluator is told.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public void assign(long applicationId, long evaluatorAccountId) {
        Instant now = clock.instant();
        GrantApplication a = application(applicationId);
        if (!a.isEvaluable(now)) {
            throw new DomainException("evaluation.application.notEvaluable");
        }
        UserAccount evaluator = accounts.account(evaluatorAccountId).filter(e -> e.getRoles().contains(Role.EVALUATOR))
                .orElseThrow(() -> DomainException.onField("evaluator", "evaluation.evaluator.unknown"));
        if (evaluations.assignment(applicationId, evaluatorAccountId).isPresent()) {
            throw DomainException.onField("evaluator", "evaluation.assigned.already");
        }
        String supplier = a.getSupplier() == null ? null : a.getSupplier().getCompany().getRegistrationNumber().digits();
        var ties = pool.tiesTo(evaluatorAccountId, a.getCompany().getRegistrationNumber().digits(), supplier);
        evaluations.add(EvaluationAssignment.assign(a, evaluator, ties, caller.account().getEmail(), now));
        if (evaluations.assignmentsOf(applicationId).size() <= 1) {
            a.recordStep(TimelineEvent.EVALUATION_STARTED, null, now);
        }
        notifications.notify(Recipients.of(evaluator), "evaluation.assigned", Evaluations.LINK,
                a.getAnnouncement().getTitle(), a.getReceiptNumber());
    }

    /** Takes an assignment back before its card is submitted. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public void unassign(long assignmentId) {
        EvaluationAssignment x = evaluations.assignment(assignmentId).orElseThrow(() -> new DomainException("evaluation.assignment.notFound"));
        x.checkRemovable();
        evaluations.remove(x);
    }

    /**
     * Confirms the ranking as the round's results and notifies the applicants: the first time every ranked one, later
     * (after re-scoring) those whose outcome changed. Refused while a card is owed or an application has none.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public Confirmation confirmResults(long announcementId) {
        Tally tally = tally(announcementId);
        EvaluationBoard board = tally.board();
        if (!board.round().closed()) {
            throw new DomainException("evaluation.round.open");
        }
        if (board.pending() > 0) {
            throw new DomainException("evaluation.results.pending");
        }
        if (board.unscored() > 0) {
            throw new DomainException("evaluation.results.unscored");
        }
        if (board.ranking().isEmpty()) {
            throw new DomainException("evaluation.results.empty");
        }
        Announcement round = tally.round();
        Instant now = clock.instant();
        LocalDate today = KoreanTime.today(clock);
        int days = round.getRules().getObjectionDays();
        String by = caller.account().getEmail();
        Map<Long, GrantApplication> byId = tally.byId();
        int notified = 0;
        int selectedCount = 0;
        for (Ranking.Place place : tally.ranked().places()) {
            Outcome outcome = Outcome.of(place);
            var existing = evaluations.result(place.applicationId());
            boolean wasSelected = existing.map(r -> r.getOutcome() == Outcome.SELECTED).orElse(false);
            boolean tell;
            if (existing.isEmpty()) {
                evaluations.add(new EvaluationResult(place.applicationId(), announcementId, place, by, now, today, days));
                tell = true;
            } else {
                tell = existing.get().decideAgain(place, by, now, today, days);
            }
            boolean selected = outcome == Outcome.SELECTED;
            if (selected) {
                selectedCount++;
            }
            if (selected != wasSelected) {
                selectionChanged.fire(new SelectionChanged(place.applicationId(), selected));
            }
            if (tell) {
                GrantApplication a = byId.get(place.applicationId());
                a.recordStep(TimelineEvent.valueOf(outcome.name()), round.getTitle(), now);
                recipients.membersOf(a.getCompany().getId()).forEach(member -> notifications.notify(member,
                        "evaluation.result." + outcome.name(), GrantApplications.LINK + a.getId(), round.getTitle(),
                        a.getReceiptNumber(), KoreanTime.DAY.format(today.plusDays(days))));
                notified++;
            }
        }
        return new Confirmation(tally.ranked().places().size(), selectedCount, notified);
    }

    public record Confirmation(int ranked, int selected, int notified) {
    }

    /**
     * Answers an objection: upheld (optionally sending the application back to its evaluators, whose submitted cards
     * reopen) or dismissed, always with the answer written; the applicant is told, and the evaluators when asked again.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public void answerObjection(long objectionId, boolean upheld, boolean rescore, String answer) {
        Objection o = evaluations.objection(objectionId).orElseThrow(() -> new DomainException("objection.notFound"));
        Instant now = clock.instant();
        o.answer(upheld, rescore, answer, caller.account().getEmail(), now);
        GrantApplication a = o.getApplication();
        a.recordStep(upheld ? TimelineEvent.OBJECTION_UPHELD : TimelineEvent.OBJECTION_DISMISSED, null, now);
        if (rescore) {
            a.recordStep(TimelineEvent.RESCORING, null, now);
            for (EvaluationAssignment x : evaluations.assignmentsOf(a.getId())) {
                if (x.isSubmitted()) {
                    x.reopen(answer, now);
                    notifications.notify(Recipients.of(x.getEvaluator()), "evaluation.rescore", Evaluations.LINK,
                            a.getAnnouncement().getTitle(), a.getReceiptNumber());
                }
            }
        }
        recipients.membersOf(a.getCompany().getId()).forEach(member -> notifications.notify(member,
                upheld ? "objection.upheld" : "objection.dismissed", GrantApplications.LINK + a.getId(),
                a.getAnnouncement().getTitle(), a.getReceiptNumber()));
    }

    static List<Integer> weights(Announcement round) {
        return round.getRubric().stream().map(RubricCriterion::getWeight).toList();
    }

    static List<Integer> bonusMaximums(Announcement round) {
        return round.getBonusItems().stream().map(BonusItem::getPoints).toList();
    }

    private static Ranking.Result rank(Announcement round, List<Ranking.Entry> entries) {
        return Ranking.rank(entries, weights(round), round.getRules().getTieBreak(), round.getQuota(), round.getRules().getShortlistFactor(),
                round.getBudget());
    }

    private static EvaluationBoard.Round round(Announcement a, Instant now) {
        return new EvaluationBoard.Round(a.getId(), a.getTitle(), a.getQuota(), a.getBudget(), a.getClosesAt(), !now.isBefore(a.getClosesAt()),
                a.getRules().getShortlistFactor(), a.getRules().getTieBreak(), a.getRules().getObjectionDays());
    }

    private Announcement round(long id) {
        return announcements.announcement(id).orElseThrow(() -> new DomainException("announcement.notFound"));
    }

    private GrantApplication application(long id) {
        return applications.application(id).orElseThrow(() -> new DomainException("application.notFound"));
    }
}
