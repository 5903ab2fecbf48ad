package kr.go.smartfactory.grant.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.attachment.application.AttachmentAccess;
import kr.go.smartfactory.attachment.domain.Attachment;
import kr.go.smartfactory.attachment.domain.AttachmentKind;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.grant.domain.GrantApplication;

/**
 * Who reads an application's documents besides the applicant and staff: the coordinator following the company,
 * and the members of the supplier the application names (they write the plan together).
 */
@ApplicationScoped
public class ApplicationDocumentAccess implements AttachmentAccess {

    @Inject
    private ApplicationRepository applications;

    @Override
    public boolean grants(Attachment attachment, UserAccount reader) {
        if (attachment.getKind() != AttachmentKind.APPLICATION_DOCUMENT) {
            return false;
        }
        return applications.holdingDocument(attachment.getId()).map(a -> grants(a, reader)).orElse(false);
    }

    private boolean grants(GrantApplication a, UserAccount reader) {
        if (reader.getRoles().contains(Role.COORDINATOR) && applications.coordinatorOf(a.getCompany().getId())
                .map(c -> c.getCoordinator().getId().equals(reader.getId())).orElse(false)) {
            return true;
        }
        return a.getSupplier() != null && reader.getCompany() != null
                && a.getSupplier().getCompany().getId().equals(reader.getCompany().getId());
    }
}
