package kr.go.smartfactory.usage.domain;

import java.util.List;
import java.util.Optional;

/** The log API keys. */
public interface UsageKeyRepository {

    void add(UsageKey key);

    Optional<UsageKey> key(long id);

    /** The key whose SHA-256 this is (revoked ones too). */
    Optional<UsageKey> byHash(String keyHash);

    /** The keys of a company's sites, newest first. */
    List<UsageKey> ofCompany(long companyId);

    /** The keys a supplier issued, newest first. */
    List<UsageKey> issuedBy(long supplierCompanyId);

    /** Every key, newest first (staff). */
    List<UsageKey> all(int first, int max);
}
