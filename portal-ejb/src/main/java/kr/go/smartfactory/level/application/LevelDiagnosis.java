package kr.go.smartfactory.level.application;

import java.time.Clock;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.level.domain.DiagnosisItem;
import kr.go.smartfactory.level.domain.DiagnosisResult;
import kr.go.smartfactory.level.domain.LevelRepository;
import kr.go.smartfactory.level.domain.LevelScale;
import kr.go.smartfactory.level.domain.SelfDiagnosis;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * An SME's own self-diagnosis: always the caller's company's (no method takes a company), saved answer by answer
 * so that nothing is lost when the page is left, scored live on the scale that is data, and completed when every
 * question is answered.
 */
@Stateless
@RolesAllowed(Role.Names.SME)
public class LevelDiagnosis {

    @Inject
    private LevelRepository levels;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    public DiagnosisView mine() {
        LevelScale scale = scale();
        Company company = myCompany();
        return levels.diagnosisOf(company.getId()).map(d -> view(scale, d))
                .orElseGet(() -> new DiagnosisView(scale.items().stream().map(DiagnosisView.Question::of).toList(), Map.of(),
                        scale.score(Map.of()), null, null));
    }

    /** Saves one answer (0–4) and answers what the diagnosis scores now. */
    public DiagnosisView answer(String itemCode, int score) {
        LevelScale scale = scale();
        DiagnosisItem item = levels.item(itemCode).orElseThrow(() -> DomainException.onField("score", "diagnosis.item.unknown"));
        SelfDiagnosis diagnosis = mineOrNew();
        diagnosis.answer(item, score, clock.instant());
        return view(scale, diagnosis);
    }

    /** Records the level reached; refused while a question is unanswered. */
    public DiagnosisView complete() {
        LevelScale scale = scale();
        SelfDiagnosis diagnosis = levels.diagnosisOf(myCompany().getId())
                .orElseThrow(() -> new DomainException("diagnosis.incomplete"));
        diagnosis.complete(scale, clock.instant());
        return view(scale, diagnosis);
    }

    private SelfDiagnosis mineOrNew() {
        Company company = myCompany();
        return levels.diagnosisOf(company.getId()).orElseGet(() -> {
            SelfDiagnosis started = SelfDiagnosis.startedBy(company, clock.instant());
            levels.add(started);
            return started;
        });
    }

    private LevelScale scale() {
        return new LevelScale(levels.items(), levels.cutoffs());
    }

    private static DiagnosisView view(LevelScale scale, SelfDiagnosis d) {
        DiagnosisResult result = scale.score(d.getAnswers());
        return new DiagnosisView(scale.items().stream().map(DiagnosisView.Question::of).toList(), d.getAnswers(), result,
                d.getUpdatedAt(), d.getCompletedAt());
    }

    private Company myCompany() {
        return caller.company();
    }
}
