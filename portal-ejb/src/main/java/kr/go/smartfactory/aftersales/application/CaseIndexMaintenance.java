package kr.go.smartfactory.aftersales.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.aftersales.domain.AsRequestRepository;

/**
 * Keeps the knowledge base's index in step with the database: the index lives on the node's disk, the cases in the
 * database, so a new node, a lost index directory or a database restored from a backup leaves them apart. Checked at
 * start-up and rebuilt by the nightly search-index-refresh job; both rewrite documents in place (search never goes blank).
 */
@Stateless
public class CaseIndexMaintenance {

    @Inject
    private AsRequestRepository repository;

    @Inject
    private CaseIndex index;

    /** True when the index holds exactly one document per published case. */
    public boolean inStep() {
        return index.documents() == repository.publishedCaseCount();
    }

    /** Rewrites every case's document from the database; returns how many published cases the index now holds. */
    public int rebuild() {
        return index.rebuild();
    }
}
