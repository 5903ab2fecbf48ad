package kr.go.smartfactory.evaluation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.evaluation.domain.EvaluationRepository;
import kr.go.smartfactory.evaluation.domain.EvaluatorProfile;
import kr.go.smartfactory.evaluation.domain.RecordedTie;
import kr.go.smartfactory.evaluation.domain.Tie;
import kr.go.smartfactory.shared.domain.DomainException;

/** 평가위원 풀: staff keep what the conflict-of-interest check reads about each evaluator. */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class EvaluatorPool {

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

    public record Member(long accountId, String name, String email, String affiliation, String ownCompany, List<TieRow> ties)
            implements java.io.Serializable {
    }

    public record TieRow(int index, Tie.Kind kind, String registrationNumber, String companyName, LocalDate endedOn, String note)
            implements java.io.Serializable {
    }

    public List<Member> members() {
        var profiles = evaluations.profiles();
        return accounts.activeWithRole(Role.EVALUATOR).stream().map(a -> member(a, java.util.Optional.ofNullable(profiles.get(a.getId()))))
                .toList();
    }

    public Member describe(long accountId, String affiliation, String ownCompany) {
        profile(accountId).describe(affiliation, ownCompany, clock.instant());
        return member(evaluator(accountId));
    }

    public Member addTie(long accountId, Tie.Kind kind, String registrationNumber, String companyName, LocalDate endedOn, String note) {
        profile(accountId).addTie(kind, registrationNumber, companyName, endedOn, note, clock.instant());
        return member(evaluator(accountId));
    }

    public Member removeTie(long accountId, int index) {
        profile(accountId).removeTie(index, clock.instant());
        return member(evaluator(accountId));
    }

    /**
     * The conflict-of-interest check, one for every appointment of a pool member (evaluation, supervision): what ties
     * the record shows between the expert and the SME or the supplier (business numbers as digits; supplier may be null)
     * on this day.
     */
    public List<Tie> tiesTo(long accountId, String smeDigits, String supplierDigits) {
        return evaluations.profile(accountId).map(EvaluatorProfile::record)
                .orElseGet(() -> new kr.go.smartfactory.evaluation.domain.EvaluatorRecord(null, null, null, null))
                .tiesTo(smeDigits, supplierDigits, kr.go.smartfactory.shared.domain.KoreanTime.today(clock));
    }

    private EvaluatorProfile profile(long accountId) {
        UserAccount evaluator = evaluator(accountId);
        return evaluations.profile(evaluator.getId()).orElseGet(() -> {
            EvaluatorProfile created = new EvaluatorProfile(evaluator.getId(), clock.instant());
            evaluations.add(created);
            return created;
        });
    }

    private UserAccount evaluator(long accountId) {
        return accounts.account(accountId).filter(a -> a.getRoles().contains(Role.EVALUATOR))
                .orElseThrow(() -> new DomainException("evaluation.evaluator.unknown"));
    }

    private Member member(UserAccount a) {
        return member(a, evaluations.profile(a.getId()));
    }

    private static Member member(UserAccount a, java.util.Optional<EvaluatorProfile> profile) {
        List<RecordedTie> ties = profile.map(EvaluatorProfile::getTies).orElse(List.of());
        List<TieRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < ties.size(); i++) {
            RecordedTie t = ties.get(i);
            rows.add(new TieRow(i, t.getKind(), t.getRegistrationNumber(), t.getCompanyName(), t.getEndedOn(), t.getNote()));
        }
        return new Member(a.getId(), a.getContactName(), a.getEmail(), profile.map(EvaluatorProfile::getAffiliation).orElse(null),
                profile.map(EvaluatorProfile::getOwnCompany).orElse(null), rows);
    }
}
