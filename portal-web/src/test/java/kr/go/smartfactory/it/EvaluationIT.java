package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.evaluation.application.AssignmentView;
import kr.go.smartfactory.evaluation.application.EvaluationAdministration;
import kr.go.smartfactory.evaluation.application.EvaluationBoard;
import kr.go.smartfactory.evaluation.application.Evaluations;
import kr.go.smartfactory.evaluation.application.EvaluatorPool;
import kr.go.smartfactory.evaluation.application.Objections;
import kr.go.smartfactory.evaluation.application.ResultView;
import kr.go.smartfactory.evaluation.domain.AssignmentStatus;
import kr.go.smartfactory.evaluation.domain.Grade;
import kr.go.smartfactory.evaluation.domain.ObjectionStatus;
import kr.go.smartfactory.evaluation.domain.Outcome;
import kr.go.smartfactory.evaluation.domain.Tie;
import kr.go.smartfactory.notification.application.Inbox;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;

/**
 * The evaluation against the provisioned server and its database: the conflict-of-interest refusal by business number
 * (and its end on the third anniversary of an employment), no assignment before the window closes, the evaluator's
 * declaration before the application opens, sealed cards submitted once, who may see what, the ranking confirmed
 * within quota and budget and notified, and an objection upheld, re-scored and decided again.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationIT {

    private static final String DEMO_EVALUATOR_NAME = "한평가";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsTestSme.class, SmeFixture.class, ApplicationFixture.class,
                EvaluationFixture.class, AsDemoStaff.class, AsDemoEvaluator.class, AsDemoSme.class, AsDemoSupplier.class, AsAdmin.class);
    }

    @Inject
    private EvaluationAdministration administration;

    @Inject
    private Evaluations evaluations;

    @Inject
    private Objections objections;

    @Inject
    private EvaluatorPool pool;

    @Inject
    private Inbox inbox;

    @Inject
    private SmeFixture smes;

    @Inject
    private ApplicationFixture applications;

    @Inject
    private EvaluationFixture fixture;

    @Inject
    private AsTestSme asSme;

    @Inject
    private AsDemoSme asOtherSme;

    @Inject
    private AsDemoStaff asStaff;

    @Inject
    private AsDemoEvaluator asEvaluator;

    @Inject
    private AsDemoSupplier asSupplier;

    private long testSmeCompany;

    @BeforeEach
    void freshState() {
        smes.freshSme();
        testSmeCompany = applications.resetTestSme();
    }

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    private static List<String> keys(DomainException e) {
        return e.getMessageKeys();
    }

    @Test
    void anEvaluatorTiedToTheSupplierIsRefusedUntilTheThirdAnniversaryOfItsEmployment() {
        long round = fixture.closedRound(10, 1_000_000_000L);
        long application = fixture.submitted(round, null, 40_000_000);
        long evaluator = fixture.evaluator("강이해");
        String supplier = "220881234" + kr.go.smartfactory.company.domain.BusinessRegistrationNumber.checkDigit("220881234");
        LocalDate today = KoreanTime.today(java.time.Clock.systemUTC());
        asStaff.call(() -> pool.addTie(evaluator, Tie.Kind.EMPLOYMENT, supplier, "스마트솔루션(주)", today.minusYears(3).plusDays(1), "전 직장"));

        DomainException refused = assertThrows(DomainException.class, () -> asStaff.call(() -> {
            administration.assign(application, evaluator);
            return null;
        }));
        assertEquals(List.of("evaluation.conflict.EMPLOYMENT"), keys(refused));
        assertTrue(asStaff.call(() -> administration.board(round)).rows().get(0).evaluators().isEmpty(), "nothing assigned");

        // the same employment counted from a day earlier ended three years ago today: no longer a tie
        asStaff.call(() -> pool.removeTie(evaluator, 0));
        asStaff.call(() -> pool.addTie(evaluator, Tie.Kind.EMPLOYMENT, supplier, "스마트솔루션(주)", today.minusYears(3), "전 직장"));
        asStaff.call(() -> {
            administration.assign(application, evaluator);
            return null;
        });
        EvaluationBoard board = asStaff.call(() -> administration.board(round));
        assertEquals(1, board.rows().get(0).evaluators().size());

        assertEquals(List.of("evaluation.assigned.already"), keys(assertThrows(DomainException.class, () -> asStaff.call(() -> {
            administration.assign(application, evaluator);
            return null;
        }))));

        // the evaluator's own company being the applicant, and a declared interest, refuse another evaluator at once
        long other = fixture.evaluator("윤관계");
        String applicant = fixture.registrationNumberOf(application);
        asStaff.call(() -> pool.describe(other, "○○대학교", applicant));
        asStaff.call(() -> pool.addTie(other, Tie.Kind.DECLARED_INTEREST, supplier, "스마트솔루션(주)", null, "자문 계약"));
        assertEquals(List.of("evaluation.conflict.SAME_COMPANY", "evaluation.conflict.DECLARED_INTEREST"),
                keys(assertThrows(DomainException.class, () -> asStaff.call(() -> {
                    administration.assign(application, other);
                    return null;
                }))));
    }

    @Test
    void evaluatorsAreAssignedOnlyOnceTheWindowHasClosed() {
        long open = applications.openRound();
        long ready = fixture.submitted(open, null, 40_000_000);
        assertEquals(List.of("evaluation.application.notEvaluable"), keys(assertThrows(DomainException.class, () -> asStaff.call(() -> {
            administration.assign(ready, fixture.evaluator("조기배정"));
            return null;
        }))));
    }

    @Test
    void theEvaluatorSignsItsDeclarationBeforeReadingAndSubmitsASealedCardOnce() {
        long round = fixture.closedRound(10, 1_000_000_000L);
        long application = fixture.submitted(round, null, 40_000_000);
        long demoEvaluator = asStaff.call(() -> administration.evaluators()).stream()
                .filter(e -> e.name().equals(DEMO_EVALUATOR_NAME)).findFirst().orElseThrow().id();
        asStaff.call(() -> {
            administration.assign(application, demoEvaluator);
            return null;
        });
        long id = asEvaluator.call(() -> evaluations.mine()).stream().filter(m -> m.status() == AssignmentStatus.ASSIGNED)
                .max(java.util.Comparator.comparing(m -> m.id())).orElseThrow().id();
        int criteria = fixture.criteria(round);

        AssignmentView before = asEvaluator.call(() -> evaluations.assignment(id));
        assertNull(before.application(), "the application stays closed until the declaration is signed");
        assertEquals(List.of("evaluation.declaration.required"), keys(assertThrows(DomainException.class,
                () -> asEvaluator.call(() -> evaluations.save(id, List.of(Grade.GOOD), List.of(), null)))));
        assertEquals(List.of("evaluation.declaration.signature"), keys(assertThrows(DomainException.class,
                () -> asEvaluator.call(() -> evaluations.declare(id, "홍길동", false, null)))));

        AssignmentView declared = asEvaluator.call(() -> evaluations.declare(id, " " + DEMO_EVALUATOR_NAME + " ", false, null));
        assertEquals(AssignmentStatus.DECLARED, declared.status());
        assertNotNull(declared.application(), "the submitted application opens");
        assertEquals(criteria, declared.criteria().size());

        asEvaluator.call(() -> evaluations.save(id, List.of(Grade.EXCELLENT), List.of(), "초안"));
        EvaluationBoard sealed = asStaff.call(() -> administration.board(round));
        assertEquals(1, sealed.pending());
        assertEquals(1, sealed.unscored(), "a saved card counts for nothing: staff see no score before submission");
        assertTrue(sealed.ranking().stream().noneMatch(p -> p.applicationId() == application));

        DomainException incomplete = assertThrows(DomainException.class,
                () -> asEvaluator.call(() -> evaluations.submit(id, List.of(Grade.EXCELLENT), List.of(), null)));
        assertEquals(List.of("score.grades.incomplete"), keys(incomplete));
        List<Grade> all = Collections.nCopies(criteria, Grade.GOOD);
        int bonusItems = declared.bonusItems().size();
        if (bonusItems > 0) {
            List<Integer> tooMuch = new java.util.ArrayList<>(Collections.nCopies(bonusItems, 0));
            tooMuch.set(0, declared.bonusItems().get(0).points() + 1);
            assertEquals(List.of("score.bonus.range"), keys(assertThrows(DomainException.class,
                    () -> asEvaluator.call(() -> evaluations.submit(id, all, tooMuch, null)))));
        }
        AssignmentView submitted = asEvaluator.call(() -> evaluations.submit(id, all, Collections.nCopies(bonusItems, 0), "타당함"));
        assertEquals(AssignmentStatus.SUBMITTED, submitted.status());
        assertEquals(List.of("evaluation.submitted.already"), keys(assertThrows(DomainException.class,
                () -> asEvaluator.call(() -> evaluations.submit(id, Collections.nCopies(criteria, Grade.EXCELLENT),
                        Collections.nCopies(bonusItems, 0), null)))));
        assertEquals(List.of("evaluation.remove.submitted"), keys(assertThrows(DomainException.class,
                () -> asStaff.call(() -> {
                    administration.unassign(id);
                    return null;
                }))));

        EvaluationBoard scored = asStaff.call(() -> administration.board(round));
        assertEquals(0, scored.pending());
        assertEquals(new java.math.BigDecimal("80.00"), scored.ranking().get(0).score(), "every criterion 우수: 80 % of 100 points");

        // another evaluator's card does not exist for this one; other roles have no evaluator side at all
        long foreign = fixture.scored(application, fixture.evaluator("남의평가"), Grade.FAIR);
        assertThrows(AccessDeniedException.class, () -> asEvaluator.call(() -> evaluations.assignment(foreign)));
        assertThrows(EJBAccessException.class, () -> asStaff.call(() -> evaluations.mine()));
        assertThrows(EJBAccessException.class, () -> asSme.call(() -> evaluations.assignment(id)));
        assertThrows(EJBAccessException.class, () -> asSupplier.call(() -> administration.board(round)));
        assertThrows(EJBAccessException.class, () -> asEvaluator.call(() -> administration.board(round)));
    }

    @Test
    void resultsAreConfirmedWithinQuotaAndBudgetAndAnUpheldObjectionIsScoredAgain() {
        // quota 2, budget for two grants of 40M: the best two are selected, the third (the test SME) is in reserve
        long round = fixture.closedRound(2, 80_000_000L);
        long best = fixture.submitted(round, null, 40_000_000);
        long second = fixture.submitted(round, null, 40_000_000);
        long mine = fixture.submitted(round, testSmeCompany, 40_000_000);
        long e1 = fixture.evaluator("가평가");
        long e2 = fixture.evaluator("나평가");
        fixture.scored(best, e1, Grade.EXCELLENT);
        fixture.scored(best, e2, Grade.EXCELLENT);
        fixture.scored(second, e1, Grade.GOOD);
        fixture.scored(second, e2, Grade.GOOD);
        fixture.scored(mine, e1, Grade.FAIR);
        long pendingCard = fixture.evaluator("다평가");
        asStaff.call(() -> {
            administration.assign(mine, pendingCard);
            return null;
        });
        assertEquals(List.of("evaluation.results.pending"), keys(assertThrows(DomainException.class,
                () -> asStaff.call(() -> administration.confirmResults(round)))));
        long pendingId = asStaff.call(() -> administration.board(round)).rows().stream().filter(r -> r.applicationId() == mine)
                .findFirst().orElseThrow().evaluators().stream().filter(e -> e.status() == AssignmentStatus.ASSIGNED).findFirst().orElseThrow()
                .assignmentId();
        asStaff.call(() -> {
            administration.unassign(pendingId);
            return null;
        });
        fixture.scored(mine, e2, Grade.FAIR);
        assertEquals(List.of("objection.noResult"), keys(assertThrows(DomainException.class,
                () -> asSme.call(() -> objections.file(mine, "결과 전")))));
        assertTrue(asSme.call(() -> objections.result(mine)).isEmpty());

        EvaluationAdministration.Confirmation confirmed = asStaff.call(() -> administration.confirmResults(round));
        assertEquals(3, confirmed.ranked());
        assertEquals(2, confirmed.selected());
        assertEquals(3, confirmed.notified());
        EvaluationBoard board = asStaff.call(() -> administration.board(round));
        assertEquals(List.of(best, second, mine), board.ranking().stream().map(EvaluationBoard.Place::applicationId).toList());
        assertEquals(List.of(Outcome.SELECTED, Outcome.SELECTED, Outcome.RESERVE), board.ranking().stream().map(EvaluationBoard.Place::notified).toList());

        ResultView result = asSme.call(() -> objections.result(mine)).orElseThrow();
        assertEquals(Outcome.RESERVE, result.outcome());
        assertEquals(3, result.rank());
        assertEquals(3, result.ranked());
        assertTrue(result.objectionOpen());
        assertTrue(asSme.call(() -> InboxSearch.anyMatch(inbox,
                e -> e.title().contains("예비 선정") && e.link() != null && e.link().endsWith("=" + mine))));
        assertThrows(AccessDeniedException.class, () -> asOtherSme.call(() -> objections.result(mine)));

        asSme.call(() -> objections.file(mine, "가공 공정 개선 실적이 평가에 반영되지 않았습니다."));
        assertEquals(List.of("objection.pending"), keys(assertThrows(DomainException.class,
                () -> asSme.call(() -> objections.file(mine, "다시")))));
        long objection = asStaff.call(() -> administration.board(round)).objections().get(0).id();
        assertEquals(List.of("objection.answer.required"), keys(assertThrows(DomainException.class,
                () -> asStaff.call(() -> {
                    administration.answerObjection(objection, true, true, " ");
                    return null;
                }))));
        asStaff.call(() -> {
            administration.answerObjection(objection, true, true, "실적 자료를 다시 검토하도록 재평가를 요청합니다.");
            return null;
        });
        EvaluationBoard reopened = asStaff.call(() -> administration.board(round));
        assertEquals(2, reopened.pending(), "both cards of the application reopened");
        assertFalse(reopened.readyToConfirm());
        assertEquals(ObjectionStatus.UPHELD, reopened.objections().get(0).status());

        fixture.rescored(mine, e1, Grade.EXCELLENT);
        fixture.rescored(mine, e2, Grade.EXCELLENT);
        EvaluationAdministration.Confirmation again = asStaff.call(() -> administration.confirmResults(round));
        assertEquals(2, again.notified(), "only the two whose outcome changed are told again");
        ResultView after = asSme.call(() -> objections.result(mine)).orElseThrow();
        assertEquals(Outcome.SELECTED, after.outcome());
        EvaluationBoard last = asStaff.call(() -> administration.board(round));
        assertEquals(Outcome.RESERVE, last.ranking().stream().filter(p -> p.applicationId() == second).findFirst().orElseThrow().notified());
        assertEquals(ObjectionStatus.UPHELD, after.objections().get(0).status());

        // the window closes at the end of its last day (Korean time)
        TestClock.fixAt(after.objectionUntil().plusDays(1).atStartOfDay(KoreanTime.ZONE).toInstant().plus(Duration.ofMinutes(1)));
        assertEquals(List.of("objection.closed"), keys(assertThrows(DomainException.class,
                () -> asSme.call(() -> objections.file(mine, "기간 후")))));
    }
}
