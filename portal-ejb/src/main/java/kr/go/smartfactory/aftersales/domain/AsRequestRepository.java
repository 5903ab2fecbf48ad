package kr.go.smartfactory.aftersales.domain;

import java.util.List;
import java.util.Optional;

/** After-service requests, their threads, the support groups and the SLA targets. */
public interface AsRequestRepository {

    void add(AsRequest request);

    void add(AsMessage message);

    Optional<AsRequest> request(long id);

    void add(AsFile file);

    /** The files of a request and of its messages, oldest first. */
    List<AsFile> files(long requestId);

    /** The record of the request that holds this attachment, if one does. */
    Optional<AsFile> holdingFile(long attachmentId);

    /** The requests of these companies (a coordinator's SMEs), newest first. */
    List<AsRequest> ofCompanies(java.util.Collection<Long> companyIds);

    /** Staff's list, newest first: one page under a filter (null: any status, any group). */
    List<AsRequest> page(AsStatus status, Long groupId, int first, int max);

    /** Requests filed in [from, to) with an id above {@code afterId}, by id, at most max (a report reads them chunk by chunk). */
    List<AsRequest> filedBetween(java.time.Instant from, java.time.Instant to, long afterId, int max);

    long count(AsStatus status, Long groupId);

    /** The year's counter, locked for the issuing transaction (created when the year has none). */
    AsRequestCounter counter(int year);

    /** A request's thread, oldest first. */
    List<AsMessage> messages(long requestId);

    List<AsRequest> ofCompany(long companyId);

    List<AsRequest> ofSupplier(long supplierId);

    List<AsRequest> ofGroup(long groupId);

    /** Every request, newest first (staff), at most {@code max}. */
    List<AsRequest> all(int max);

    /** The requests being handled (received, diagnosing, treating): what the escalation looks at. */
    List<AsRequest> open();

    List<AsSupportGroup> activeGroups();

    Optional<AsSupportGroup> group(long id);

    /** The groups the account is a member of. */
    List<AsSupportGroup> groupsOf(long accountId);

    SlaTarget target(AsSeverity severity);

    void add(KnowledgeCase knowledgeCase);

    /** The knowledge-base case made of this request, published or withdrawn. */
    Optional<KnowledgeCase> caseOf(long requestId);

    Optional<KnowledgeCase> knowledgeCase(long id);

    /** How many cases are published now. */
    long publishedCaseCount();
}
