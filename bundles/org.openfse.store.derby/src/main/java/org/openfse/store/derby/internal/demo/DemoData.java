package org.openfse.store.derby.internal.demo;

import org.openfse.core.store.Store;
import org.openfse.core.store.StoreException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Seeds the demo data ({@link DemoSeeder}) the first time the store starts in demo mode: the
 * framework property {@value #MODE_PROPERTY} is {@code demo} or absent (the launcher writes it
 * from {@code openfse.properties}). In production mode it does nothing.
 */
@Component(immediate = true)
public final class DemoData {

    static final String MODE_PROPERTY = "openfse.mode";

    private static final System.Logger LOG = System.getLogger(DemoData.class.getName());

    @Activate
    public DemoData(@Reference Store store, BundleContext context) {
        if (!isDemo(context.getProperty(MODE_PROPERTY))) {
            return;
        }
        try {
            if (new DemoSeeder().seedOnce(store)) {
                LOG.log(System.Logger.Level.DEBUG, "demo data seeded: a practice, 3 practitioners, " + DemoSeeder.FOLDERS
                        + " patient folders");
            }
        } catch (StoreException e) {
            // the application still starts: the data can be entered by hand
            LOG.log(System.Logger.Level.WARNING, "the demo data could not be seeded: " + e.getMessage(), e);
        }
    }

    static boolean isDemo(String mode) {
        return mode == null || mode.isBlank() || "demo".equalsIgnoreCase(mode.strip());
    }
}
