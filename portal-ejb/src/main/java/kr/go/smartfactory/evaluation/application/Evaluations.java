package kr.go.smartfactory.evaluation.application;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.evaluation.domain.EvaluationAssignment;
import kr.go.smartfactory.evaluation.domain.EvaluationRepository;
import kr.go.smartfactory.evaluation.domain.Grade;
import kr.go.smartfactory.evaluation.domain.Scorecard;
import kr.go.smartfactory.grant.application.ApplicationSupport;
import kr.go.smartfactory.program.domain.Announcement;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * The evaluator's side: its own assignments only (another evaluator's card, or an application it is not assigned to,
 * does not exist for it), the declaration before the application opens, the card saved as it goes and submitted
 * once.
 */
@Stateless
@RolesAllowed(Role.Names.EVALUATOR)
public class Evaluations {

    public static final String LINK = "/staff/evaluations.xhtml";

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private ApplicationSupport support;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    public List<MyAssignment> mine() {
        return evaluations.assignmentsOfEvaluator(caller.account().getId()).stream()
                .map(x -> new MyAssignment(x.getId(), x.getApplication().getAnnouncement().getTitle(), x.getApplication().getReceiptNumber(),
                        x.getApplication().getCompany().getName(), x.getStatus(), x.getAssignedAt(), x.getSubmittedAt(), x.getRescoreCount()))
                .toList();
    }

    public AssignmentView assignment(long id) {
        return view(mine(id));
    }

    /** Signs the declaration with the evaluator's own name; declaring a tie recuses it. */
    public AssignmentView declare(long id, String signature, boolean tied, String tieNote) {
        EvaluationAssignment x = mine(id);
        UserAccount me = caller.account();
        x.declare(signature, me.getContactName(), tied, tieNote, clock.instant());
        return view(x);
    }

    public AssignmentView save(long id, List<Grade> grades, List<Integer> bonus, String comment) {
        EvaluationAssignment x = mine(id);
        x.save(new Scorecard(grades, bonus, comment), clock.instant());
        return view(x);
    }

    public AssignmentView submit(long id, List<Grade> grades, List<Integer> bonus, String comment) {
        EvaluationAssignment x = mine(id);
        Announcement round = x.getApplication().getAnnouncement();
        x.submit(new Scorecard(grades, bonus, comment), EvaluationAdministration.weights(round),
                EvaluationAdministration.bonusMaximums(round), clock.instant());
        return view(x);
    }

    private EvaluationAssignment mine(long id) {
        EvaluationAssignment x = evaluations.assignment(id).orElseThrow(() -> new DomainException("evaluation.assignment.notFound"));
        if (!x.getEvaluator().getId().equals(caller.account().getId())) {
            throw new AccessDeniedException("assignment " + id + " is another evaluator's");
        }
        return x;
    }

    private AssignmentView view(EvaluationAssignment x) {
        var a = x.getApplication();
        Announcement round = a.getAnnouncement();
        Scorecard card = x.scorecard();
        return new AssignmentView(x.getId(), a.getId(), round.getTitle(), a.getReceiptNumber(), a.getCompany().getName(), x.getStatus(),
                x.getAssignedAt(), x.getDeclaredAt(), x.getSavedAt(), x.getSubmittedAt(), x.getRecusalReason(), x.getRescoreReason(),
                round.getRubric().stream().map(c -> new AssignmentView.Criterion(c.getNameKo(), c.getNameEn(), c.getWeight())).toList(),
                round.getBonusItems().stream().map(b -> new AssignmentView.Bonus(b.getNameKo(), b.getNameEn(), b.getPoints())).toList(),
                card.grades(), card.bonus(), card.comment(),
                x.getStatus() == kr.go.smartfactory.evaluation.domain.AssignmentStatus.DECLARED
                        || x.getStatus() == kr.go.smartfactory.evaluation.domain.AssignmentStatus.SUBMITTED ? support.submittedView(a) : null);
    }
}
