package kr.go.smartfactory.supplier.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.supplier.domain.RegistryChangeRequest;

/** Programme staff decide suppliers' requests to change registry data (the company name). */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class RegistryChanges {

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    public List<RegistryChangeView> pending() {
        return em.createQuery("select r from RegistryChangeRequest r where r.status = :p order by r.requestedAt",
                RegistryChangeRequest.class)
                .setParameter("p", RegistryChangeRequest.Status.PENDING).getResultList().stream()
                .map(RegistryChangeView::of).toList();
    }

    public void approve(long requestId) {
        RegistryChangeRequest request = pendingRequest(requestId);
        request.approve(caller.account().getEmail(), clock.instant());
        // the name reaches the index through the profile
        Search.session(em).indexingPlan().addOrUpdate(request.getSupplier());
    }

    public void reject(long requestId, String note) {
        if (note == null || note.isBlank()) {
            throw new DomainException("registry.reject.note");
        }
        pendingRequest(requestId).reject(caller.account().getEmail(), note, clock.instant());
    }

    private RegistryChangeRequest pendingRequest(long id) {
        RegistryChangeRequest request = em.find(RegistryChangeRequest.class, id);
        if (request == null || request.getStatus() != RegistryChangeRequest.Status.PENDING) {
            throw new DomainException("registry.notPending");
        }
        return request;
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
