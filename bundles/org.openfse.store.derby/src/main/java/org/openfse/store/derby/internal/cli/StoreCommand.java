package org.openfse.store.derby.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.openfse.core.command.CliCommand;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreException;

/**
 * Base of the commands that work on the {@link Store}. The store is an optional, dynamic
 * reference, so that a store that failed to start gives the command a clear message instead of
 * making the command disappear ("commande inconnue").
 */
abstract class StoreCommand implements CliCommand {

    private final AtomicReference<Store> store = new AtomicReference<>();

    void setStore(Store newStore) {
        store.set(newStore);
    }

    void unsetStore(Store oldStore) {
        store.compareAndSet(oldStore, null);
    }

    @Override
    public final int run(List<String> args, PrintStream out, PrintStream err) {
        Store current = store.get();
        if (current == null) {
            err.println(Texts.get("unavailable", Texts.get("unavailable.none")));
            return FAILED;
        }
        try {
            return run(current, args, out, err);
        } catch (StoreException e) {
            err.println(e.getLocalizedMessage());
            return FAILED;
        }
    }

    /** Runs with the store at hand; store failures are printed (in French) by the caller. */
    abstract int run(Store store, List<String> args, PrintStream out, PrintStream err);
}
