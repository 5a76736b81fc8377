package org.openpathways.pathways.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, fills the catalogue before the application reports itself ready. Safe at every start: see
 * {@link DemoCatalogue#load()}.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("openpathways.demo.enabled")
class DemoCatalogueAtStartup implements ApplicationRunner {

    private final DemoCatalogue catalogue;

    DemoCatalogueAtStartup(DemoCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        catalogue.load();
    }
}
