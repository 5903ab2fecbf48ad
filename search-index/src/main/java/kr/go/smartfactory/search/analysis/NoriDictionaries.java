package kr.go.smartfactory.search.analysis;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.lucene.analysis.ko.dict.ConnectionCosts;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.UnknownDictionary;

/**
 * Nori reads its dictionaries (tens of megabytes) the first time Korean text is analysed — otherwise during the
 * first indexing or the first search. {@link #warmUpInBackground} reads them on a thread of their own while the
 * server is still starting, so neither start-up nor the first visitor waits for them.
 */
public final class NoriDictionaries {

    private static final Logger LOG = Logger.getLogger(NoriDictionaries.class.getName());

    private NoriDictionaries() {
    }

    public static void warmUpInBackground() {
        Thread loader = new Thread(NoriDictionaries::load, "nori-dictionaries");
        loader.setDaemon(true);
        loader.setContextClassLoader(NoriDictionaries.class.getClassLoader());
        loader.start();
    }

    static void load() {
        long started = System.nanoTime();
        try {
            TokenInfoDictionary.getInstance();
            UnknownDictionary.getInstance();
            ConnectionCosts.getInstance();
            LOG.fine(() -> "Nori dictionaries read in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException | Error e) {
            // the analyser reads them again when first used, and reports a real problem there
            LOG.log(Level.WARNING, "Nori dictionaries could not be read ahead", e);
        }
    }
}
