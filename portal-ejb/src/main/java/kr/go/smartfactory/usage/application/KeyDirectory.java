package kr.go.smartfactory.usage.application;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.go.smartfactory.shared.domain.BucketRule;
import kr.go.smartfactory.usage.domain.UsageKey;
import kr.go.smartfactory.usage.domain.UsageKeyRepository;

/**
 * The keys the log API checks, by the SHA-256 of what a client sent, kept in memory for a short while so that ten
 * thousand requests a second do not each read the database: a known key for {@link #KNOWN_NANOS}, an unknown one for
 * {@link #UNKNOWN_NANOS}. Issuing or revoking on this node takes effect at once; on another node within that time.
 */
@ApplicationScoped
public class KeyDirectory {

    static final long KNOWN_NANOS = 30_000_000_000L;
    static final long UNKNOWN_NANOS = 5_000_000_000L;
    static final int MAX_ENTRIES = 200_000;

    /** What the log API needs of a key. */
    public record Site(long keyId, long companyId, Long projectId, boolean revoked, BucketRule rate) {
    }

    private record Entry(Site site, long loadedAt) {
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    private UsageKeyRepository keys;

    /** The site of a key as sent, or null when no such key was ever issued. */
    public Site find(String sentKey) {
        String hash = UsageKey.hashOf(sentKey);
        long now = System.nanoTime();
        Entry e = entries.get(hash);
        if (e != null && now - e.loadedAt() < (e.site() == null ? UNKNOWN_NANOS : KNOWN_NANOS)) {
            return e.site();
        }
        Site site = keys.byHash(hash)
                .map(k -> new Site(k.getId(), k.getCompanyId(), k.getProjectId(), k.isRevoked(), k.rate())).orElse(null);
        if (entries.size() > MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(hash, new Entry(site, now));
        return site;
    }

    /** A key was issued or revoked here: read it again on its next use. */
    public void forget(String keyHash) {
        entries.remove(keyHash);
    }
}
