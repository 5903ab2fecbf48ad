package kr.go.smartfactory.grant.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;

public interface ApplicationRepository {

    Optional<GrantApplication> application(long id);

    /** The application under a write lock, read fresh (submission: one at a time per application). */
    Optional<GrantApplication> applicationForUpdate(long id);

    Optional<GrantApplication> applicationOf(long announcementId, long companyId);

    List<GrantApplication> applicationsOf(long companyId);

    /** Submitted applications of the company other than this one (the duplicate-support rule). */
    List<GrantApplication> otherSubmitted(long companyId, long exceptId);

    /** Applications that ask this supplier (its participation inbox), latest request first. */
    List<GrantApplication> askingSupplier(long supplierId);

    List<GrantApplication> applications(ApplicationFilter filter, int first, int max);

    long count(ApplicationFilter filter);

    /** Applications of the companies this coordinator follows. */
    List<GrantApplication> ofCoordinator(long coordinatorId);

    void add(GrantApplication application);

    /** The year's counter under a write lock, created at its first use. */
    ReceiptCounter receiptCounter(int year);

    void add(ApplicationVersion version);

    List<ApplicationVersion> versions(long applicationId);

    List<PriorSupport> priorSupports(BusinessRegistrationNumber registrationNumber);

    void add(PriorSupport support);

    Optional<CoordinatorAssignment> coordinatorOf(long companyId);

    List<CoordinatorAssignment> assignmentsOf(long coordinatorId);

    void add(CoordinatorAssignment assignment);

    List<ConsultationNote> notes(long companyId);

    void add(ConsultationNote note);

    /** Whether any application holds this attachment as one of its documents (and which). */
    Optional<GrantApplication> holdingDocument(long attachmentId);

    List<GrantApplication> withIds(Collection<Long> ids);

    /** The round's submitted applications with their companies, in receipt order. */
    List<GrantApplication> submittedOfRound(long announcementId);
}
