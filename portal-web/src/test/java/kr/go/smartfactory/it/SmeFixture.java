package kr.go.smartfactory.it;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.account.application.SignUpForm;
import kr.go.smartfactory.account.application.SignUpService;
import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.level.domain.LevelAssessment;
import kr.go.smartfactory.level.domain.SelfDiagnosis;

/**
 * The tests' own SME ({@link AsTestSme#EMAIL}): signed up once; before each test without a self-diagnosis and
 * without a valid certificate, so a test finds the same state on a database that earlier runs used (PostgreSQL).
 */
@Stateless
@PermitAll
public class SmeFixture {

    @Inject
    private AccountRepository accounts;

    @Inject
    private SignUpService signUp;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** The fixture SME's business number (formatted), its level state reset. */
    public String freshSme() {
        UserAccount account = accounts.accountByEmail(AsTestSme.EMAIL).orElseGet(() -> {
            SignUpForm form = TestData.signUp(CompanyKind.SME);
            form.setEmail(AsTestSme.EMAIL);
            form.setCompanyName("수준진단테스트(주)");
            long id = signUp.signUp(form);
            UserAccount created = accounts.account(id).orElseThrow();
            created.confirm(clock.instant());
            return created;
        });
        long company = account.getCompany().getId();
        em.createQuery("select d from SelfDiagnosis d where d.company.id = :c", SelfDiagnosis.class).setParameter("c", company)
                .getResultList().forEach(em::remove);
        em.createQuery("select a from LevelAssessment a where a.company.id = :c and a.revokedAt is null", LevelAssessment.class)
                .setParameter("c", company).getResultList().forEach(a -> a.revoke("테스트 초기화", clock.instant()));
        return account.getCompany().getRegistrationNumber().formatted();
    }
}
