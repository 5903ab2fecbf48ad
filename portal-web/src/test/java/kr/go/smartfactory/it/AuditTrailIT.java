package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ejb.EJBAccessException;
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
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.audit.application.AuditFilter;
import kr.go.smartfactory.audit.application.AuditTrail;
import kr.go.smartfactory.audit.domain.AuditAction;
import kr.go.smartfactory.audit.domain.AuditEntry;

/** Every change of a business object leaves who/when/what/before/after; secrets never do. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT extends MailingTest {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClass(AsAdmin.class);
    }

    @Inject
    private SignUpService signUp;

    @Inject
    private PasswordService passwords;

    @Inject
    private AuditTrail trail;

    @Inject
    private AsAdmin asAdmin;

    @PersistenceContext
    private EntityManager em;

    private List<AuditEntry> entries(String type, Object id) {
        return em.createQuery("select e from AuditEntry e where e.entityType = :t and e.entityId = :id order by e.id", AuditEntry.class)
                .setParameter("t", type).setParameter("id", String.valueOf(id)).getResultList();
    }

    @Test
    void signUpAndConfirmationAreRecordedWithBeforeAndAfter() throws Exception {
        SignUpForm form = TestData.signUp(CompanyKind.SUPPLIER);
        long id = signUp.signUp(form);
        UserAccount account = em.find(UserAccount.class, id);

        List<AuditEntry> companyRows = entries("Company", account.getCompany().getId());
        assertEquals(1, companyRows.size());
        assertEquals(AuditAction.CREATE, companyRows.get(0).getAction());
        assertEquals("anonymous", companyRows.get(0).getActor());
        assertTrue(companyRows.get(0).getChanges().contains(form.getCompanyName()), companyRows.get(0).getChanges());
        assertEquals(1, entries("SupplierProfile", em.createQuery("select p.id from SupplierProfile p where p.company.id = :c", Long.class)
                .setParameter("c", account.getCompany().getId()).getSingleResult()).size());

        List<AuditEntry> accountRows = entries("UserAccount", id);
        assertEquals(1, accountRows.size());
        assertFalse(accountRows.get(0).getChanges().contains("passwordHash"), "password hashes stay out of the trail");
        assertFalse(accountRows.get(0).getChanges().contains("PBKDF2"), "password hashes stay out of the trail");

        passwords.confirmEmail(Mailbox.token(mailbox.latestTo(form.getEmail())));
        accountRows = entries("UserAccount", id);
        assertEquals(2, accountRows.size());
        AuditEntry update = accountRows.get(1);
        assertEquals(AuditAction.UPDATE, update.getAction());
        assertTrue(update.getChanges().contains("\"status\":{\"before\":\"PENDING_CONFIRMATION\",\"after\":\"ACTIVE\"}"),
                update.getChanges());
        assertTrue(update.getChanges().contains("confirmedAt"), update.getChanges());
        assertEquals(0, entries("AccountToken", 1).size(), "tokens are not audited");
    }

    @Test
    void auditorsAndAdministratorsReadTheTrailWithFilters() {
        SignUpForm form = TestData.signUp(CompanyKind.SME);
        long id = signUp.signUp(form);
        AuditFilter filter = new AuditFilter();
        filter.setEntityType("UserAccount");
        filter.setEntityId(String.valueOf(id));
        assertEquals(1L, asAdmin.call(() -> trail.count(filter)));
        assertEquals(AuditAction.CREATE, asAdmin.call(() -> trail.entries(filter, 0, 10)).get(0).getAction());
        filter.setActor("nobody-at-all");
        assertEquals(0L, asAdmin.call(() -> trail.count(filter)));
    }

    @Test
    void anonymousCallersCannotReadTheTrail() {
        assertThrows(EJBAccessException.class, () -> trail.count(new AuditFilter()));
    }
}
