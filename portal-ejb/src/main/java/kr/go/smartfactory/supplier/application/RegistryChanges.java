package kr.go.smartfactory.supplier.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.supplier.domain.RegistryChangeRequest;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/** Programme staff decide suppliers' requests to change registry data (the company name). */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class RegistryChanges {

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private SupplierRepository suppliers;

    public List<RegistryChangeView> pending() {
        return suppliers.pendingRegistryChanges().stream().map(RegistryChangeView::of).toList();
    }

    public void approve(long requestId) {
        RegistryChangeRequest request = request(requestId);
        request.approve(caller.account().getEmail(), clock.instant());
        // the name reaches the index through the profile
        suppliers.reindex(request.getSupplier());
    }

    public void reject(long requestId, String note) {
        request(requestId).reject(caller.account().getEmail(), note, clock.instant());
    }

    private RegistryChangeRequest request(long id) {
        return suppliers.registryChange(id).orElseThrow(() -> new DomainException("registry.notPending"));
    }

    /** A request as the staff page lists it. */
    public record RegistryChangeView(long id, long supplierId, String registrationNumber, String currentName,
            String requestedName, String reason, String requestedBy, Instant requestedAt) {

        static RegistryChangeView of(RegistryChangeRequest r) {
            return new RegistryChangeView(r.getId(), r.getSupplier().getId(),
                    r.getSupplier().getCompany().getRegistrationNumber().formatted(), r.getCurrentName(), r.getRequestedName(),
                    r.getReason(), r.getRequestedBy(), r.getRequestedAt());
        }
    }
}
