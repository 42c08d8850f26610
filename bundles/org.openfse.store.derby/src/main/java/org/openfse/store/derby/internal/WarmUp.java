package org.openfse.store.derby.internal;

import java.util.List;
import org.eclipse.emf.ecore.EClass;
import org.openfse.core.store.PageRequest;
import org.openfse.core.store.StoreException;

/**
 * Reads the first page of the big lists (invoices, patients) once, in the background, when the
 * store opens a database that holds some: Derby compiles each new statement shape to bytecode,
 * and the first compilations of a process are slow (hundreds of milliseconds, the optimizer
 * itself not being compiled by the JVM yet). The user's first list then opens at warm speed.
 * An empty database is not warmed: plans compiled on empty tables would fit full ones badly.
 */
final class WarmUp implements Runnable {

    /** The aggregate types whose lists are warmed, by EMF class name. */
    static final List<String> LISTS = List.of("Invoice", "Patient");

    private static final System.Logger LOG = System.getLogger(WarmUp.class.getName());

    private final StoreEngine store;

    WarmUp(StoreEngine store) {
        this.store = store;
    }

    /** Starts the warm-up on a daemon thread. */
    static Thread start(StoreEngine store) {
        Thread thread = new Thread(new WarmUp(store), "openfse-store-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        try {
            for (String name : LISTS) {
                EClass eClass = store.mapping().roots().keySet().stream().filter(c -> c.getName().equals(name)).findFirst()
                        .orElse(null);
                if (eClass == null) {
                    continue;
                }
                store.inTransaction("system", work -> {
                    DerbyRepository<?> repository = ((DerbyTransaction) work).repository(eClass, eClass.getInstanceClass());
                    if (repository.count() > 0) {
                        repository.page(PageRequest.first(50));
                    }
                    return null;
                });
            }
        } catch (StoreException | IllegalStateException e) {
            // closed or restored meanwhile: nothing to warm any more
            LOG.log(System.Logger.Level.DEBUG, "store warm-up stopped: " + e.getMessage());
        }
    }
}
