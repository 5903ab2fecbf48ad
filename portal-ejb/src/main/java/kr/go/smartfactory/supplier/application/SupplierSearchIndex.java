package kr.go.smartfactory.supplier.application;

import java.util.List;

import kr.go.smartfactory.supplier.domain.SupplierProfile;

/**
 * The directory's search index, as the application needs it (implemented with Hibernate Search in
 * infrastructure). Only listed (approved) suppliers are in it.
 */
public interface SupplierSearchIndex {

    /** Every word must be found. */
    default SupplierPage search(SupplierQuery query) {
        return search(query, true);
    }

    /**
     * {@code allWords} false: a supplier covering most of the words is found too (of three words two, of four three, of
     * more 60 %), and the more words it covers, the higher it ranks.
     */
    SupplierPage search(SupplierQuery query, boolean allWords);

    /** Names for a non-blank prefix (a word prefix, or 초성), at most {@code max}. */
    List<String> suggest(String prefix, int max);

    /** Suppliers like {@code profile} (never itself), most alike first, at most {@code max}. */
    List<SupplierHit> similarTo(SupplierProfile profile, int max);

    /** Replaces these suppliers' documents with what the database holds now (at the transaction's commit). */
    void reindex(List<Long> profileIds);

    /** Removes documents of suppliers that are gone or not listed; how many. */
    int purgeOrphans();

    /** Builds the vocabulary 초성 queries expand to again from the database; how many words it holds. */
    int refreshVocabulary();

    /** Merges the index into as few segments as it takes (Lucene's forced merge; the nightly rebuild's step). */
    void mergeSegments();
}
