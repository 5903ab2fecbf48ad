package kr.go.smartfactory.membership.domain;

import java.util.List;
import java.util.Optional;

/** Claims to registered business numbers. */
public interface ClaimRepository {

    void add(CompanyClaim claim);

    void remove(CompanyClaim claim);

    Optional<CompanyClaim> claim(long id);

    /** The claims an account made, newest first. */
    List<CompanyClaim> byClaimant(long accountId);

    /** Claims of a status (null: any), open ones first, each group oldest first. */
    List<CompanyClaim> claims(ClaimStatus status, int first, int max);

    long count(ClaimStatus status);
}
