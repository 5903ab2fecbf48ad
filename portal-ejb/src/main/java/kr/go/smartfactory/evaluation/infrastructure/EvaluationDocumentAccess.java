package kr.go.smartfactory.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.attachment.application.AttachmentAccess;
import kr.go.smartfactory.attachment.domain.Attachment;
import kr.go.smartfactory.attachment.domain.AttachmentKind;
import kr.go.smartfactory.evaluation.domain.EvaluationRepository;
import kr.go.smartfactory.grant.domain.ApplicationRepository;

/** An evaluator reads the documents of the applications it evaluates, once its declaration is signed. */
@ApplicationScoped
public class EvaluationDocumentAccess implements AttachmentAccess {

    @Inject
    private ApplicationRepository applications;

    @Inject
    private EvaluationRepository evaluations;

    @Override
    public boolean grants(Attachment attachment, UserAccount reader) {
        if (attachment.getKind() != AttachmentKind.APPLICATION_DOCUMENT || !reader.getRoles().contains(Role.EVALUATOR)) {
            return false;
        }
        return applications.holdingDocument(attachment.getId()).map(a -> evaluations.evaluates(a.getId(), reader.getId())).orElse(false);
    }
}
