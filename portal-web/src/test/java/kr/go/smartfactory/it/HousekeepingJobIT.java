package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.Metric;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.account.application.PasswordService;
import kr.go.smartfactory.account.application.SignUpForm;
import kr.go.smartfactory.account.application.SignUpService;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.account.domain.UserAccount;

/** The nightly housekeeping job (portal-batch) on the real batch runtime and JDBC job repository. */
@ExtendWith(ArquillianExtension.class)
class HousekeepingJobIT extends MailingTest {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport();
    }

    @Inject
    private SignUpService signUp;

    @Inject
    private PasswordService passwords;

    @PersistenceContext
    private EntityManager em;

    private static JobExecution run(Instant referenceTime) throws InterruptedException {
        return BatchJobRun.run("housekeeping", referenceTime);
    }

    private long count(String jpql, Object id) {
        return em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
    }

    @Test
    void purgesSpentTokensAndOldUnconfirmedSignUpsButKeepsTheRest() throws Exception {
        SignUpForm stale = TestData.signUp(CompanyKind.SUPPLIER);
        long staleId = signUp.signUp(stale);
        long staleCompany = em.find(UserAccount.class, staleId).getCompany().getId();

        SignUpForm confirmed = TestData.signUp(CompanyKind.SME);
        long confirmedId = signUp.signUp(confirmed);
        passwords.confirmEmail(Mailbox.token(mailbox.latestTo(confirmed.getEmail(), "이메일")));
        passwords.requestReset(confirmed.getEmail());
        String liveReset = Mailbox.token(mailbox.latestTo(confirmed.getEmail(), "비밀번호"));

        // judged 30 minutes from now: nothing is old enough yet, only the spent confirmation token goes
        JobExecution soon = run(Instant.now().plus(Duration.ofMinutes(30)));
        assertEquals(BatchStatus.COMPLETED, soon.getBatchStatus());
        assertNotNull(em.find(UserAccount.class, staleId));
        assertEquals(0L, count("select count(t) from AccountToken t where t.account.id = :id and t.usedAt is not null", confirmedId));
        assertTrue(passwords.isUsableResetToken(liveReset), "an unexpired reset link survives");

        // judged four days later: the unconfirmed sign-up (and its company and profile) are gone
        JobExecution later = run(Instant.now().plus(Duration.ofDays(4)));
        assertEquals(BatchStatus.COMPLETED, later.getBatchStatus());
        em.clear();
        assertNull(em.find(UserAccount.class, staleId));
        assertNull(em.find(Company.class, staleCompany));
        assertEquals(0L, count("select count(p) from SupplierProfile p where p.company.id = :id", staleCompany));
        assertNotNull(em.find(UserAccount.class, confirmedId), "a confirmed account is never purged");
        assertEquals(0L, count("select count(t) from AccountToken t where t.account.id = :id", confirmedId));
        assertTrue(count("select count(e) from AuditEntry e where e.entityType = 'UserAccount' and e.action = kr.go.smartfactory.audit.domain.AuditAction.DELETE and e.entityId = :id",
                String.valueOf(staleId)) == 1, "the purge is in the audit trail");

        long purged = BatchRuntime.getJobOperator().getStepExecutions(later.getExecutionId()).stream()
                .filter(s -> s.getStepName().equals("purge-unconfirmed-sign-ups"))
                .map(StepExecution::getMetrics).flatMap(java.util.Arrays::stream)
                .filter(m -> m.getType() == Metric.MetricType.WRITE_COUNT).mapToLong(Metric::getValue).sum();
        assertTrue(purged >= 1, "write count " + purged);

        // run again with the same reference time: nothing left to do, nothing breaks
        JobExecution again = run(Instant.now().plus(Duration.ofDays(4)));
        assertEquals(BatchStatus.COMPLETED, again.getBatchStatus());
        assertNotNull(em.find(UserAccount.class, confirmedId));
    }
}
