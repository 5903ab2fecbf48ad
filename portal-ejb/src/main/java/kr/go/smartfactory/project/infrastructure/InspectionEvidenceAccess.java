package kr.go.smartfactory.project.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.attachment.application.AttachmentAccess;
import kr.go.smartfactory.attachment.domain.Attachment;
import kr.go.smartfactory.attachment.domain.AttachmentKind;
import kr.go.smartfactory.project.domain.ProjectRepository;

/**
 * The supplier of a project and its appointed supervisor (감리) read the evidence of its inspections (the SME owns it;
 * staff read it by role).
 */
@ApplicationScoped
public class InspectionEvidenceAccess implements AttachmentAccess {

    @Inject
    private ProjectRepository projects;

    @Override
    public boolean grants(Attachment attachment, UserAccount reader) {
        if (attachment.getKind() != AttachmentKind.INSPECTION_EVIDENCE) {
            return false;
        }
        return projects.holdingEvidence(attachment.getId()).map(i -> i.getProject().isSupervisedBy(reader.getId())
                || reader.getCompany() != null && i.getProject().getSupplier().getCompany().getId().equals(reader.getCompany().getId()))
                .orElse(false);
    }
}
