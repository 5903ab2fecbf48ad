package kr.go.smartfactory.aftersales.domain;

import java.util.List;
import java.util.Optional;

/** After-service requests, their threads, the support groups and the SLA targets. */
public interface AsRequestRepository {

    void add(AsRequest request);

    void add(AsMessage message);

    Optional<AsRequest> request(long id);

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
}
