package kr.go.smartfactory.account.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyRepository;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * Company data with the ownership rule: a member sees its own company only; programme staff, auditors and
 * administrators see any.
 */
@Stateless
@RolesAllowed({Role.Names.SME, Role.Names.SUPPLIER, Role.Names.STAFF, Role.Names.EVALUATOR, Role.Names.COORDINATOR,
        Role.Names.AS_EXPERT, Role.Names.AUDITOR, Role.Names.ADMIN})
public class CompanyService {

    @Inject
    private CompanyRepository companies;

    @Inject
    private Caller caller;

    public CompanyView company(long companyId) {
        UserAccount me = caller.account();
        Company company = companies.company(companyId).orElseThrow(() -> new DomainException("company.notFound"));
        boolean member = me.getCompany() != null && me.getCompany().getId().equals(company.getId());
        if (!member && !caller.hasAnyRole(me, Role.STAFF, Role.AUDITOR, Role.ADMIN)) {
            throw new AccessDeniedException("company " + companyId + " is not the caller's");
        }
        return CompanyView.of(company);
    }

    /** The caller's own account and company (null company for staff). */
    public MyPage myPage() {
        UserAccount me = caller.account();
        return new MyPage(AccountView.of(me), me.getCompany() == null ? null : CompanyView.of(me.getCompany()));
    }

    public record MyPage(AccountView account, CompanyView company) {
    }
}
