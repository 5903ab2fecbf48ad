package kr.go.smartfactory.aftersales.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.aftersales.domain.AsFile;
import kr.go.smartfactory.aftersales.domain.AsRequest;
import kr.go.smartfactory.aftersales.domain.AsRequestRepository;
import kr.go.smartfactory.aftersales.domain.HandlerKind;
import kr.go.smartfactory.attachment.application.AttachmentAccess;
import kr.go.smartfactory.attachment.domain.Attachment;
import kr.go.smartfactory.attachment.domain.AttachmentKind;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * Who reads an AS request's files besides the requesting company (the owner, except for an internal note's file)
 * and staff: the members of the supplier it is routed to, the experts of the group it is routed to, and — for
 * what the requester sees — the coordinator following the company.
 */
@ApplicationScoped
public class AsFileAccess implements AttachmentAccess {

    @Inject
    private AsRequestRepository requests;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private ApplicationRepository applications;

    @Override
    public boolean grants(Attachment attachment, UserAccount reader) {
        if (attachment.getKind() != AttachmentKind.AFTER_SERVICE) {
            return false;
        }
        return requests.holdingFile(attachment.getId())
                .flatMap(f -> requests.request(f.getRequestId()).map(r -> grants(r, f, reader))).orElse(false);
    }

    private boolean grants(AsRequest r, AsFile f, UserAccount reader) {
        Long company = reader.getCompany() == null ? null : reader.getCompany().getId();
        if (r.getHandlerKind() == HandlerKind.SUPPLIER) {
            if (company != null && r.getSupplierId() != null
                    && suppliers.profile(r.getSupplierId()).map(p -> p.getCompany().getId().equals(company)).orElse(false)) {
                return true;
            }
        } else if (reader.getRoles().contains(Role.AS_EXPERT) && r.getGroupId() != null
                && requests.group(r.getGroupId()).map(g -> g.isMember(reader.getId())).orElse(false)) {
            return true;
        }
        return !f.isInternal() && reader.getRoles().contains(Role.COORDINATOR)
                && applications.coordinatorOf(r.getCompanyId()).map(c -> c.getCoordinator().getId().equals(reader.getId())).orElse(false);
    }
}
