package kr.go.smartfactory.evaluation.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.evaluation.application.EvaluatorPool;
import kr.go.smartfactory.evaluation.domain.Tie;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.web.support.Actions;

/**
 * staff/evaluators.xhtml: the evaluator pool — each evaluator's affiliation, own company and recorded ties
 * (employment with its last day, declared interest, joint project), which the assignment's conflict check reads.
 */
@Named
@ViewScoped
public class EvaluatorPoolBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvaluatorPool pool;

    private List<EvaluatorPool.Member> members;
    private Long selected;
    private String affiliation;
    private String ownCompany;
    private Tie.Kind tieKind;
    private String tieNumber;
    private String tieCompany;
    private String tieEndedOn;
    private String tieNote;

    @PostConstruct
    void init() {
        members = pool.members();
        if (!members.isEmpty()) {
            choose(members.get(0).accountId());
        }
    }

    public void choose() {
        if (selected != null) {
            choose(selected);
        }
    }

    private void choose(long accountId) {
        selected = accountId;
        EvaluatorPool.Member m = getMember();
        affiliation = m == null ? null : m.affiliation();
        ownCompany = m == null ? null : m.ownCompany();
    }

    public EvaluatorPool.Member getMember() {
        return members.stream().filter(m -> m.accountId() == (selected == null ? -1 : selected)).findFirst().orElse(null);
    }

    public void describe() {
        Actions.call(() -> pool.describe(selected, affiliation, ownCompany), "evaluator.saved.done").ifPresent(this::replace);
    }

    public void addTie() {
        LocalDate ended;
        try {
            ended = tieEndedOn == null || tieEndedOn.isBlank() ? null : LocalDate.parse(tieEndedOn.strip());
        } catch (DateTimeParseException notADate) {
            Actions.show(DomainException.onField("tieEndedOn", "evaluator.tie.endedOn"));
            return;
        }
        Actions.call(() -> pool.addTie(selected, tieKind, tieNumber, tieCompany, ended, tieNote), "evaluator.tie.added")
                .ifPresent(m -> {
                    replace(m);
                    tieKind = null;
                    tieNumber = null;
                    tieCompany = null;
                    tieEndedOn = null;
                    tieNote = null;
                });
    }

    public void removeTie(int index) {
        Actions.call(() -> pool.removeTie(selected, index), "evaluator.tie.removed").ifPresent(this::replace);
    }

    private void replace(EvaluatorPool.Member m) {
        members = members.stream().map(x -> x.accountId() == m.accountId() ? m : x).toList();
    }

    public Tie.Kind[] getTieKinds() {
        return new Tie.Kind[] {Tie.Kind.EMPLOYMENT, Tie.Kind.DECLARED_INTEREST, Tie.Kind.JOINT_PROJECT};
    }

    public List<EvaluatorPool.Member> getMembers() {
        return members;
    }

    public Long getSelected() {
        return selected;
    }

    public void setSelected(Long selected) {
        this.selected = selected;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }

    public String getOwnCompany() {
        return ownCompany;
    }

    public void setOwnCompany(String ownCompany) {
        this.ownCompany = ownCompany;
    }

    public Tie.Kind getTieKind() {
        return tieKind;
    }

    public void setTieKind(Tie.Kind tieKind) {
        this.tieKind = tieKind;
    }

    public String getTieNumber() {
        return tieNumber;
    }

    public void setTieNumber(String tieNumber) {
        this.tieNumber = tieNumber;
    }

    public String getTieCompany() {
        return tieCompany;
    }

    public void setTieCompany(String tieCompany) {
        this.tieCompany = tieCompany;
    }

    public String getTieEndedOn() {
        return tieEndedOn;
    }

    public void setTieEndedOn(String tieEndedOn) {
        this.tieEndedOn = tieEndedOn;
    }

    public String getTieNote() {
        return tieNote;
    }

    public void setTieNote(String tieNote) {
        this.tieNote = tieNote;
    }
}
