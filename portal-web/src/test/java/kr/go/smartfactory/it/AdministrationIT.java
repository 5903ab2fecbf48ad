package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.Message;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.account.application.AccountAdministration;
import kr.go.smartfactory.account.application.AuthenticationService;
import kr.go.smartfactory.account.application.PasswordService;
import kr.go.smartfactory.account.application.StaffAccountForm;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.SignInOutcome;
import kr.go.smartfactory.shared.domain.DomainException;

/** Administrators create staff accounts (password chosen by the person), grant roles, disable accounts. */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT extends MailingTest {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClass(AsAdmin.class);
    }

    @Inject
    private AccountAdministration administration;

    @Inject
    private PasswordService passwords;

    @Inject
    private AuthenticationService authentication;

    @Inject
    private AsAdmin asAdmin;

    private StaffAccountForm staff(Role... roles) {
        StaffAccountForm form = new StaffAccountForm();
        form.setEmail(TestData.email("staff"));
        form.setName("정추진");
        form.setRoles(List.of(roles));
        return form;
    }

    @Test
    void staffAccountGetsItsPasswordThroughTheMailedLinkAndItsRoles() throws Exception {
        StaffAccountForm form = staff(Role.STAFF, Role.EVALUATOR);
        long id = asAdmin.call(() -> administration.createStaffAccount(form));
        Message mail = mailbox.latestTo(form.getEmail());
        assertTrue(mail.getSubject().contains("업무 계정"), mail.getSubject());
        passwords.resetPassword(Mailbox.token(mail), "Staff#Portal2026", "Staff#Portal2026");
        assertEquals(Set.of("STAFF", "EVALUATOR"), authentication.signIn(form.getEmail(), "Staff#Portal2026", "192.0.2.253").roles());

        asAdmin.call(() -> {
            administration.changeStaffRoles(id, EnumSet.of(Role.AUDITOR));
            return null;
        });
        assertEquals(Set.of("AUDITOR"), authentication.currentRoles(form.getEmail()).orElseThrow());

        asAdmin.call(() -> {
            administration.setEnabled(id, false);
            return null;
        });
        assertEquals(SignInOutcome.DISABLED, authentication.signIn(form.getEmail(), "Staff#Portal2026", "192.0.2.253").outcome());
        assertTrue(authentication.currentRoles(form.getEmail()).isEmpty(), "a disabled account's session ends");
    }

    @Test
    void companyRolesCannotBeGrantedToStaffAndEmailsStayUnique() {
        DomainException wrongRole = assertThrows(DomainException.class,
                () -> asAdmin.call(() -> administration.createStaffAccount(staff(Role.SME))));
        assertEquals(List.of("staff.roles.invalid"), wrongRole.getMessageKeys());

        StaffAccountForm form = staff(Role.COORDINATOR);
        asAdmin.call(() -> administration.createStaffAccount(form));
        DomainException duplicate = assertThrows(DomainException.class, () -> asAdmin.call(() -> administration.createStaffAccount(form)));
        assertEquals(List.of("signup.email.taken"), duplicate.getMessageKeys());

        StaffAccountForm bad = staff(Role.SME);
        bad.setEmail(form.getEmail());
        bad.setName(" ");
        bad.setPhone("12");
        DomainException all = assertThrows(DomainException.class, () -> asAdmin.call(() -> administration.createStaffAccount(bad)));
        assertEquals(java.util.Set.of(DomainException.Problem.on("name", "signup.contactName.required"),
                DomainException.Problem.on("phone", "signup.phone.invalid"),
                DomainException.Problem.on("roles", "staff.roles.invalid"),
                DomainException.Problem.on("email", "signup.email.taken")), java.util.Set.copyOf(all.getProblems()),
                "every problem of the form at once, each on its field");
    }

    @Test
    void onlyAdministratorsMayAdministerAccounts() {
        assertThrows(EJBAccessException.class, () -> administration.createStaffAccount(staff(Role.STAFF)));
        assertThrows(EJBAccessException.class, () -> administration.countAccounts(null, null));
    }

    @Test
    void theAccountsTableExportsToExcelUnderItsFilter() throws Exception {
        StaffAccountForm form = staff(Role.AUDITOR);
        String name = "엑셀" + java.util.UUID.randomUUID().toString().substring(0, 6);
        form.setName(name);
        asAdmin.call(() -> administration.createStaffAccount(form));
        kr.go.smartfactory.document.export.TableExport<kr.go.smartfactory.account.application.AccountView> export =
                kr.go.smartfactory.document.export.TableExport.<kr.go.smartfactory.account.application.AccountView>titled("계정")
                        .column("이메일", kr.go.smartfactory.account.application.AccountView::email)
                        .column("이름", kr.go.smartfactory.account.application.AccountView::contactName)
                        .column("가입 일시", kr.go.smartfactory.account.application.AccountView::createdAt).build();
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        asAdmin.call(() -> {
            export.writeXlsx(xlsx, each -> administration.forEachAccount(name, null, each));
            return null;
        });
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = book.getSheet("계정");
            assertEquals("이메일", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(1, sheet.getLastRowNum(), "only the filtered account");
            assertEquals(form.getEmail().toLowerCase(), sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(name, sheet.getRow(1).getCell(1).getStringCellValue());
        }
        assertThrows(EJBAccessException.class, () -> administration.forEachAccount(null, null, a -> { }), "administrators only");
    }
}
