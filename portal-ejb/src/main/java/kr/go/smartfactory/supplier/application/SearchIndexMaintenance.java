package kr.go.smartfactory.supplier.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * Rebuilding the directory's index from the database without taking search offline: documents are replaced
 * in place chunk by chunk (the search-index-refresh job), never purged first, so every supplier stays
 * findable during the rebuild; then documents whose supplier no longer exists or is no longer listed go.
 */
@Stateless
public class SearchIndexMaintenance {

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private SupplierSearchIndex index;

    /** Profile ids after {@code afterId}, ascending. */
    public List<Long> profileIds(long afterId, int max) {
        return suppliers.profileIds(afterId, max);
    }

    /** Replaces the documents of these suppliers with what the database holds now (at the chunk's commit). */
    public void reindex(List<Long> ids) {
        index.reindex(ids);
    }

    /** Removes index documents whose supplier profile is gone or unlisted; returns how many. */
    public int purgeOrphans() {
        return index.purgeOrphans();
    }

    /** Merges the index's segments (after a rebuild: one search then reads one segment, not many). */
    public void mergeSegments() {
        index.mergeSegments();
    }

    /** Builds the 초성 vocabulary (names and the words of texts) again; how many words it holds. */
    public int refreshVocabulary() {
        return index.refreshVocabulary();
    }
}
