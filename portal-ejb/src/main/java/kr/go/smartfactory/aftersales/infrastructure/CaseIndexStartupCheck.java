package kr.go.smartfactory.aftersales.infrastructure;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import kr.go.smartfactory.aftersales.application.CaseIndexMaintenance;

/**
 * At start-up (after the demo data, when asked for), rebuilds the knowledge base's index when it is not in step with
 * the database — a node started on an existing database with an empty index directory would otherwise find no case
 * until the night. The knowledge base is small (thousands of cases at most), so this takes about a second.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class CaseIndexStartupCheck {

    private static final Logger LOG = Logger.getLogger(CaseIndexStartupCheck.class.getName());

    @Inject
    private CaseIndexMaintenance maintenance;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void check() {
        try {
            if (!maintenance.inStep()) {
                long started = System.nanoTime();
                int cases = maintenance.rebuild();
                LOG.info(() -> String.format("knowledge base index rebuilt: %,d published cases in %d ms", cases,
                        (System.nanoTime() - started) / 1_000_000));
            }
        } catch (RuntimeException e) {
            // search answers from what the index holds; the nightly refresh rebuilds it
            LOG.log(Level.WARNING, "knowledge base index not checked at start-up", e);
        }
    }
}
