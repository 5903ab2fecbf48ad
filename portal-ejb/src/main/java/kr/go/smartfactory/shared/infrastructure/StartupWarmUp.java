package kr.go.smartfactory.shared.infrastructure;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

import kr.go.smartfactory.search.analysis.NoriDictionaries;

/**
 * Work that every start needs and that can run beside the rest of the deployment: CDI calls extensions at the
 * very beginning of bean discovery, before the persistence unit and the search index are built, so reading Nori's
 * dictionaries here overlaps with them (docs/benchmarks.md, start-up).
 */
public class StartupWarmUp implements Extension {

    void beforeDiscovery(@Observes BeforeBeanDiscovery event) {
        NoriDictionaries.warmUpInBackground();
    }
}
