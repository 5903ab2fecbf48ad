package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.account.application.SignUpForm;
import kr.go.smartfactory.account.application.SignUpService;
import kr.go.smartfactory.account.domain.AccountStatus;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.membership.application.ClaimView;
import kr.go.smartfactory.membership.application.CompanyClaims;
import kr.go.smartfactory.membership.domain.ClaimDecision;
import kr.go.smartfactory.membership.domain.ClaimStatus;
import kr.go.smartfactory.membership.domain.CompanyClaim;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.supplier.domain.RegistrationStatus;
import kr.go.smartfactory.supplier.domain.SupplierProfile;

/**
 * A second sign-up with a registered business number is not a dead end: the newcomer's account exists, both sides
 * are told, and staff decide — a colleague joins, an impostor's registration is taken over, an unfounded claim is
 * rejected.
 */
@ExtendWith(ArquillianExtension.class)
class CompanyClaimIT extends MailingTest {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsDemoStaff.class, AsAdmin.class);
    }

    @Inject
    private SignUpService signUp;

    @Inject
    private CompanyClaims claims;

    @Inject
    private AsDemoStaff asStaff;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** A registered supplier (listed, as if imported) with its first member; returns that member's e-mail. */
    private SignUpForm registeredSupplier() {
        SignUpForm first = TestData.signUp(CompanyKind.SUPPLIER);
        long id = signUp.signUp(first);
        asAdmin.call(() -> {
            UserAccount a = em.find(UserAccount.class, id);
            a.confirm(clock.instant());
            em.createQuery("select p from SupplierProfile p where p.company = :c", SupplierProfile.class)
                    .setParameter("c", a.getCompany()).getSingleResult().registryImported(clock.instant());
            return null;
        });
        return first;
    }

    private SignUpForm claimFor(SignUpForm registered, CompanyKind kind) {
        SignUpForm second = TestData.signUp(kind);
        second.setRegistrationNumber(registered.getRegistrationNumber());
        second.setCompanyName("진짜" + registered.getCompanyName());
        return second;
    }

    private CompanyClaim claimOf(long accountId) {
        return em.createQuery("select c from CompanyClaim c join fetch c.company where c.claimant.id = :a", CompanyClaim.class)
                .setParameter("a", accountId).getSingleResult();
    }

    private UserAccount account(String email) {
        em.clear();
        return em.createQuery("select a from UserAccount a left join fetch a.company where a.email = :e", UserAccount.class)
                .setParameter("e", email).getSingleResult();
    }

    private void decide(long claimId, ClaimDecision decision, String note) {
        asStaff.call(() -> {
            claims.decide(claimId, decision, note);
            return null;
        });
    }

    @Test
    void aSecondSignUpWithARegisteredNumberOpensADisputeBothSidesHearOf() throws Exception {
        SignUpForm registered = registeredSupplier();
        SignUpForm second = claimFor(registered, CompanyKind.SUPPLIER);
        long claimantId = signUp.signUp(second);

        UserAccount claimant = account(second.getEmail());
        assertNull(claimant.getCompany(), "no company until staff decide");
        assertEquals(AccountStatus.PENDING_CONFIRMATION, claimant.getStatus(), "the e-mail is confirmed as for any sign-up");
        CompanyClaim claim = claimOf(claimantId);
        assertEquals(ClaimStatus.OPEN, claim.getStatus());
        assertEquals("진짜" + registered.getCompanyName(), claim.getClaimedName());
        assertTrue(mailbox.latestTo(registered.getEmail(), "다른 가입 신청") != null);
        assertTrue(Mailbox.body(mailbox.latestTo(second.getEmail(), "이미 등록된")).contains("사업자등록증"), "the claimant is told what to do");
        List<ClaimView> open = asStaff.call(() -> claims.claims(ClaimStatus.OPEN, 0, 200));
        assertTrue(open.stream().anyMatch(c -> c.id() == claim.getId()));
    }

    @Test
    void anImpostorsRegistrationIsTakenOverAndGoesBackToReview() throws Exception {
        SignUpForm registered = registeredSupplier();
        SignUpForm second = claimFor(registered, CompanyKind.SUPPLIER);
        long claimantId = signUp.signUp(second);
        long claimId = claimOf(claimantId).getId();

        DomainException noReason = assertThrows(DomainException.class, () -> decide(claimId, ClaimDecision.TRANSFER, ""));
        assertEquals(List.of("claim.note.required"), noReason.getMessageKeys());
        decide(claimId, ClaimDecision.TRANSFER, "사업자등록증 원본으로 확인: 기존 가입자는 무관한 사람");

        UserAccount former = account(registered.getEmail());
        assertEquals(AccountStatus.DISABLED, former.getStatus());
        assertNull(former.getCompany());
        UserAccount claimant = account(second.getEmail());
        assertEquals(registered.getRegistrationNumber(), claimant.getCompany().getRegistrationNumber().digits());
        SupplierProfile profile = em.createQuery("select p from SupplierProfile p where p.company = :c", SupplierProfile.class)
                .setParameter("c", claimant.getCompany()).getSingleResult();
        assertEquals(RegistrationStatus.DRAFT, profile.getRegistration().getStatus(), "what the impostor published goes back to review");
        assertTrue(mailbox.latestTo(registered.getEmail(), "해제") != null);
        assertTrue(Mailbox.body(mailbox.latestTo(second.getEmail(), "이전")).contains("기존 가입자는 무관한 사람"));
        assertThrows(DomainException.class, () -> decide(claimId, ClaimDecision.REJECT, "다시"), "decided once");
    }

    @Test
    void aColleagueJoinsAndAClaimOfAnotherKindCanOnlyBeRejected() throws Exception {
        SignUpForm registered = registeredSupplier();
        SignUpForm colleague = claimFor(registered, CompanyKind.SUPPLIER);
        long colleagueId = signUp.signUp(colleague);
        decide(claimOf(colleagueId).getId(), ClaimDecision.JOIN, null);
        assertEquals(registered.getRegistrationNumber(), account(colleague.getEmail()).getCompany().getRegistrationNumber().digits());
        assertEquals(AccountStatus.ACTIVE, account(registered.getEmail()).getStatus(), "the first member keeps its account");

        SignUpForm sme = claimFor(registered, CompanyKind.SME);
        long smeId = signUp.signUp(sme);
        long smeClaim = claimOf(smeId).getId();
        DomainException kind = assertThrows(DomainException.class, () -> decide(smeClaim, ClaimDecision.JOIN, null));
        assertEquals(List.of("claim.kindDiffers"), kind.getMessageKeys());
        decide(smeClaim, ClaimDecision.REJECT, "도입기업으로 가입했으나 번호는 공급기업의 것");
        assertEquals(AccountStatus.DISABLED, account(sme.getEmail()).getStatus());
        assertTrue(mailbox.latestTo(sme.getEmail(), "받아들여지지") != null);
    }
}
