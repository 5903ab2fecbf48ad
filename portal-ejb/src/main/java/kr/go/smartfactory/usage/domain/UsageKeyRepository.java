package kr.go.smartfactory.usage.domain;

import java.util.List;
import java.util.Optional;

/** The log API keys and the usage policy. */
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

    long count();

    /** When the first key was issued (none: no key yet). */
    java.util.Optional<java.time.Instant> firstIssuedAt();

    /** What a key's site is called on screens: its company and the project's agreement number (none: the company's own). */
    record Site(String companyName, String agreementNumber) {
    }

    /** The sites of these keys. */
    java.util.Map<Long, Site> sites(java.util.Collection<Long> keyIds);

    /** The programme's usage numbers (one row, changed by administrators). */
    UsagePolicy policy();
}
