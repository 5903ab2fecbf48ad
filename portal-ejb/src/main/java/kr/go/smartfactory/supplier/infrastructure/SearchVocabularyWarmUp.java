package kr.go.smartfactory.supplier.infrastructure;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

/**
 * Builds this node's 초성 vocabulary in the background once the deployment (and the demo data, when asked for) is in,
 * so the first 초성 search does not pay for reading up to 50,000 build histories; a search arriving before it is done
 * waits for that one build ({@link SearchVocabulary#current()}). A small directory (the demo, a test deployment) is not
 * worth a background build: there the first 초성 search builds its vocabulary in well under a second, so the warm-up
 * only runs from {@link SearchVocabulary#WARM_UP_FROM} listed build histories on.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class SearchVocabularyWarmUp {

    private static final Logger LOG = Logger.getLogger(SearchVocabularyWarmUp.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private SearchVocabulary vocabulary;

    @PostConstruct
    void buildInBackground() {
        executor.submit(() -> {
            try {
                long histories = vocabulary.listedHistories();
                if (histories < SearchVocabulary.WARM_UP_FROM) {
                    LOG.fine(() -> "초성 vocabulary: " + histories + " build histories, built on the first 초성 search");
                    return;
                }
                long started = System.nanoTime();
                int words = vocabulary.current().size();
                LOG.info(() -> String.format("초성 vocabulary: %,d words in %d ms", words, (System.nanoTime() - started) / 1_000_000));
            } catch (RuntimeException e) {
                // the first 초성 search builds it then
                LOG.log(Level.WARNING, "초성 vocabulary not built at start-up", e);
            }
        });
    }
}
