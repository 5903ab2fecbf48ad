package kr.go.smartfactory.evaluation.web;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.StreamedContent;

import kr.go.smartfactory.document.export.TableExport;
import kr.go.smartfactory.evaluation.application.EvaluationAdministration;
import kr.go.smartfactory.evaluation.application.EvaluationBoard;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Downloads;
import kr.go.smartfactory.web.support.Exportable;
import kr.go.smartfactory.web.support.Formats;
import kr.go.smartfactory.web.support.ListExport;
import kr.go.smartfactory.web.support.Messages;
import kr.go.smartfactory.web.support.Pages;

/**
 * staff/evaluation.xhtml: one closed round's evaluation — evaluators assigned (the conflict-of-interest refusal next
 * to the evaluator), the ranking from submitted cards with what confirming would decide, the results confirmed and
 * notified, objections answered; the ranking exported. Auditors read; staff act.
 */
@Named
@ViewScoped
public class StaffEvaluationBean implements Serializable, Exportable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvaluationAdministration administration;

    @Inject
    private Formats formats;

    @Inject
    private Clock clock;

    private Long round;
    private EvaluationBoard board;
    private List<EvaluationBoard.Round> rounds;
    private List<EvaluationAdministration.EvaluatorChoice> evaluators;
    private Long applicationId;
    private Long evaluatorId;
    private Long objectionId;
    private String decision;
    private boolean rescore;
    private String answer;

    public void load() {
        if (round == null) {
            List<EvaluationBoard.Round> closed = getRounds();
            if (closed.isEmpty()) {
                return;
            }
            round = closed.get(0).id();
        }
        try {
            board = administration.board(round);
        } catch (DomainException unknown) {
            Pages.notFound();
        }
    }

    private void reload() {
        board = administration.board(round);
    }

    public void assign() {
        if (applicationId == null) {
            Actions.show(DomainException.onField("application", "evaluation.application.choose"));
            return;
        }
        if (evaluatorId == null) {
            Actions.show(DomainException.onField("evaluator", "evaluation.evaluator.unknown"));
            return;
        }
        if (Actions.run(() -> administration.assign(applicationId, evaluatorId), "evaluation.assigned.done")) {
            evaluatorId = null;
            reload();
        }
    }

    public void unassign(long assignmentId) {
        if (Actions.run(() -> administration.unassign(assignmentId), "evaluation.unassigned.done")) {
            reload();
        }
    }

    public void confirm() {
        Actions.call(() -> administration.confirmResults(round), null).ifPresent(c -> {
            Messages.info("evaluation.confirmed.done", c.ranked(), c.selected(), c.notified());
            reload();
        });
    }

    public void answerObjection() {
        if (objectionId == null) {
            Actions.show(DomainException.onField("objection", "objection.notFound"));
            return;
        }
        if (decision == null || decision.isEmpty()) {
            Actions.show(DomainException.onField("decision", "objection.decision.choose"));
            return;
        }
        boolean upheld = Boolean.parseBoolean(decision);
        if (Actions.run(() -> administration.answerObjection(objectionId, upheld, rescore, answer), "objection.answered.done")) {
            objectionId = null;
            decision = null;
            rescore = false;
            answer = null;
            reload();
        }
    }

    public List<EvaluationBoard.Round> getRounds() {
        if (rounds == null) {
            rounds = administration.rounds();
        }
        return rounds;
    }

    public List<EvaluationAdministration.EvaluatorChoice> getEvaluators() {
        if (evaluators == null) {
            evaluators = administration.evaluators();
        }
        return evaluators;
    }

    public List<EvaluationBoard.ObjectionRow> getOpenObjections() {
        return board == null ? List.of() : board.objections().stream().filter(EvaluationBoard.ObjectionRow::open).toList();
    }

    private TableExport<EvaluationBoard.Place> export() {
        return TableExport.<EvaluationBoard.Place>titled(Messages.text("evaluation.ranking"))
                .column(Messages.text("evaluation.rank"), p -> String.valueOf(p.rank()))
                .column(Messages.text("application.receipt"), EvaluationBoard.Place::receiptNumber)
                .column(Messages.text("field.companyName"), EvaluationBoard.Place::companyName)
                .column(Messages.text("evaluation.score"), p -> formats.decimal(p.score()))
                .column(Messages.text("evaluation.evaluators"), p -> String.valueOf(p.evaluators()))
                .column(Messages.text("evaluation.shortlisted"), p -> Messages.text(p.shortlisted() ? "answer.yes" : "answer.no"))
                .column(Messages.text("application.budget.government"), p -> formats.money(p.grant()))
                .column(Messages.text("evaluation.outcome"), p -> Messages.text("evaluation.outcome." + p.outcome()))
                .column(Messages.text("evaluation.notified"), p -> p.notified() == null ? "" : Messages.text("evaluation.outcome." + p.notified()))
                .build();
    }

    /** The applications and their evaluators, as on the board. */
    public ListExport<EvaluationBoard.Row> getAssignmentsExport() {
        return new ListExport<>(() -> TableExport.<EvaluationBoard.Row>titled(Messages.text("evaluation.applications"))
                .column(Messages.text("application.receipt"), EvaluationBoard.Row::receiptNumber)
                .column(Messages.text("field.companyName"), EvaluationBoard.Row::companyName)
                .column(Messages.text("attr.region"), r -> Messages.text("region." + r.region()))
                .column(Messages.text("application.budget.government"), r -> formats.money(r.grant()))
                .column(Messages.text("evaluation.evaluators"), r -> r.evaluators().stream()
                        .map(e -> e.name() + " (" + Messages.text("evaluation.status." + e.status()) + ")")
                        .collect(java.util.stream.Collectors.joining(", ")))
                .column(Messages.text("evaluation.outcome"), r -> r.eligibilityProblems() ? Messages.text("evaluation.excluded")
                        : r.outcome() == null ? "" : Messages.text("evaluation.outcome." + r.outcome()))
                .build(), () -> board == null ? List.of() : board.rows(), clock);
    }

    public ListExport<EvaluationBoard.ObjectionRow> getObjectionsExport() {
        return new ListExport<>(() -> TableExport.<EvaluationBoard.ObjectionRow>titled(Messages.text("objection.title"))
                .column(Messages.text("application.receipt"), EvaluationBoard.ObjectionRow::receiptNumber)
                .column(Messages.text("field.companyName"), EvaluationBoard.ObjectionRow::companyName)
                .column(Messages.text("attr.filedAt"), o -> formats.dateTime(o.filedAt()))
                .column(Messages.text("objection.reason"), EvaluationBoard.ObjectionRow::reason)
                .column(Messages.text("ledger.status"), o -> Messages.text("objection.status." + o.status()))
                .column(Messages.text("objection.answer"), o -> o.answer() == null ? "" : o.answer())
                .column(Messages.text("attr.answeredAt"), o -> o.answeredAt() == null ? "" : formats.dateTime(o.answeredAt()))
                .build(), () -> board == null ? List.of() : board.objections(), clock);
    }

    @Override
    public StreamedContent getXlsx() {
        List<EvaluationBoard.Place> places = board == null ? List.of() : board.ranking();
        return Downloads.xlsx(export(), each -> places.forEach(each), clock);
    }

    @Override
    public StreamedContent getCsv() {
        List<EvaluationBoard.Place> places = board == null ? List.of() : board.ranking();
        return Downloads.csv(export(), each -> places.forEach(each), clock);
    }

    public EvaluationBoard getBoard() {
        return board;
    }

    public Long getRound() {
        return round;
    }

    public void setRound(Long round) {
        this.round = round;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public Long getEvaluatorId() {
        return evaluatorId;
    }

    public void setEvaluatorId(Long evaluatorId) {
        this.evaluatorId = evaluatorId;
    }

    public Long getObjectionId() {
        return objectionId;
    }

    public void setObjectionId(Long objectionId) {
        this.objectionId = objectionId;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public boolean isRescore() {
        return rescore;
    }

    public void setRescore(boolean rescore) {
        this.rescore = rescore;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
