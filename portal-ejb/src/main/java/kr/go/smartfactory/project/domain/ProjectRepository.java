package kr.go.smartfactory.project.domain;

import java.util.List;
import java.util.Optional;

public interface ProjectRepository {

    Optional<Project> project(long id);

    Optional<Project> projectOf(long applicationId);

    /** The project with this agreement number (협약번호, as printed: SFA-2026-000004). */
    Optional<Project> byAgreementNumber(String agreementNumber);

    /** Projects by status (all when null), of one round (all when null), newest first. */
    List<Project> projects(ProjectStatus status, Long announcementId, int first, int max);

    long count(ProjectStatus status, Long announcementId);

    /** The projects of an SME company (as applicant) or a supplier company, newest first. */
    List<Project> ofCompany(long companyId);

    /** The projects an expert was appointed to supervise (감리), open ones first, newest first. */
    List<Project> supervisedBy(long accountId);

    void add(Project project);

    /** Re-reads the project under a write lock (one payment request or deposit at a time per project). */
    void lockForUpdate(Project project);

    Optional<ChangeRequest> change(long id);

    List<ChangeRequest> changes(long projectId);

    void add(ChangeRequest change);

    Optional<Inspection> inspection(long id);

    /** The project's inspections, the first first. */
    List<Inspection> inspections(long projectId);

    void add(Inspection inspection);

    /** The inspection keeping this attachment as evidence, if any. */
    Optional<Inspection> holdingEvidence(long attachmentId);

    Optional<SatisfactionSurvey> survey(long projectId);

    void add(SatisfactionSurvey survey);

    /** Versions, the last first. */
    List<AgreementVersion> versions(long projectId);

    void add(AgreementVersion version);
}
