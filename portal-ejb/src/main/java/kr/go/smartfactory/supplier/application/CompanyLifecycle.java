package kr.go.smartfactory.supplier.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.CompanySignedUp;
import kr.go.smartfactory.account.domain.SignUpAbandoned;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.CompanyRepository;
import kr.go.smartfactory.company.domain.CompanyTakenOver;
import kr.go.smartfactory.supplier.domain.SupplierProfile;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * What the supplier context keeps per company follows the company's life: a supplier that signs up gets its
 * empty profile (unlisted until staff approve its registration); a company taken over from an impostor goes back
 * to review; an abandoned sign-up takes its profile and an SME's matching conditions with it. Runs inside the transaction that fired the event.
 */
@ApplicationScoped
public class CompanyLifecycle {

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private CompanyRepository companies;

    @Inject
    private Clock clock;

    void signedUp(@Observes CompanySignedUp event) {
        if (event.kind() == CompanyKind.SUPPLIER && suppliers.profileOfCompany(event.companyId()).isEmpty()) {
            suppliers.add(new SupplierProfile(companies.company(event.companyId()).orElseThrow(), clock.instant()));
        }
    }

    /** The former members' listing goes back to review: the rightful company submits its own registration. */
    void takenOver(@Observes CompanyTakenOver event) {
        suppliers.profileOfCompany(event.companyId())
                .ifPresent(p -> p.withdrawRegistration(event.decidedBy(), event.reason(), clock.instant()));
    }

    void abandoned(@Observes SignUpAbandoned event) {
        suppliers.profileOfCompany(event.companyId()).ifPresent(suppliers::remove);
        companies.company(event.companyId()).flatMap(suppliers::matchingProfile).ifPresent(suppliers::remove);
    }
}
