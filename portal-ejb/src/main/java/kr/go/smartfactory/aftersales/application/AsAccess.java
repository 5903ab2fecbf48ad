package kr.go.smartfactory.aftersales.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.aftersales.domain.AsRequest;
import kr.go.smartfactory.aftersales.domain.AsRequestRepository;
import kr.go.smartfactory.aftersales.domain.HandlerKind;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * Who the caller is to an after-service request: its requester (a member of the requesting company), its handler (a
 * member of the supplier it is routed to, or an AS expert of the support group it is routed to — the group's leaders
 * assign), the coordinator following the requesting company (reads what the requester reads), or staff (STAFF,
 * ADMIN; AUDITOR reads). Anyone else is refused.
 */
@ApplicationScoped
public class AsAccess {

    public enum Side {
        REQUESTER, SUPPLIER, EXPERT, COORDINATOR, STAFF;

        public boolean handles() {
            return this == SUPPLIER || this == EXPERT;
        }

        /** Internal notes are for those who handle or oversee the request. */
        public boolean readsInternalNotes() {
            return handles() || this == STAFF;
        }
    }

    @Inject
    private AsRequestRepository requests;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private Caller caller;

    public AsRequest find(long id) {
        return requests.request(id).orElseThrow(() -> new DomainException("as.notFound"));
    }

    public Side side(AsRequest r) {
        UserAccount me = caller.account();
        if (caller.hasAnyRole(me, Role.STAFF, Role.ADMIN, Role.AUDITOR)) {
            return Side.STAFF;
        }
        Long company = me.getCompany() == null ? null : me.getCompany().getId();
        if (company != null && company.equals(r.getCompanyId())) {
            return Side.REQUESTER;
        }
        if (r.getHandlerKind() == HandlerKind.SUPPLIER && company != null && r.getSupplierId() != null
                && suppliers.profile(r.getSupplierId()).map(p -> p.getCompany().getId().equals(company)).orElse(false)) {
            return Side.SUPPLIER;
        }
        if (r.getHandlerKind() == HandlerKind.SUPPORT_GROUP && me.getRoles().contains(Role.AS_EXPERT) && r.getGroupId() != null
                && requests.group(r.getGroupId()).map(g -> g.isMember(me.getId())).orElse(false)) {
            return Side.EXPERT;
        }
        if (me.getRoles().contains(Role.COORDINATOR)
                && applications.coordinatorOf(r.getCompanyId()).map(c -> c.getCoordinator().getId().equals(me.getId())).orElse(false)) {
            return Side.COORDINATOR;
        }
        throw new AccessDeniedException("AS request " + r.getId() + " is not the caller's");
    }

    /** The request, if the caller handles it (its supplier or its group's expert). */
    public AsRequest handled(long id) {
        AsRequest r = find(id);
        if (!side(r).handles()) {
            throw new AccessDeniedException("AS request " + id + ": the caller does not handle it");
        }
        return r;
    }
}
